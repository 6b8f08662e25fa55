// A national party and its local branches. Every query here names the party from the acting member's
// session and joins on parent_id, and reads a branch's assessment data only where the branch's sharing
// level allows it: what a branch did not share is never read for the party, so it cannot end up in a
// page, its JSON, the CSV or an error.
import { and, asc, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { answers, assessments, invitations, memberships, organisations, partyTargets, planActions, users } from "../../db/schema";
import { getDb, preparedQuery } from "../db.server";
import { can, type Action, type MemberRole } from "../security/permissions";
import {
  branchComparisonMinBranches,
  commonGaps,
  domainMedians,
  partyFigureMinBranches,
  weakestDomains,
  type DomainFigure,
  type GapFigure,
} from "../branches/aggregate";
import { projectBranchRow, selectRows, totalsOf, type BranchFacts, type BranchRow, type OverviewQuery } from "../branches/overview";
import type { SharingLevel } from "../branches/sharing";
import { dutchToday, type ElectionType } from "../plan/elections";
import type { AssessmentRow } from "./assessments.server";
import { progressOf } from "../questionnaire/answers";
import { questionnaireFor } from "../questionnaire/current";
import { recordAuditEvent } from "./audit.server";
import { inviteMember } from "./team.server";
import { createOrganisation, renameOrganisation } from "./organisations.server";
import { planDateOf } from "./plan.server";
import { buildPlan, isLate } from "../plan";
import { getUserByEmail } from "./users.server";
import type { AnswerValue } from "../questionnaire/answers";
import type { StoredScoreResult } from "../scoring";

/** The member acting for a national party or a branch, from the session. */
export type OrgActor = { userId: string; organisationId: string; role: MemberRole; ipAddress: string };

const branch = alias(organisations, "branch");

/**
 * True when the actor is, right now, a member of a national party with a role that may do `action`. Checked
 * against the database (not the session's copy), so a role taken away a second ago no longer counts.
 */
function actsForParty({ actor, action }: { actor: OrgActor; action: Action }): boolean {
  const row = getDb()
    .select({ role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      and(
        eq(memberships.userId, actor.userId),
        eq(memberships.organisationId, actor.organisationId),
        eq(organisations.kind, "national_party"),
        isNull(organisations.disabledAt),
      ),
    )
    .get();
  return Boolean(row && can(row.role, action));
}

function actsForBranch({ actor, action }: { actor: OrgActor; action: Action }): boolean {
  const row = getDb()
    .select({ role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, actor.userId), eq(memberships.organisationId, actor.organisationId), eq(organisations.kind, "local_branch")))
    .get();
  return Boolean(row && can(row.role, action));
}

// ── The party manages its branches ──────────────────────────────────────────────────────────────────────

export type CreateBranchResult =
  { ok: true; branchId: string; token: string; expiresAt: Date } | { ok: false; field: "name" | "itLeadEmail" | "form"; error: string };

/** Creates a branch of the actor's national party and invites its first IT lead, in one transaction. */
export function createBranch({ actor, name, itLeadEmail }: { actor: OrgActor; name: string; itLeadEmail: string }): CreateBranchResult {
  if (!actsForParty({ actor, action: "party:manage-branches" })) return { ok: false, field: "form", error: "party.error.forbidden" };
  const existing = getUserByEmail({ email: itLeadEmail });
  if (existing?.platformRole) return { ok: false, field: "itLeadEmail", error: "members.invite.platform_account" };
  return getDb().transaction(() => {
    const created = createOrganisation({ name, kind: "local_branch", parentId: actor.organisationId });
    if (!created.ok) return { ok: false, field: "name", error: created.error === "name_taken" ? "admin.error.name_taken" : "party.error.forbidden" } as const;
    recordAuditEvent({
      action: "branch_created",
      actorUserId: actor.userId,
      organisationId: created.id,
      targetType: "organisation",
      targetId: created.id,
      ipAddress: actor.ipAddress,
      details: { kind: "local_branch" },
    });
    const invited = inviteMember({
      actor: { userId: actor.userId, organisationId: created.id, ipAddress: actor.ipAddress },
      email: itLeadEmail,
      role: "it_lead",
    });
    // A new branch has no members, so only a platform account can be refused, and that was checked above.
    if (!invited.ok) throw new Error(`inviting the first IT lead of a new branch failed: ${invited.error}`);
    return { ok: true, branchId: created.id, token: invited.token, expiresAt: invited.expiresAt } as const;
  });
}

/** One branch of the actor's party, as the party's own pages show it (never its assessment content). */
export function getPartyBranch({ actor, branchId }: { actor: OrgActor; branchId: string }) {
  if (!actsForParty({ actor, action: "party:read-branches" })) return undefined;
  const row = getDb()
    .select({ id: branch.id, name: branch.name, sharingLevel: branch.sharingLevel, closedAt: branch.closedAt, createdAt: branch.createdAt })
    .from(branch)
    .where(and(eq(branch.id, branchId), eq(branch.parentId, actor.organisationId), eq(branch.kind, "local_branch")))
    .get();
  if (!row) return undefined;
  const itLeads = getDb()
    .select({ name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, row.id), eq(memberships.role, "it_lead")))
    .orderBy(asc(users.name))
    .all()
    .map((lead) => lead.name);
  const openInvitations =
    getDb()
      .select({ n: count() })
      .from(invitations)
      .where(
        and(
          eq(invitations.organisationId, row.id),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          sql`${invitations.expiresAt} > ${Date.now()}`,
        ),
      )
      .get()?.n ?? 0;
  return { ...row, itLeads, openInvitations };
}

