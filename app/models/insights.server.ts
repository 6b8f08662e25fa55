// Anonymised insights: sharing a submitted assessment as a contribution, withdrawing it, computing releases
// and reading them. The only code that touches the contributions and releases tables. Design and the
// suppression rules: docs/decisions/007-anonymised-insights.md.
import { and, count, desc, eq, gt, isNotNull, lte, max, ne } from "drizzle-orm";
import { assessments, contributions, organisations, releases } from "../../db/schema";
import type { Db } from "../../db/client";
import { getDb } from "../db.server";
import { can } from "../security/permissions";
import {
  buildContribution,
  computeRelease,
  mayComputeRelease,
  storedReleaseSchema,
  type ContributionPayload,
  type EarlierRelease,
  type GroupKeys,
  type PublishedRelease,
} from "../insights";
import { questionnaireVersions } from "../questionnaire/current";
import type { DomainId } from "../questionnaire/schema";
import { createToken, sha256 } from "../utils/crypto.server";
import { answerMapOf, listAnswers, questionnaireFor, type Actor, type AssessmentRow } from "./assessments.server";
import { recordAuditEvent } from "./audit.server";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Whether this assessment is shared now, and which other assessment of the organisation is (at most one). */
export function getShareState({ assessment }: { assessment: AssessmentRow }) {
  const other = getDb()
    .select({ id: assessments.id, electionType: assessments.electionType, electionDate: assessments.electionDate, sharedAt: assessments.sharedAt })
    .from(assessments)
    .where(and(eq(assessments.organisationId, assessment.organisationId), ne(assessments.id, assessment.id), isNotNull(assessments.sharedAt)))
    .get();
  return { sharedAt: assessment.sharedAt, other: other ?? null };
}

