// Anonymised insights: sharing a submitted assessment as a contribution, withdrawing it, computing releases
// and reading them. The only code that touches the contributions and releases tables. Design and the
// suppression rules: docs/decisions/007-anonymised-insights.md.
import { and, count, desc, eq, isNull, min, ne, sql } from "drizzle-orm";
import { assessments, auditEvents, contributions, insightsPeriods, memberships, organisations, releases, users } from "../../db/schema";
import type { Db } from "../../db/client";
import { getDb } from "../db.server";
import { can } from "../security/permissions";
import {
  buildContribution,
  computeRelease,
  mayComputeRelease,
  nextReleaseDay,
  organisationIsIndependent,
  releasePeriodOf,
  type RandomSource,
  storedReleaseSchema,
  type ContributionPayload,
  type EarlierRelease,
  type GroupKeys,
  type PublishedRelease,
} from "../insights";
import { questionnaireVersions } from "../questionnaire/current";
import type { DomainId } from "../questionnaire/schema";
import { secureRandom } from "../utils/random.server";
import { createWithdrawalCode, randomContributionSeq, withdrawalCodeHash } from "../utils/withdrawal-code.server";
import { listAnswers, type Actor, type AssessmentRow } from "./assessments.server";
import { answerMapOf } from "../questionnaire/answers";
import { questionnaireFor } from "../questionnaire/current";
import { recordAuditEvent } from "./audit.server";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Whether this assessment is shared now, and which other assessment of the organisation is (at most one). */
export function getShareState({ assessment }: { assessment: AssessmentRow }) {
  const other = getDb()
    .select({ id: assessments.id, electionType: assessments.electionType, electionDate: assessments.electionDate })
    .from(assessments)
    .where(and(eq(assessments.organisationId, assessment.organisationId), ne(assessments.id, assessment.id), eq(assessments.shared, true)))
    .get();
  return { shared: assessment.shared, other: other ?? null };
}

/** Whether any assessment of the organisation is shared (such parties see the benchmark). */
export function organisationShares({ organisationId }: { organisationId: string }): boolean {
  const row = getDb()
    .select({ id: assessments.id })
    .from(assessments)
    .where(and(eq(assessments.organisationId, organisationId), eq(assessments.shared, true)))
    .limit(1)
    .get();
  return Boolean(row);
}

function organisationKindOf(organisationId: string) {
  return getDb().select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, organisationId)).get()?.kind;
}

export type PreviewResult = { ok: true; payload: ContributionPayload } | { ok: false; error: "forbidden" | "not_submitted" };

/** Exactly what sharing this assessment would store: the same function builds the preview and the contribution. */
export function previewContribution({ actor, assessment }: { actor: Actor; assessment: AssessmentRow }): PreviewResult {
  if (!can(actor.role, "assessment:share-anonymised")) return { ok: false, error: "forbidden" };
  return payloadOf(assessment);
}

function payloadOf(assessment: AssessmentRow): PreviewResult {
  if (assessment.status !== "submitted" || !assessment.scoreSnapshot || !assessment.submittedAt) return { ok: false, error: "not_submitted" };
  const organisationKind = organisationKindOf(assessment.organisationId);
  if (!organisationKind) return { ok: false, error: "forbidden" };
  const payload = buildContribution({
    organisationKind,
    electionType: assessment.electionType,
    questionnaire: questionnaireFor(assessment.questionnaireVersion),
    answers: answerMapOf(listAnswers({ assessment })),
    scores: assessment.scoreSnapshot,
    submittedAt: assessment.submittedAt,
  });
  return { ok: true, payload };
}

/**
 * Stores a contribution (no organisation id or name, a random seq, no time) and returns its withdrawal code,
 * which is shown to the party once and never stored: the row keeps only the code's hash.
 */
export function storeContribution(tx: Tx, payload: ContributionPayload): string {
  const code = createWithdrawalCode();
  tx.insert(contributions)
    .values({
      seq: randomContributionSeq(),
      organisationKind: payload.organisationKind,
      electionType: payload.electionType,
      questionnaireVersion: payload.questionnaireVersion,
      month: payload.month,
      domainScores: payload.domainScores,
      maturities: payload.maturities,
      withdrawalCodeHash: withdrawalCodeHash(code),
    })
    .run();
  return code;
}

/** Keys in one order, so two copies of the same payload compare equal whatever order they were built in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * Finds the one contribution to withdraw: by its code when the party gives one, otherwise (the code was lost,
 * or the assessment was shared before codes existed) by being an exact copy of the party's own submitted
 * assessment. The second way stores nothing: it only uses that a contribution is a copy (ADR 018).
 */