export type BranchChangeResult = { ok: true } | { ok: false; error: "forbidden" | "not_found" | "name_taken" | "closed" };

function ownsBranch({ actor, branchId }: { actor: OrgActor; branchId: string }) {
  return getDb()
    .select({ id: organisations.id, closedAt: organisations.closedAt })
    .from(organisations)
    .where(and(eq(organisations.id, branchId), eq(organisations.parentId, actor.organisationId), eq(organisations.kind, "local_branch")))
    .get();
}

/** Invites an IT lead into one of the actor's branches (the branch's own IT lead invites everyone else). */
export function inviteBranchItLead({
  actor,
  branchId,
  email,
}: {
  actor: OrgActor;
  branchId: string;
  email: string;
}): { ok: true; token: string; expiresAt: Date } | { ok: false; error: string } {
  if (!actsForParty({ actor, action: "party:manage-branches" })) return { ok: false, error: "party.error.forbidden" };
  const target = ownsBranch({ actor, branchId });
  if (!target) return { ok: false, error: "party.error.not_found" };
  if (target.closedAt) return { ok: false, error: "party.error.closed" };
  // The same invitation as from the branch's own members page: an older open one for the address is revoked.
  const invited = inviteMember({ actor: { userId: actor.userId, organisationId: branchId, ipAddress: actor.ipAddress }, email, role: "it_lead" });
  if (!invited.ok) return { ok: false, error: `members.invite.${invited.error}` };
  return { ok: true, token: invited.token, expiresAt: invited.expiresAt };
}

export function renameBranch({ actor, branchId, name }: { actor: OrgActor; branchId: string; name: string }): BranchChangeResult {
  if (!actsForParty({ actor, action: "party:manage-branches" })) return { ok: false, error: "forbidden" };
  if (!ownsBranch({ actor, branchId })) return { ok: false, error: "not_found" };
  const result = renameOrganisation({ id: branchId, name });
  if (!result.ok) return result;
  recordAuditEvent({
    action: "organisation_renamed",
    actorUserId: actor.userId,
    organisationId: branchId,
    targetType: "organisation",
    targetId: branchId,
    ipAddress: actor.ipAddress,
  });
  return { ok: true };
}

/**
 * Closes (or reopens) a branch: it leaves the overview, the party's figures and the target, and no new IT
 * lead can be invited. Its members keep their data and can still read it; nothing is deleted.
 */
export function setBranchClosed({
  actor,
  branchId,
  closed,
  now = new Date(),
}: {
  actor: OrgActor;
  branchId: string;
  closed: boolean;
  now?: Date;
}): BranchChangeResult {
  if (!actsForParty({ actor, action: "party:manage-branches" })) return { ok: false, error: "forbidden" };
  if (!ownsBranch({ actor, branchId })) return { ok: false, error: "not_found" };
  getDb()
    .update(organisations)
    .set({ closedAt: closed ? now : null })
    .where(and(eq(organisations.id, branchId), eq(organisations.parentId, actor.organisationId)))
    .run();
  recordAuditEvent({
    action: closed ? "branch_closed" : "branch_reopened",
    actorUserId: actor.userId,
    organisationId: branchId,
    targetType: "organisation",
    targetId: branchId,
    ipAddress: actor.ipAddress,
    at: now,
  });
  return { ok: true };
}

// ── The branch chooses what it shares ───────────────────────────────────────────────────────────────────

export type BranchSharing = { level: SharingLevel; chosen: boolean; setAt: Date | null; partyName: string };