/** Whether any assessment of the organisation is shared (such parties see the benchmark). */
export function organisationShares({ organisationId }: { organisationId: string }): boolean {
  const row = getDb()
    .select({ id: assessments.id })
    .from(assessments)
    .where(and(eq(assessments.organisationId, organisationId), isNotNull(assessments.sharedAt)))
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

/** Stores a contribution (no organisation id or name) and returns the withdrawal token; only its hash is kept. */
export function storeContribution(tx: Tx, payload: ContributionPayload): string {
  const token = createToken();
  tx.insert(contributions)
    .values({
      organisationKind: payload.organisationKind,
      electionType: payload.electionType,
      questionnaireVersion: payload.questionnaireVersion,
      month: payload.month,
      domainScores: payload.domainScores,
      maturities: payload.maturities,
      withdrawalTokenHash: sha256(token),
    })
    .run();
  return token;
}

/** Marks the contribution of a token withdrawn and erases its scores and answers; the next release leaves it out. */
function withdrawByToken(tx: Tx, token: string): void {
  tx.update(contributions).set({ withdrawn: true, domainScores: {}, maturities: {} }).where(eq(contributions.withdrawalTokenHash, sha256(token))).run();
}

export type ShareResult = { ok: true; replaced: boolean } | { ok: false; error: "forbidden" | "not_submitted" | "already_shared" };

/**
 * Shares a submitted assessment as an anonymised contribution. An organisation shares one assessment at a
 * time: sharing another withdraws the earlier one, so a release never counts one organisation twice.
 */
export function shareAssessment({ actor, assessment, now = new Date() }: { actor: Actor; assessment: AssessmentRow; now?: Date }): ShareResult {
  const preview = previewContribution({ actor, assessment });
  if (!preview.ok) return preview;
  const result = getDb().transaction(
    (tx) => {
      const current = tx.select({ sharedAt: assessments.sharedAt }).from(assessments).where(eq(assessments.id, assessment.id)).get();
      if (current?.sharedAt) return { ok: false, error: "already_shared" } as const;
      const others = tx
        .select({ id: assessments.id, shareToken: assessments.shareToken })
        .from(assessments)
        .where(and(eq(assessments.organisationId, assessment.organisationId), isNotNull(assessments.sharedAt)))
        .all();
      for (const other of others) {
        if (other.shareToken) withdrawByToken(tx, other.shareToken);
        tx.update(assessments).set({ sharedAt: null, shareToken: null }).where(eq(assessments.id, other.id)).run();
      }
      const token = storeContribution(tx, preview.payload);
      tx.update(assessments).set({ sharedAt: now, shareToken: token }).where(eq(assessments.id, assessment.id)).run();
      return { ok: true, replaced: others.map((o) => o.id) } as const;
    },
    { behavior: "immediate" },
  );
  if (!result.ok) return result;
  for (const id of result.replaced) {
    recordAuditEvent({ action: "assessment_share_withdrawn", actorUserId: actor.userId, organisationId: actor.organisationId, targetType: "assessment", targetId: id, ipAddress: actor.ipAddress, details: { reason: "replaced" }, at: now });
  }
  recordAuditEvent({ action: "assessment_shared", actorUserId: actor.userId, organisationId: actor.organisationId, targetType: "assessment", targetId: assessment.id, ipAddress: actor.ipAddress, at: now });
  return { ok: true, replaced: result.replaced.length > 0 };
}

export type WithdrawResult = { ok: true } | { ok: false; error: "forbidden" | "not_shared" };

/** Withdraws the assessment's contribution with the token only the party side holds. Takes effect at the next release. */
export function withdrawShare({ actor, assessment, now = new Date() }: { actor: Actor; assessment: AssessmentRow; now?: Date }): WithdrawResult {
  if (!can(actor.role, "assessment:share-anonymised")) return { ok: false, error: "forbidden" };
  const done = getDb().transaction(
    (tx) => {
      const current = tx.select({ shareToken: assessments.shareToken }).from(assessments).where(eq(assessments.id, assessment.id)).get();
      if (!current?.shareToken) return false;
      withdrawByToken(tx, current.shareToken);
      tx.update(assessments).set({ sharedAt: null, shareToken: null }).where(eq(assessments.id, assessment.id)).run();
      return true;
    },
    { behavior: "immediate" },
  );
  if (!done) return { ok: false, error: "not_shared" };
  recordAuditEvent({ action: "assessment_share_withdrawn", actorUserId: actor.userId, organisationId: actor.organisationId, targetType: "assessment", targetId: assessment.id, ipAddress: actor.ipAddress, at: now });
  return { ok: true };
}

/** Contributions that arrived after the last release and were not withdrawn: what the next release waits for. */
function newContributionCount(db: Db | Tx, sinceSeq: number): number {
  return db.select({ n: count() }).from(contributions).where(and(eq(contributions.withdrawn, false), gt(contributions.seq, sinceSeq))).get()?.n ?? 0;
}

/** For the admin: the latest release's date and size, and how many new contributions are waiting. No figures. */
export function getReleaseStatus() {
  const db = getDb();
  const latest = db
    .select({ id: releases.id, publishedAt: releases.publishedAt, maxSeq: releases.maxSeq, contributionCount: releases.contributionCount, minGroup: releases.minGroup })
    .from(releases)
    .orderBy(desc(releases.id))
    .limit(1)
    .get();
  return { latest: latest ?? null, newContributions: newContributionCount(db, latest?.maxSeq ?? 0) };
}

/** Question ids with their domain, in questionnaire order, over every version (ids are never reused). */
function allQuestions(): Array<{ id: string; domain: DomainId }> {
  const seen = new Map<string, DomainId>();
  for (const questionnaire of questionnaireVersions.values()) for (const question of questionnaire.questions) if (!seen.has(question.id)) seen.set(question.id, question.domain);
  return [...seen].map(([id, domain]) => ({ id, domain }));
}

function parseStored(data: unknown) {
  return storedReleaseSchema.parse(data);
}

export type PublishResult = { ok: true; releaseId: number; contributionCount: number } | { ok: false; error: "too_few_new"; newContributions: number; minGroup: number };

/**
 * Computes and stores a release, but only when at least K (minGroup) contributions arrived since the last one.
 * Releases are never changed afterwards. One immediate transaction, so two admins cannot publish twice.
 */
export function publishRelease({ minGroup, now = new Date(), actor }: { minGroup: number; now?: Date; actor?: { userId: string; ipAddress: string } }): PublishResult {
  const result = getDb().transaction(
    (tx): PublishResult => {
      const latest = tx.select({ id: releases.id, maxSeq: releases.maxSeq }).from(releases).orderBy(desc(releases.id)).limit(1).get();
      const fresh = newContributionCount(tx, latest?.maxSeq ?? 0);
      if (!mayComputeRelease({ newContributions: fresh, minGroup })) return { ok: false, error: "too_few_new", newContributions: fresh, minGroup };
      const maxSeq = tx.select({ value: max(contributions.seq) }).from(contributions).get()?.value ?? 0;
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
        .where(and(eq(contributions.withdrawn, false), lte(contributions.seq, maxSeq)))
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
        for (const row of tx.select({ seq: contributions.seq, organisationKind: contributions.organisationKind, electionType: contributions.electionType }).from(contributions).where(lte(contributions.seq, maxSeq)).all()) {
          groupsBySeq.set(row.seq, row);
        }
      }
      const releaseId = (latest?.id ?? 0) + 1;
      const stored = computeRelease({ releaseId, publishedAt: now, minGroup, contributions: rows, earlier, groupsBySeq, questions: allQuestions() });
      tx.insert(releases).values({ id: releaseId, publishedAt: now, minGroup, maxSeq, contributionCount: rows.length, data: stored }).run();
      return { ok: true, releaseId, contributionCount: rows.length };
    },
    { behavior: "immediate" },
  );
  if (result.ok) {
    recordAuditEvent({ action: "insights_release_published", actorUserId: actor?.userId ?? null, targetType: "release", targetId: String(result.releaseId), ipAddress: actor?.ipAddress ?? null, at: now });
  }
  return result;
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