function findContribution(tx: Tx, { code, payload }: { code: string | null; payload: ContributionPayload | null }): number | null {
  if (code) {
    return (
      tx
        .select({ seq: contributions.seq })
        .from(contributions)
        .where(and(eq(contributions.withdrawalCodeHash, withdrawalCodeHash(code)), eq(contributions.withdrawn, false)))
        .get()?.seq ?? null
    );
  }
  if (!payload) return null;
  const wanted = canonicalJson({ domainScores: payload.domainScores, maturities: payload.maturities });
  const candidates = tx
    .select({ seq: contributions.seq, domainScores: contributions.domainScores, maturities: contributions.maturities })
    .from(contributions)
    .where(
      and(
        eq(contributions.withdrawn, false),
        eq(contributions.organisationKind, payload.organisationKind),
        eq(contributions.electionType, payload.electionType),
        eq(contributions.questionnaireVersion, payload.questionnaireVersion),
        eq(contributions.month, payload.month),
      ),
    )
    .all();
  // Identical copies are interchangeable in every figure, so any one of them will do.
  return candidates.find((row) => canonicalJson({ domainScores: row.domainScores, maturities: row.maturities }) === wanted)?.seq ?? null;
}

/** Marks a contribution withdrawn and erases its scores and answers; the next release leaves it out. */
function withdrawContribution(tx: Tx, seq: number): void {
  tx.update(contributions).set({ withdrawn: true, domainScores: {}, maturities: {} }).where(eq(contributions.seq, seq)).run();
}

export type ShareResult =
  | { ok: true; replaced: boolean; code: string }
  | { ok: false; error: "forbidden" | "not_submitted" | "already_shared" | "wrong_code" | "not_independent"; eligibleFrom?: Date | null };

/**
 * Shares a submitted assessment as an anonymised contribution and returns the withdrawal code (shown once).
 * An organisation shares one assessment at a time: sharing another withdraws the earlier one (by its code,
 * or by content when none is given), so a release never counts one organisation twice. Nothing about the
 * share is written to the audit log: who shared when is the link this design removes.
 */
export function shareAssessment({
  actor,
  assessment,
  previousCode = null,
  now = new Date(),
}: {
  actor: Actor;
  assessment: AssessmentRow;
  previousCode?: string | null;
  now?: Date;
}): ShareResult {
  const preview = previewContribution({ actor, assessment });
  if (!preview.ok) return preview;
  const eligibility = organisationEligibility({ organisationId: assessment.organisationId, now });
  if (!eligibility.independent) return { ok: false, error: "not_independent", eligibleFrom: eligibility.eligibleFrom };
  return getDb().transaction(
    (tx): ShareResult => {
      const current = tx.select({ shared: assessments.shared }).from(assessments).where(eq(assessments.id, assessment.id)).get();
      if (current?.shared) return { ok: false, error: "already_shared" };
      const others = tx
        .select()
        .from(assessments)
        .where(and(eq(assessments.organisationId, assessment.organisationId), eq(assessments.shared, true)))
        .all();
      for (const other of others) {
        const otherPayload = payloadOf(other);
        const seq = findContribution(tx, { code: previousCode, payload: otherPayload.ok ? otherPayload.payload : null });
        if (seq === null && previousCode) return { ok: false, error: "wrong_code" };
        if (seq !== null) withdrawContribution(tx, seq);
        tx.update(assessments).set({ shared: false }).where(eq(assessments.id, other.id)).run();
      }
      const code = storeContribution(tx, preview.payload);
      tx.update(assessments).set({ shared: true }).where(eq(assessments.id, assessment.id)).run();
      return { ok: true, replaced: others.length > 0, code };
    },
    { behavior: "immediate" },
  );
}

export type WithdrawResult = { ok: true } | { ok: false; error: "forbidden" | "not_shared" | "wrong_code" };

/**
 * Withdraws the assessment's contribution: with the code only the party was shown or, without one, the
 * contribution that is an exact copy of this assessment. Takes effect at the next release; no audit event.
 */