const sharingOfBranch = preparedQuery((db) => {
  const party = alias(organisations, "party");
  return db
    .select({ level: organisations.sharingLevel, setAt: organisations.sharingSetAt, partyName: party.name })
    .from(organisations)
    .innerJoin(party, eq(party.id, organisations.parentId))
    .where(and(eq(organisations.id, sql.placeholder("organisationId")), eq(organisations.kind, "local_branch")))
    .prepare();
});

/** The sharing setting of the actor's own branch; undefined when the organisation is no branch. */
export function getBranchSharing({ organisationId }: { organisationId: string }): BranchSharing | undefined {
  const row = sharingOfBranch().get({ organisationId });
  return row ? { level: row.level, chosen: row.setAt !== null, setAt: row.setAt, partyName: row.partyName } : undefined;
}

/**
 * Sets what the actor's branch shares with its national party. Takes effect at once: every page of the
 * party reads the level on each request, so lowering it hides what was visible from the next page load on.
 */
export function setSharingLevel({
  actor,
  level,
  now = new Date(),
}: {
  actor: OrgActor;
  level: SharingLevel;
  now?: Date;
}): { ok: true; previous: SharingLevel } | { ok: false; error: "forbidden" } {
  if (!actsForBranch({ actor, action: "sharing:set" })) return { ok: false, error: "forbidden" };
  return getDb().transaction((tx) => {
    const before = tx.select({ level: organisations.sharingLevel }).from(organisations).where(eq(organisations.id, actor.organisationId)).get();
    if (!before) return { ok: false, error: "forbidden" } as const;
    tx.update(organisations)
      .set({ sharingLevel: level, sharingSetAt: now })
      .where(and(eq(organisations.id, actor.organisationId), eq(organisations.kind, "local_branch")))
      .run();
    recordAuditEvent({
      action: "branch_sharing_changed",
      actorUserId: actor.userId,
      organisationId: actor.organisationId,
      targetType: "organisation",
      targetId: actor.organisationId,
      ipAddress: actor.ipAddress,
      details: { from: before.level, to: level },
      at: now,
    });
    return { ok: true, previous: before.level } as const;
  });
}

// ── What the party sees ─────────────────────────────────────────────────────────────────────────────────

export type Election = { type: ElectionType; date: string };
export function electionKeyOf(election: Election): string {
  return `${election.type}:${election.date}`;
}
export function parseElectionKey(key: string): Election | null {
  const [type, date] = key.split(":");
  const known = ["tweede_kamer", "provinciale_staten", "waterschap", "gemeenteraad", "europees_parlement", "other"] as const;
  const electionType = known.find((candidate) => candidate === type);
  return electionType && date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { type: electionType, date } : null;
}

const progressLevels: SharingLevel[] = ["progress", "scores", "everything"];
const scoreLevels: SharingLevel[] = ["scores", "everything"];

/**
 * The elections the party can choose between on its overview: its target's, and those of assessments of open
 * branches that share at least their progress (a branch that shares nothing does not reveal its election).
 * After the target's come the elections most branches work on (the one the party is fighting), then the later
 * ones: one branch starting an assessment for another election does not change what the overview opens on.
 */
