// Anonymised insights: sharing a submitted assessment as a contribution, withdrawing it, computing releases
// and reading them. The only code that touches the contributions and releases tables. Design and the
// suppression rules: docs/decisions/007-anonymised-insights.md.
import { and, count, desc, eq, isNull, min, ne, sql } from "drizzle-orm";
import { assessments, auditEvents, contributions, insightsPeriods, memberships, organisations, releases, users } from "../../db/schema";
import type { Db } from "../../db/client";
import { getDb, preparedQuery } from "../db.server";
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
  type ReleaseContribution,
  type GroupKeys,
  type SealedContribution,
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
import { openContribution, sealContribution } from "./contribution-box.server";
import { sealPlainContributions } from "./seal-contributions.server";
import { canonicalJson } from "../questionnaire/content-hash";

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
// The results page asks these on every view: prepared once per database rather than built each time.
const sharedAssessmentOf = preparedQuery((db) =>
  db
    .select({ id: assessments.id })
    .from(assessments)
    .where(and(eq(assessments.organisationId, sql.placeholder("organisationId")), eq(assessments.shared, true)))
    .limit(1)
    .prepare(),
);
const kindOfOrganisation = preparedQuery((db) =>
  db
    .select({ kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.id, sql.placeholder("organisationId")))
    .prepare(),
);
const latestReleaseId = preparedQuery((db) => db.select({ id: releases.id }).from(releases).orderBy(desc(releases.id)).limit(1).prepare());

export function organisationShares({ organisationId }: { organisationId: string }): boolean {
  return Boolean(sharedAssessmentOf().get({ organisationId }));
}

function organisationKindOf(organisationId: string) {
  return kindOfOrganisation().get({ organisationId })?.kind;
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
 * which is shown to the party once and never stored: the row keeps only the code's hash. Content and
 * metadata are sealed in one box with the configured key, so a copy of the database cannot read or match them.
 */
export function storeContribution(tx: Tx, payload: ContributionPayload): string {
  assertKeyOpensStored(tx);
  const code = createWithdrawalCode();
  const seq = randomContributionSeq();
  tx.insert(contributions)
    .values({ seq, sealed: sealContribution({ seq, contents: { withdrawn: false, payload } }), withdrawalCodeHash: withdrawalCodeHash(code) })
    .run();
  return code;
}

/**
 * A box that does not open with the configured key (the key was changed, or the row was tampered with).
 * Thrown inside a transaction so that nothing half-done is kept; the caller turns it into a clear refusal.
 */
class SealedContributionError extends Error {
  override name = "SealedContributionError";
}

function openRow(row: { seq: number; sealed: Buffer }): SealedContribution {
  const opened = openContribution({ seq: row.seq, sealed: row.sealed });
  if (!opened) throw new SealedContributionError(`contribution box ${row.seq} does not open`);
  return opened;
}

/**
 * Refuses to seal a new contribution under a key that does not open the stored ones: a box sealed with the
 * wrong key would stop every release once the right key is back. One box is enough to tell.
 */
function assertKeyOpensStored(tx: Tx): void {
  const any = tx.select({ seq: contributions.seq, sealed: contributions.sealed }).from(contributions).limit(1).get();
  if (any) openRow(any);
}

/** One line for the operator's log: what is wrong and what to do, never a key or a figure. */
function logUnreadable(action: string): void {
  console.error(
    `Weerbaar: ${action} refused: stored contributions do not open with the configured key. ENCRYPTION_KEY (or SESSION_SECRET when it is unset) must be the value the contributions were sealed with; nothing was changed.`,
  );
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
  // Nothing about a contribution is readable in the table, so every waiting box is opened here, in memory.
  // A box that does not open stops the search: "no copy found" would otherwise leave the contribution counting.
  const wanted = canonicalJson(payload);
  for (const row of tx.select({ seq: contributions.seq, sealed: contributions.sealed }).from(contributions).where(eq(contributions.withdrawn, false)).all()) {
    const opened = openRow(row);
    // Identical copies are interchangeable in every figure, so any one of them will do.
    if (!opened.withdrawn && canonicalJson(opened.payload) === wanted) return row.seq;
  }
  return null;
}

/**
 * Marks a contribution withdrawn and erases its scores and answers: its box is sealed anew with only the
 * organisation type and election type, which a comparison with an earlier release still needs. The next
 * release leaves it out.
 */
function withdrawContribution(tx: Tx, seq: number): void {
  const row = tx.select({ seq: contributions.seq, sealed: contributions.sealed }).from(contributions).where(eq(contributions.seq, seq)).get();
  if (!row) return;
  const opened = openRow(row);
  const groups = opened.withdrawn ? opened.groups : { organisationKind: opened.payload.organisationKind, electionType: opened.payload.electionType };
  tx.update(contributions)
    .set({ withdrawn: true, sealed: sealContribution({ seq, contents: { withdrawn: true, groups } }) })
    .where(eq(contributions.seq, seq))
    .run();
}

export type ShareResult =
  | { ok: true; replaced: boolean; code: string }
  | { ok: false; error: "forbidden" | "not_submitted" | "already_shared" | "wrong_code" | "not_independent" | "unavailable"; eligibleFrom?: Date | null };

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
  return refusedWhenUnreadable("sharing", (): ShareResult =>
    getDb().transaction(
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
    ),
  );
}