export function withdrawShare({ actor, assessment, code = null }: { actor: Actor; assessment: AssessmentRow; code?: string | null }): WithdrawResult {
  if (!can(actor.role, "assessment:share-anonymised")) return { ok: false, error: "forbidden" };
  return getDb().transaction(
    (tx): WithdrawResult => {
      const current = tx
        .select()
        .from(assessments)
        .where(and(eq(assessments.id, assessment.id), eq(assessments.organisationId, actor.organisationId)))
        .get();
      if (!current?.shared) return { ok: false, error: "not_shared" };
      const payload = payloadOf(current);
      const seq = findContribution(tx, { code, payload: payload.ok ? payload.payload : null });
      if (seq === null && code) return { ok: false, error: "wrong_code" };
      if (seq !== null) withdrawContribution(tx, seq);
      tx.update(assessments).set({ shared: false }).where(eq(assessments.id, assessment.id)).run();
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}

/** Contributions not yet in any release and not withdrawn: what the next release waits for. */
function newContributionCount(db: Db | Tx): number {
  return (
    db
      .select({ n: count() })
      .from(contributions)
      .where(and(eq(contributions.withdrawn, false), isNull(contributions.releasedIn)))
      .get()?.n ?? 0
  );
}

/**
 * For the admin: the latest release's date and size and the next release day. No figures, and on purpose
 * no count of contributions waiting: watching it go up by one would tell the admin when someone shared.
 */
export function getReleaseStatus({ now = new Date() }: { now?: Date } = {}) {
  const latest = getDb().select({ id: releases.id, publishedAt: releases.publishedAt }).from(releases).orderBy(desc(releases.id)).limit(1).get();
  return { latest: latest ?? null, nextReleaseDay: nextReleaseDay(now) };
}

/** Question ids with their domain, in questionnaire order, over every version (ids are never reused). */
function allQuestions(): Array<{ id: string; domain: DomainId }> {
  const seen = new Map<string, DomainId>();
  for (const questionnaire of questionnaireVersions.values())
    for (const question of questionnaire.questions) if (!seen.has(question.id)) seen.set(question.id, question.domain);
  return [...seen].map(([id, domain]) => ({ id, domain }));
}

function parseStored(data: unknown) {
  return storedReleaseSchema.parse(data);
}

export type PublishResult =
  | { ok: true; releaseId: number; contributionCount: number; period: string }
  | { ok: false; error: "too_few_new"; newContributions: number; minGroup: number; period: string }
  | { ok: false; error: "already_decided"; period: string };

/**
 * The release calendar: decides the release of the current quarter once, at the first call on or after its
 * first day, and never again. It publishes when at least K (minGroup) contributions arrived since the last
 * release, and otherwise records the quarter as skipped. Nobody triggers it by a click; the server calls it
 * on start and every hour. Figures get noise from `random` (node:crypto by default); releases never change.
 */
export function publishDueRelease({
  minGroup,
  now = new Date(),
  random = secureRandom,
}: {
  minGroup: number;
  now?: Date;
  random?: RandomSource;
}): PublishResult {
  const period = releasePeriodOf(now);
  const result = getDb().transaction(
    (tx): PublishResult => {
      if (tx.select({ period: insightsPeriods.period }).from(insightsPeriods).where(eq(insightsPeriods.period, period)).get())
        return { ok: false, error: "already_decided", period };
      const fresh = newContributionCount(tx);
      if (!mayComputeRelease({ newContributions: fresh, minGroup })) {
        tx.insert(insightsPeriods).values({ period, decidedAt: now, releaseId: null }).run();
        return { ok: false, error: "too_few_new", newContributions: fresh, minGroup, period };
      }
      const latest = tx.select({ id: releases.id }).from(releases).orderBy(desc(releases.id)).limit(1).get();
      const rows = tx
        .select({
          seq: contributions.seq,
          organisationKind: contributions.organisationKind,
          electionType: contributions.electionType,
          questionnaireVersion: contributions.questionnaireVersion,
          month: contributions.month,
          domainScores: contributions.domainScores,
          maturities: contributions.maturities,
        })
        .from(contributions)
        .where(eq(contributions.withdrawn, false))
        .all();
      const earlier: EarlierRelease[] = tx
        .select({ data: releases.data })
        .from(releases)
        .all()
        .map((row) => {
          const stored = parseStored(row.data);
          return { published: stored.published, included: stored.basis.included };
        });
      // Withdrawn contributions keep their organisation type and election type (not their scores), so a
      // comparison with an earlier release can still place them in their group.
      const groupsBySeq = new Map<number, GroupKeys>();
      if (earlier.length) {
        for (const row of tx
          .select({ seq: contributions.seq, organisationKind: contributions.organisationKind, electionType: contributions.electionType })
          .from(contributions)
          .all()) {
          groupsBySeq.set(row.seq, row);
        }
      }
      const releaseId = (latest?.id ?? 0) + 1;
      const stored = computeRelease({
        releaseId,
        publishedAt: now,
        minGroup,
        contributions: rows,
        earlier,
        groupsBySeq,
        questions: allQuestions(),
        random,
        period,
      });
      const maxSeq = rows.reduce((highest, row) => Math.max(highest, row.seq), 0);
      tx.insert(releases).values({ id: releaseId, publishedAt: now, minGroup, maxSeq, contributionCount: rows.length, data: stored }).run();
      tx.update(contributions)
        .set({ releasedIn: releaseId })
        .where(and(eq(contributions.withdrawn, false), isNull(contributions.releasedIn)))
        .run();
      tx.insert(insightsPeriods).values({ period, decidedAt: now, releaseId }).run();
      return { ok: true, releaseId, contributionCount: rows.length, period };
    },
    { behavior: "immediate" },
  );
  if (result.ok)
    recordAuditEvent({
      action: "insights_release_published",
      actorUserId: null,
      targetType: "release",
      targetId: String(result.releaseId),
      ipAddress: null,
      at: now,
    });
  return result;
}

/** The number of the first release with noise (format 2), for the analyst pages' note; null if none yet. */
export function firstNoisyReleaseId(): number | null {
  const row = getDb()
    .select({ id: min(releases.id) })
    .from(releases)
    .where(sql`json_extract(${releases.data}, '$.format') >= 2`)
    .get();
  return row?.id ?? null;
}

export type ReleaseSummary = { id: number; publishedAt: Date };

/** Every release, newest first (id and date only). */
export function listReleases(): ReleaseSummary[] {
  return getDb().select({ id: releases.id, publishedAt: releases.publishedAt }).from(releases).orderBy(desc(releases.id)).all();
}

// Releases never change, so a parsed release can be kept for the life of the process.
const publishedCache = new Map<number, PublishedRelease>();

/** What analysts may see of a release (the latest when no id is given), or null when there is none. */
export function getPublishedRelease({ id }: { id?: number } = {}): PublishedRelease | null {
  const db = getDb();
  const wanted = id ?? db.select({ id: releases.id }).from(releases).orderBy(desc(releases.id)).limit(1).get()?.id;
  if (wanted === undefined) return null;
  const cached = publishedCache.get(wanted);
  if (cached) return cached;
  const row = db.select({ data: releases.data }).from(releases).where(eq(releases.id, wanted)).get();
  if (!row) return null;
  const published = parseStored(row.data).published;
  publishedCache.set(wanted, published);
  return published;
}

export type Benchmark =
  | { sharing: false }
  | { sharing: true; release: null }
  | {
      sharing: true;
      release: { id: number; publishedAt: string; minGroup: number };
      /** The organisation type's figures; null when the release does not show that group. */
      group: { n: number; domains: Array<{ domain: DomainId; n: number | null; median: number | null; q1: number | null; q3: number | null }> } | null;
    };

/**
 * For a party that shares: the latest release's median and quartiles of its own organisation type, where
 * that group has at least K organisations. Only published figures, the same an analyst sees.
 */
export function getBenchmark({ organisationId }: { organisationId: string }): Benchmark {
  if (!organisationShares({ organisationId })) return { sharing: false };
  const release = getPublishedRelease();
  if (!release) return { sharing: true, release: null };
  const kind = organisationKindOf(organisationId);
  const group = release.breakdowns.find((b) => b.breakdown === "organisation_kind")?.groups.find((g) => g.group === kind);
  return {
    sharing: true,
    release: { id: release.releaseId, publishedAt: release.publishedAt, minGroup: release.minGroup },
    group:
      group?.status === "published" && group.n !== null && group.domains
        ? { n: group.n, domains: group.domains.map((d) => ({ domain: d.domain, n: d.scores.n, median: d.scores.median, q1: d.scores.q1, q3: d.scores.q3 })) }
        : null,
  };
}

/** The minGroup (K) of the latest release, so start-up can refuse a lower K. */
export function latestReleaseMinGroup(): number | null {
  return getDb().select({ minGroup: releases.minGroup }).from(releases).orderBy(desc(releases.id)).limit(1).get()?.minGroup ?? null;
}

/**
 * The facts behind "real, independent activity" for one organisation, decided by the pure rule in
 * app/insights/eligibility.ts: its age, whether it is disabled, and how many of its members (people
 * without a platform role, not disabled) have ever signed in.
 */
export function organisationEligibility({ organisationId, now = new Date() }: { organisationId: string; now?: Date }) {
  const db = getDb();
  const organisation = db
    .select({ createdAt: organisations.createdAt, disabledAt: organisations.disabledAt })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
  if (!organisation) return { independent: false, eligibleFrom: null };
  const active = db
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(auditEvents, and(eq(auditEvents.actorUserId, memberships.userId), eq(auditEvents.action, "sign_in")))
    .where(and(eq(memberships.organisationId, organisationId), isNull(users.platformRole), isNull(users.disabledAt)))
    .all();
  return organisationIsIndependent({ createdAt: organisation.createdAt, disabled: organisation.disabledAt !== null, activeMembers: active.length, now });
}