export function listPartyElections({ actor }: { actor: OrgActor }): Election[] {
  if (!actsForParty({ actor, action: "party:read-branches" })) return [];
  const branchCount = sql<number>`count(distinct ${assessments.organisationId})`;
  const rows = getDb()
    .select({ type: assessments.electionType, date: assessments.electionDate })
    .from(assessments)
    .innerJoin(branch, eq(branch.id, assessments.organisationId))
    .where(
      and(eq(branch.parentId, actor.organisationId), eq(branch.kind, "local_branch"), inArray(branch.sharingLevel, progressLevels), isNull(branch.closedAt)),
    )
    .groupBy(assessments.electionType, assessments.electionDate)
    .orderBy(desc(branchCount), desc(assessments.electionDate))
    .all();
  const target = getPartyTarget({ actor });
  const all = target ? [{ type: target.electionType, date: target.electionDate }, ...rows] : rows;
  const seen = new Set<string>();
  return all.filter((election) => {
    const key = electionKeyOf(election);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A missing control: answered at maturity 0–1, or "don't know". The party figures count these. */
function missingControls(snapshot: StoredScoreResult): string[] {
  return [...snapshot.gaps.filter((gap) => gap.maturity <= 1).map((gap) => gap.questionId), ...snapshot.findOut.map((item) => item.questionId)];
}

function domainScoresOf(snapshot: StoredScoreResult): Record<string, number | null> {
  return Object.fromEntries(snapshot.domains.map((domain) => [domain.domain, domain.rounded]));
}

// A submitted assessment's answers are frozen, so its schedule (action keys and computed due dates) changes only
// with the day and a corrected nomination day: kept per day, so the overview of 300 branches does not build 300
// plans on every load. Only the schedule is kept; follow-up (status, due dates set by hand) is read per request.
const scheduleCache = new Map<string, Array<{ key: string; dueDate: string }>>();
const scheduleCacheLimit = 5000;

/** The columns of an assessment the overview needs: never its answers' notes, never its snapshot unless shared. */
type OverviewAssessment = Pick<
  AssessmentRow,
  "id" | "organisationId" | "status" | "questionnaireVersion" | "electionDate" | "nominationDate" | "submittedAt" | "createdAt"
>;

function scheduleKey({ assessment, today }: { assessment: OverviewAssessment; today: string }): string {
  return `${assessment.id}|${assessment.nominationDate ?? ""}|${today}`;
}

// What the party figures need of a submitted (frozen) snapshot. Read from here only after the sharing check.
const frozenScores = new Map<string, { level: string | null; overall: number | null; domains: Record<string, number | null>; gaps: string[] }>();

// Answered / total and the day of submission of a submitted (frozen) assessment never change.
const frozenProgress = new Map<string, { answered: number; total: number; submittedOn: string | null }>();

function submittedProgress({ assessment, answerMap }: { assessment: OverviewAssessment; answerMap: Record<string, AnswerValue | undefined> }) {
  const cached = frozenProgress.get(assessment.id);
  if (cached) return cached;
  const { answered, total } = progressOf({ questionnaire: questionnaireFor(assessment.questionnaireVersion), answerMap });
  const entry = { answered, total, submittedOn: assessment.submittedAt ? dutchToday(assessment.submittedAt) : null };
  if (frozenProgress.size >= scheduleCacheLimit) frozenProgress.clear();
  frozenProgress.set(assessment.id, entry);
  return entry;
}

// A draft's answered / total, valid while the stamp of its answers (count and last change) is the same.
const draftProgress = new Map<string, { stamp: string; answered: number; total: number; submittedOn: null }>();

function draftProgressOf({
  assessment,
  answerMap,
  stamp,
}: {
  assessment: OverviewAssessment;
  answerMap: Record<string, AnswerValue | undefined>;
  stamp: string;
}) {
  const cached = draftProgress.get(assessment.id);
  if (cached && cached.stamp === stamp) return cached;
  const { answered, total } = progressOf({ questionnaire: questionnaireFor(assessment.questionnaireVersion), answerMap });
  const entry = { stamp, answered, total, submittedOn: null };
  if (draftProgress.size >= scheduleCacheLimit) draftProgress.clear();
  draftProgress.set(assessment.id, entry);
  return entry;
}

function scheduleOf({ assessment, answerMap, today }: { assessment: OverviewAssessment; answerMap: Record<string, AnswerValue | undefined>; today: string }) {
  const cacheKey = scheduleKey({ assessment, today });
  const cached = scheduleCache.get(cacheKey);
  if (cached) return cached;
  const schedule = buildPlan({
    questionnaire: questionnaireFor(assessment.questionnaireVersion),
    answers: answerMap,
    electionDate: assessment.electionDate,
    nominationDate: assessment.nominationDate,
    today,
    planDate: planDateOf({ assessment, today }),
  }).map((action) => ({ key: action.key, dueDate: action.dueDate }));
  if (scheduleCache.size >= scheduleCacheLimit) scheduleCache.clear();
  scheduleCache.set(cacheKey, schedule);
  return schedule;
}

/** Plan actions done and late, counted as the plan page counts them (getPlan): late is open past its due date. */
/** What the plan tracking holds of one action: its status and due date. */
type ActionFollowUp = { status: string; dueDate: string | null };

function planCounts({
  assessment,
  answerMap,
  followUp,
  today,
}: {
  assessment: OverviewAssessment;
  answerMap: Record<string, AnswerValue | undefined>;
  followUp: Map<string, ActionFollowUp>;
  today: string;
}) {
  let done = 0;
  let late = 0;
  for (const action of scheduleOf({ assessment, answerMap, today })) {
    const stored = followUp.get(action.key);
    if (stored?.status === "done") done++;
    else if (isLate({ dueDate: stored?.dueDate ?? action.dueDate, today })) late++;
  }
  return { done, late };
}

type BranchAssessmentFacts = { facts: BranchFacts; gaps: string[] | null };

/**
 * Facts per branch for one election, read only as far as each branch's level allows: no assessment row for
 * "nothing", no score snapshot below "scores". One query per kind of data, so 300 branches stay one page load.
 */
function collectBranchFacts({ partyId, election, today }: { partyId: string; election: Election | null; today: string }): BranchAssessmentFacts[] {
  const db = getDb();
  const branchRows = db
    .select({ id: branch.id, name: branch.name, sharingLevel: branch.sharingLevel, closedAt: branch.closedAt })
    .from(branch)
    .where(and(eq(branch.parentId, partyId), eq(branch.kind, "local_branch")))
    .orderBy(asc(branch.name))
    .all();
  const sharing = branchRows.filter((row) => progressLevels.includes(row.sharingLevel)).map((row) => row.id);
  const assessmentRows =
    election && sharing.length > 0
      ? db
          .select({
            id: assessments.id,
            organisationId: assessments.organisationId,
            status: assessments.status,
            questionnaireVersion: assessments.questionnaireVersion,
            electionDate: assessments.electionDate,
            nominationDate: assessments.nominationDate,
            submittedAt: assessments.submittedAt,
            createdAt: assessments.createdAt,
          })
          .from(assessments)
          .innerJoin(branch, eq(branch.id, assessments.organisationId))
          .where(
            and(
              eq(branch.parentId, partyId),
              inArray(branch.sharingLevel, progressLevels),
              eq(assessments.electionType, election.type),
              eq(assessments.electionDate, election.date),
            ),
          )
          .orderBy(desc(assessments.createdAt))
          .all()
      : [];
  // Per branch the newest submitted assessment for the election, else its newest draft.
  const chosen = new Map<string, OverviewAssessment>();
  for (const row of assessmentRows) {
    const current = chosen.get(row.organisationId);
    if (!current || (current.status !== "submitted" && row.status === "submitted")) chosen.set(row.organisationId, row);
  }
  // A draft's progress is kept with a stamp of its answers (how many, last change): re-read only when it changed.
  const draftIds = [...chosen.values()].filter((row) => row.status !== "submitted").map((row) => row.id);
  const stamps = new Map<string, string>();
  if (draftIds.length) {
    for (const row of db
      .select({ id: answers.assessmentId, n: count(), last: sql<number>`max(${answers.updatedAt})` })
      .from(answers)
      .where(inArray(answers.assessmentId, draftIds))
      .groupBy(answers.assessmentId)
      .all()) {
      stamps.set(row.id, `${row.n}|${row.last}`);
    }
  }
  const draftStamp = (row: OverviewAssessment) => `${row.questionnaireVersion}|${stamps.get(row.id) ?? "0|"}`;
  // Answers are read for a draft whose stamp changed, and for a submitted assessment only until its progress and
  // schedule are known.
  const ids = [...chosen.values()]
    .filter((row) =>
      row.status === "submitted"
        ? !frozenProgress.has(row.id) || !scheduleCache.has(scheduleKey({ assessment: row, today }))
        : draftProgress.get(row.id)?.stamp !== draftStamp(row),
    )
    .map((row) => row.id);
  // Kinds and options only: a note is never read for the party.
  const answerRows = ids.length
    ? db
        .select({ assessmentId: answers.assessmentId, questionId: answers.questionId, kind: answers.kind, optionId: answers.optionId })
        .from(answers)
        .where(inArray(answers.assessmentId, ids))
        .all()
    : [];
  const answerMaps = new Map<string, Record<string, AnswerValue | undefined>>();
  for (const answer of answerRows) {
    const map = answerMaps.get(answer.assessmentId) ?? {};
    const value: AnswerValue | null =
      answer.kind === "option" && answer.optionId
        ? { kind: "option", optionId: answer.optionId }
        : answer.kind === "not_applicable"
          ? { kind: "not_applicable" }
          : answer.kind === "dont_know"
            ? { kind: "dont_know" }
            : null;
    if (value) map[answer.questionId] = value;
    answerMaps.set(answer.assessmentId, map);
  }
  // Score snapshots only of submitted assessments of branches that share scores (checked again in the query).
  const scoreIds = [...chosen.values()].filter((row) => row.status === "submitted" && !frozenScores.has(row.id)).map((row) => row.id);
  if (scoreIds.length) {
    const snapshots = db
      .select({ id: assessments.id, snapshot: assessments.scoreSnapshot })
      .from(assessments)
      .innerJoin(branch, eq(branch.id, assessments.organisationId))
      .where(
        and(inArray(assessments.id, scoreIds), eq(branch.parentId, partyId), inArray(branch.sharingLevel, scoreLevels), eq(assessments.status, "submitted")),
      )
      .all();
    for (const { id, snapshot } of snapshots) {
      if (!snapshot) continue;
      if (frozenScores.size >= scheduleCacheLimit) frozenScores.clear();
      frozenScores.set(id, {
        level: snapshot.overall.level,
        overall: snapshot.overall.rounded,
        domains: domainScoresOf(snapshot),
        gaps: missingControls(snapshot),
      });
    }
  }
  // Follow-up of the submitted assessments' plans, in one query.
  const submittedIds = [...chosen.values()].filter((row) => row.status === "submitted").map((row) => row.id);
  const followUps = new Map<string, Map<string, ActionFollowUp>>();
  if (submittedIds.length) {
    for (const action of db
      .select({ assessmentId: planActions.assessmentId, actionKey: planActions.actionKey, status: planActions.status, dueDate: planActions.dueDate })
      .from(planActions)
      .where(inArray(planActions.assessmentId, submittedIds))
      .all()) {
      const map = followUps.get(action.assessmentId) ?? new Map<string, { status: string; dueDate: string | null }>();
      map.set(action.actionKey, { status: action.status, dueDate: action.dueDate });
      followUps.set(action.assessmentId, map);
    }
  }
  return branchRows.map((row) => {
    const assessment = chosen.get(row.id);
    const sharesScores = scoreLevels.includes(row.sharingLevel);
    if (!assessment || !progressLevels.includes(row.sharingLevel)) {
      return { facts: { id: row.id, name: row.name, sharingLevel: row.sharingLevel, closed: row.closedAt !== null, assessment: null }, gaps: null };
    }
    const answerMap = answerMaps.get(assessment.id) ?? {};
    const submitted = assessment.status === "submitted";
    const progress = submitted ? submittedProgress({ assessment, answerMap }) : draftProgressOf({ assessment, answerMap, stamp: draftStamp(assessment) });
    const plan = submitted ? planCounts({ assessment, answerMap, followUp: followUps.get(assessment.id) ?? new Map<string, ActionFollowUp>(), today }) : null;
    const scores = submitted && sharesScores ? (frozenScores.get(assessment.id) ?? null) : null;
    return {
      facts: {
        id: row.id,
        name: row.name,
        sharingLevel: row.sharingLevel,
        closed: row.closedAt !== null,
        assessment: {
          id: assessment.id,
          status: assessment.status,
          answered: progress.answered,
          total: progress.total,
          submittedOn: submitted ? (progress.submittedOn ?? null) : null,
          actionsDone: plan?.done ?? null,
          actionsLate: plan?.late ?? null,
          level: scores?.level ?? null,
          overall: scores?.overall ?? null,
          domains: scores?.domains ?? null,
        },
      },
      gaps: scores?.gaps ?? null,
    };
  });
}

export type PartyPicture = {
  /** Open branches sharing scores with a submitted assessment for the election. */
  branchesWithScores: number;
  domains: DomainFigure[];
  weakest: DomainFigure[];
  gaps: GapFigure[];
  minBranches: number;
};

export type PartyOverview = { rows: BranchRow[]; picture: PartyPicture };

/** The party overview for one election: a row per branch with only what it shares, and the party's own picture. */
export function getPartyOverview({
  actor,
  election,
  domains,
  today = dutchToday(),
}: {
  actor: OrgActor;
  election: Election | null;
  domains: readonly string[];
  today?: string;
}): PartyOverview | null {
  if (!actsForParty({ actor, action: "party:read-branches" })) return null;
  const collected = collectBranchFacts({ partyId: actor.organisationId, election, today });
  const rows = collected.map(({ facts }) => projectBranchRow({ facts }));
  const scored = collected.filter(({ facts }) => !facts.closed && facts.assessment?.domains);
  const figures = domainMedians({ domains, branches: scored.map(({ facts }) => ({ domains: facts.assessment?.domains ?? {} })) });
  return {
    rows,
    picture: {
      branchesWithScores: scored.length,
      domains: figures,
      weakest: weakestDomains({ figures }),
      gaps: commonGaps({ branchGaps: scored.map(({ gaps }) => gaps ?? []) }),
      minBranches: partyFigureMinBranches,
    },
  };
}

/**
 * A branch's assessment that the party may read: only when the branch shares everything, belongs to the
 * actor's party and is open. The caller shows results, answers and plan read-only, never notes.
 */
export function getSharedAssessment({
  actor,
  branchId,
  assessmentId,
}: {
  actor: OrgActor;
  branchId: string;
  assessmentId: string;
}): { assessment: AssessmentRow; branchName: string } | undefined {
  if (!actsForParty({ actor, action: "party:read-branches" })) return undefined;
  const row = getDb()
    .select({ assessment: assessments, branchName: branch.name })
    .from(assessments)
    .innerJoin(branch, eq(branch.id, assessments.organisationId))
    .where(
      and(
        eq(assessments.id, assessmentId),
        eq(branch.id, branchId),
        eq(branch.parentId, actor.organisationId),
        eq(branch.sharingLevel, "everything"),
        isNull(branch.closedAt),
      ),
    )
    .get();
  return row ?? undefined;
}

// ── A branch beside its party ───────────────────────────────────────────────────────────────────────────

export type BranchComparison = {
  election: Election;
  own: Record<string, number | null>;
  ownOverall: number | null;
  /** Null per domain when fewer than five branches have a score there. */
  partyMedians: DomainFigure[];
  branches: number;
  minBranches: number;
};

/**
 * The branch's newest submitted scores beside the median of its party's branches that share scores for the
 * same election; the medians only where at least five branches have a score, so one sibling cannot be read off.
 */
export function getBranchComparison({ actor, domains }: { actor: OrgActor; domains: readonly string[] }): BranchComparison | null {
  const own = getDb()
    .select({ parentId: organisations.parentId, assessment: assessments })
    .from(assessments)
    .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
    .innerJoin(memberships, and(eq(memberships.organisationId, organisations.id), eq(memberships.userId, actor.userId)))
    .where(and(eq(organisations.id, actor.organisationId), eq(organisations.kind, "local_branch"), eq(assessments.status, "submitted")))
    .orderBy(desc(assessments.submittedAt))
    .limit(1)
    .get();
  if (!own?.parentId || !own.assessment.scoreSnapshot) return null;
  const election = { type: own.assessment.electionType, date: own.assessment.electionDate };
  const peers = getDb()
    .select({ organisationId: assessments.organisationId, snapshot: assessments.scoreSnapshot, submittedAt: assessments.submittedAt })
    .from(assessments)
    .innerJoin(branch, eq(branch.id, assessments.organisationId))
    .where(
      and(
        eq(branch.parentId, own.parentId),
        inArray(branch.sharingLevel, scoreLevels),
        isNull(branch.closedAt),
        eq(assessments.status, "submitted"),
        eq(assessments.electionType, election.type),
        eq(assessments.electionDate, election.date),
      ),
    )
    .orderBy(desc(assessments.submittedAt))
    .all();
  const newest = new Map<string, StoredScoreResult>();
  for (const peer of peers) if (peer.snapshot && !newest.has(peer.organisationId)) newest.set(peer.organisationId, peer.snapshot);
  const branches = [...newest.values()].map((snapshot) => ({ domains: domainScoresOf(snapshot) }));
  return {
    election,
    own: domainScoresOf(own.assessment.scoreSnapshot),
    ownOverall: own.assessment.scoreSnapshot.overall.rounded,
    partyMedians: domainMedians({ domains, branches, minBranches: branchComparisonMinBranches }),
    branches: branches.length,
    minBranches: branchComparisonMinBranches,
  };
}

// ── The party's target ──────────────────────────────────────────────────────────────────────────────────

export type PartyTarget = { electionType: ElectionType; electionDate: string; dueDate: string; setAt: Date };

export function getPartyTarget({ actor }: { actor: OrgActor }): PartyTarget | undefined {
  if (!actsForParty({ actor, action: "party:read-branches" })) return undefined;
  return getDb()
    .select({ electionType: partyTargets.electionType, electionDate: partyTargets.electionDate, dueDate: partyTargets.dueDate, setAt: partyTargets.setAt })
    .from(partyTargets)
    .where(eq(partyTargets.partyId, actor.organisationId))
    .get();
}

/** Sets (or replaces) the party's one target: every open branch submits for this election by this date. */
export function setPartyTarget({
  actor,
  electionType,
  electionDate,
  dueDate,
  now = new Date(),
}: {
  actor: OrgActor;
  electionType: ElectionType;
  electionDate: string;
  dueDate: string;
  now?: Date;
}): { ok: true } | { ok: false; error: "forbidden" } {
  if (!actsForParty({ actor, action: "party:set-target" })) return { ok: false, error: "forbidden" };
  const values = { electionType, electionDate, dueDate, setByUserId: actor.userId, setAt: now };
  getDb()
    .insert(partyTargets)
    .values({ partyId: actor.organisationId, ...values })
    .onConflictDoUpdate({ target: partyTargets.partyId, set: values })
    .run();
  recordAuditEvent({
    action: "party_target_set",
    actorUserId: actor.userId,
    organisationId: actor.organisationId,
    targetType: "organisation",
    targetId: actor.organisationId,
    ipAddress: actor.ipAddress,
    at: now,
  });
  return { ok: true };
}

export function clearPartyTarget({ actor }: { actor: OrgActor }): boolean {
  if (!actsForParty({ actor, action: "party:set-target" })) return false;
  const result = getDb().delete(partyTargets).where(eq(partyTargets.partyId, actor.organisationId)).run();
  if (result.changes === 1)
    recordAuditEvent({
      action: "party_target_cleared",
      actorUserId: actor.userId,
      organisationId: actor.organisationId,
      targetType: "organisation",
      targetId: actor.organisationId,
      ipAddress: actor.ipAddress,
    });
  return result.changes === 1;
}

/**
 * Hook for the reminder mail: per open branch that has not yet submitted for its party's target election,
 * the branch's own IT leads. The party is never told anything here; the mail goes to the branch about the
 * branch, so it is sent whatever the branch shares. Mail carries no content, only the target and a link.
 */
export function listTargetReminders({ today = dutchToday() }: { today?: string } = {}): Array<{
  branchId: string;
  branchName: string;
  partyName: string;
  electionType: ElectionType;
  electionDate: string;
  dueDate: string;
  itLeads: Array<{ userId: string; email: string; name: string }>;
}> {
  const db = getDb();
  const party = alias(organisations, "party");
  const targets = db
    .select({
      partyId: partyTargets.partyId,
      partyName: party.name,
      electionType: partyTargets.electionType,
      electionDate: partyTargets.electionDate,
      dueDate: partyTargets.dueDate,
    })
    .from(partyTargets)
    .innerJoin(party, eq(party.id, partyTargets.partyId))
    .where(and(isNull(party.disabledAt), sql`${partyTargets.electionDate} >= ${today}`))
    .all();
  return targets.flatMap((target) => {
    const behind = db
      .select({ id: branch.id, name: branch.name })
      .from(branch)
      .where(
        and(
          eq(branch.parentId, target.partyId),
          eq(branch.kind, "local_branch"),
          isNull(branch.closedAt),
          isNull(branch.disabledAt),
          sql`not exists (select 1 from ${assessments} where ${assessments.organisationId} = ${branch.id} and ${assessments.status} = 'submitted' and ${assessments.electionType} = ${target.electionType} and ${assessments.electionDate} = ${target.electionDate})`,
        ),
      )
      .all();
    return behind.map((row) => ({
      branchId: row.id,
      branchName: row.name,
      partyName: target.partyName,
      electionType: target.electionType,
      electionDate: target.electionDate,
      dueDate: target.dueDate,
      itLeads: db
        .select({ userId: users.id, email: users.email, name: users.name })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.organisationId, row.id), eq(memberships.role, "it_lead"), isNull(users.disabledAt)))
        .all(),
    }));
  });
}