/**
 * Runs a change that opens contributions; when a box does not open, the transaction is rolled back, the
 * operator's log gets one line and the party a clear "not now" (never a 500, never a half-done change).
 */
function refusedWhenUnreadable<T>(action: string, change: () => T): T | { ok: false; error: "unavailable" } {
  try {
    return change();
  } catch (error) {
    if (!(error instanceof SealedContributionError)) throw error;
    logUnreadable(action);
    return { ok: false, error: "unavailable" };
  }
}

export type WithdrawResult = { ok: true } | { ok: false; error: "forbidden" | "not_shared" | "wrong_code" | "unavailable" };

/**
 * Withdraws the assessment's contribution: with the code only the party was shown or, without one, the
 * contribution that is an exact copy of this assessment. Takes effect at the next release; no audit event.
 */
export function withdrawShare({ actor, assessment, code = null }: { actor: Actor; assessment: AssessmentRow; code?: string | null }): WithdrawResult {
  if (!can(actor.role, "assessment:share-anonymised")) return { ok: false, error: "forbidden" };
  return refusedWhenUnreadable("withdrawing", (): WithdrawResult =>
    getDb().transaction(
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
    ),
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
  | { ok: false; error: "already_decided"; period: string }
  /** Some contribution does not open with the configured key: nothing is decided, the next check tries again. */
  | { ok: false; error: "unreadable"; period: string };

/**
 * The release calendar: decides the release of the current quarter once, at the first call on or after its
 * first day, and never again. It publishes when at least K (minGroup) contributions arrived since the last
 * release, and otherwise records the quarter as skipped. Nobody triggers it by a click; the server calls it
 * on start and every hour. Figures get noise from `random` (node:crypto by default); releases never change.
 * Contributions are opened here, in memory, and nowhere else but withdrawal by content. When one does not
 * open with the configured key, the release is refused and the quarter stays undecided: a release from only
 * the boxes that open would silently leave parties out.
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
  // A database migrated by a process that did not start the server yet: seal its plain rows first.
  sealPlainContributions();
  let result: PublishResult;
  try {
    result = decideRelease({ minGroup, now, random, period });
  } catch (error) {
    if (!(error instanceof SealedContributionError)) throw error;
    logUnreadable(`the release of ${period}`);
    return { ok: false, error: "unreadable", period };
  }
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

function decideRelease({ minGroup, now, random, period }: { minGroup: number; now: Date; random: RandomSource; period: string }): PublishResult {
  return getDb().transaction(
    (tx): PublishResult => {
      if (tx.select({ period: insightsPeriods.period }).from(insightsPeriods).where(eq(insightsPeriods.period, period)).get())
        return { ok: false, error: "already_decided", period };
      const fresh = newContributionCount(tx);
      if (!mayComputeRelease({ newContributions: fresh, minGroup })) {
        tx.insert(insightsPeriods).values({ period, decidedAt: now, releaseId: null }).run();
        return { ok: false, error: "too_few_new", newContributions: fresh, minGroup, period };
      }
      const latest = tx.select({ id: releases.id }).from(releases).orderBy(desc(releases.id)).limit(1).get();
      const earlier: EarlierRelease[] = tx
        .select({ data: releases.data })
        .from(releases)
        .all()
        .map((row) => {
          const stored = parseStored(row.data);
          return { published: stored.published, included: stored.basis.included };
        });
      // Withdrawn contributions keep their organisation type and election type (not their scores), so a
      // comparison with an earlier release can still place them in their group; without an earlier release
      // they are not needed and stay closed.
      const rows: ReleaseContribution[] = [];
      const groupsBySeq = new Map<number, GroupKeys>();
      const stored = tx
        .select({ seq: contributions.seq, sealed: contributions.sealed })
        .from(contributions)
        .where(earlier.length ? undefined : eq(contributions.withdrawn, false))
        .all();
      for (const row of stored) {
        const opened = openRow(row);
        if (opened.withdrawn) groupsBySeq.set(row.seq, opened.groups);
        else {
          rows.push({ ...opened.payload, seq: row.seq });
          if (earlier.length) groupsBySeq.set(row.seq, opened.payload);
        }
      }
      const releaseId = (latest?.id ?? 0) + 1;
      const release = computeRelease({
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
      tx.insert(releases).values({ id: releaseId, publishedAt: now, minGroup, maxSeq, contributionCount: rows.length, data: release }).run();
      tx.update(contributions)
        .set({ releasedIn: releaseId })
        .where(and(eq(contributions.withdrawn, false), isNull(contributions.releasedIn)))
        .run();
      tx.insert(insightsPeriods).values({ period, decidedAt: now, releaseId }).run();
      return { ok: true, releaseId, contributionCount: rows.length, period };
    },
    { behavior: "immediate" },
  );
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
  const wanted = id ?? latestReleaseId().get()?.id;
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