/**
 * Everything the overview page and its CSV show for one query: the election chosen (the query's, else the
 * party's target, else the newest), the rows after filters and sorting, and their totals.
 */
export function loadPartyOverview({
  actor,
  query,
  domains,
  today = dutchToday(),
}: {
  actor: OrgActor;
  query: OverviewQuery;
  domains: readonly string[];
  today?: string;
}) {
  const elections = listPartyElections({ actor });
  const target = getPartyTarget({ actor }) ?? null;
  const asked = query.election ? parseElectionKey(query.election) : null;
  const election = asked ?? elections[0] ?? null;
  const overview = getPartyOverview({ actor, election, domains, today });
  if (!overview) return null;
  const rows = selectRows({ rows: overview.rows, query });
  const onTarget = target && election && target.electionType === election.type && target.electionDate === election.date ? target : null;
  const open = overview.rows.filter((row) => !row.closed);
  return {
    elections,
    election,
    target,
    onTarget,
    rows,
    totals: totalsOf({ rows }),
    openTotals: totalsOf({ rows: open }),
    picture: overview.picture,
    allBranches: open.length,
  };
}

/** For a branch's members page: its level, whether it chose it, and its party's name; null for other kinds. */
export function branchSharingSummary({ organisationId }: { organisationId: string }): { level: SharingLevel; chosen: boolean; partyName: string } | null {
  const sharing = getBranchSharing({ organisationId });
  return sharing ? { level: sharing.level, chosen: sharing.chosen, partyName: sharing.partyName } : null;
}
