import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { memberships, planActions, users } from "../../db/schema";
import { getDb, preparedQuery } from "../db.server";
import { can } from "../security/permissions";
import { addDays, buildPlan, isLate, weekStartOf, type PlanAction } from "../plan";
import { dutchToday } from "../plan/elections";
import { answerMapOf } from "../questionnaire/answers";
import { questionnaireFor } from "../questionnaire/current";
import type { MeasureOwner } from "../questionnaire/schema";
import { compareOnSharedQuestions, scoreAssessment, type StoredScoreResult } from "../scoring";
import type { MemberRole } from "../security/permissions";
import { cleanOwnerName, ownerNameMaxLength } from "../utils/plan-forms";
import { isSensibleDate } from "../utils/dates";
import { listAnswers, listAssessmentRows, type Actor, type AssessmentRow } from "./assessments.server";
import { recordAuditEvent } from "./audit.server";

export const actionStatuses = ["todo", "in_progress", "done"] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export type TrackedAction = PlanAction & {
  status: ActionStatus;
  /** The measure's owner role, before any change by hand (`owner` is the role now responsible). */
  measureOwner: MeasureOwner;
  ownerUserId: string | null;
  /** A member's name or a free-text name; null means the owner role. */
  ownerName: string | null;
  /** One value per owner, for filters: "user:<id>", "name:<name>" or "role:<role>". */
  ownerKey: string;
  /** True when the due date was set by hand instead of by the schedule. */
  dueDateSet: boolean;
};

/**
 * The owner of one action as set by hand: null keeps the measure's role; otherwise another role, a member of the
 * organisation, or a named person who is not a member of Weerbaar.
 */
export type OwnerChoice = null | { role: MeasureOwner } | { userId: string } | { name: string };

// Answers to hidden questions are passed along too: scoreAssessment and buildPlan only look at visible ones.
function countedAnswers(assessment: AssessmentRow) {
  return { questionnaire: questionnaireFor(assessment.questionnaireVersion), answers: answerMapOf(listAnswers({ assessment })) };
}

// A draft's scores follow from its questionnaire version and answers alone; looking at the results again
// without changing an answer (results, plan, results) computed them again. The last scores of each draft are
// kept with the answers they came from (ids and levels only, no notes), and reused while those are the same.
const draftScores = new Map<string, { answered: string; scores: StoredScoreResult }>();
const maxDraftScores = 200;

/** Scores: the stored snapshot of a submitted assessment (never recomputed), live for a draft. */
export function getScores({ assessment }: { assessment: AssessmentRow }): StoredScoreResult {
  if (assessment.status === "submitted" && assessment.scoreSnapshot) return assessment.scoreSnapshot;
  const { questionnaire, answers } = countedAnswers(assessment);
  const answered = `${questionnaire.version}|${JSON.stringify(answers)}`;
  const known = draftScores.get(assessment.id);
  if (known?.answered === answered) return known.scores;
  const scores = scoreAssessment({ questionnaire, answers });
  if (draftScores.size >= maxDraftScores) draftScores.clear();
  draftScores.set(assessment.id, { answered, scores });
  return scores;
}

/**
 * How an assessment's scores compare with an earlier one: "snapshots" when both use the same
 * questionnaire version and rules version (the stored scores), "shared_questions" when the questionnaire
 * versions differ (both scored again, with today's rules, on the questions they share), "current_rules"
 * when only the rules version differs (both scored again with today's rules).
 */
export type ScoreChange = {
  basis: "snapshots" | "shared_questions" | "current_rules";
  sharedQuestions: number;
  current: StoredScoreResult;
  previous: StoredScoreResult;
};

/**
 * The scores to put side by side for "change since the previous submitted assessment". A caller that has
 * just scored the assessment passes its scores, so a draft is not scored twice per request.
 */
export function getScoreChange({
  assessment,
  previous,
  current = getScores({ assessment }),
}: {
  assessment: AssessmentRow;
  previous: AssessmentRow;
  current?: StoredScoreResult;
}): ScoreChange {
  const before = getScores({ assessment: previous });
  const sameQuestionnaire = assessment.questionnaireVersion === previous.questionnaireVersion;
  if (sameQuestionnaire && current.rulesVersion === before.rulesVersion) {
    return { basis: "snapshots", sharedQuestions: questionnaireFor(assessment.questionnaireVersion).questions.length, current, previous: before };
  }
  const comparison = compareOnSharedQuestions({ current: countedAnswers(assessment), previous: countedAnswers(previous) });
  return {
    basis: sameQuestionnaire ? "current_rules" : "shared_questions",
    sharedQuestions: comparison.sharedQuestionIds.length,
    current: comparison.current,
    previous: comparison.previous,
  };
}

/**
 * The day the plan was made: the (Dutch) day of submission, so a submitted plan keeps its schedule and its
 * actions can become late; a draft's plan is made afresh every day, as its answers still change.
 */
export function planDateOf({ assessment, today }: { assessment: Pick<AssessmentRow, "status" | "submittedAt">; today: string }): string {
  if (assessment.status === "submitted" && assessment.submittedAt) {
    const submitted = dutchToday(assessment.submittedAt);
    return submitted < today ? submitted : today;
  }
  return today;
}

// Read on every plan page, the home page and the PDF: prepared once.
const followUpsOfAssessment = preparedQuery((db) =>
  db
    .select({
      actionKey: planActions.actionKey,
      ownerUserId: planActions.ownerUserId,
      ownerName: planActions.ownerName,
      ownerRole: planActions.ownerRole,
      memberName: users.name,
      dueDate: planActions.dueDate,
      status: planActions.status,
    })
    .from(planActions)
    .leftJoin(users, eq(users.id, planActions.ownerUserId))
    .where(eq(planActions.assessmentId, sql.placeholder("assessmentId")))
    .prepare(),
);

/** The plan of an assessment, scheduled from its plan date, with its follow-up (owner, due date, status) merged in. */
export function getPlan({ assessment, today = dutchToday() }: { assessment: AssessmentRow; today?: string }): TrackedAction[] {
  const { questionnaire, answers } = countedAnswers(assessment);
  const plan = buildPlan({
    questionnaire,
    answers,
    electionDate: assessment.electionDate,
    nominationDate: assessment.nominationDate,
    today,
    planDate: planDateOf({ assessment, today }),
  });
  const rows = followUpsOfAssessment().all({ assessmentId: assessment.id });
  const byKey = new Map(rows.map((row) => [row.actionKey, row]));
  return plan.map((action) => {
    const row = byKey.get(action.key);
    const status = row?.status ?? "todo";
    const dueDate = row?.dueDate ?? action.dueDate;
    const owner = row?.ownerRole ?? action.owner;
    const ownerUserId = row?.ownerUserId ?? null;
    const ownerName = row?.memberName ?? row?.ownerName ?? null;
    return {
      ...action,
      owner,
      measureOwner: action.owner,
      dueDate,
      late: status !== "done" && isLate({ dueDate, today }),
      status,
      ownerUserId,
      ownerName,
      ownerKey: ownerUserId ? `user:${ownerUserId}` : ownerName ? `name:${ownerName}` : `role:${owner}`,
      dueDateSet: Boolean(row?.dueDate),
    };
  });
}

export type UpdateActionResult = { ok: true; count: number } | { ok: false; error: "forbidden" | "unknown_action" | "not_a_member" | "owner_name" };

/** Checks an owner choice against the organisation; the cleaned values to store, or an error. */
function ownerValues({
  actor,
  owner,
}: {
  actor: Actor;
  owner: OwnerChoice;
}):
  | { ok: true; values: { ownerUserId: string | null; ownerName: string | null; ownerRole: MeasureOwner | null } }
  | { ok: false; error: "not_a_member" | "owner_name" } {
  if (owner === null) return { ok: true, values: { ownerUserId: null, ownerName: null, ownerRole: null } };
  if ("role" in owner) return { ok: true, values: { ownerUserId: null, ownerName: null, ownerRole: owner.role } };
  if ("userId" in owner) {
    const member = getDb()
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.organisationId, actor.organisationId), eq(memberships.userId, owner.userId)))
      .get();
    if (!member) return { ok: false, error: "not_a_member" };
    return { ok: true, values: { ownerUserId: owner.userId, ownerName: null, ownerRole: null } };
  }
  // The server cleans again: the form's schema is a convenience, this is the rule.
  const name = cleanOwnerName({ name: owner.name });
  if (!name || name.length > ownerNameMaxLength) return { ok: false, error: "owner_name" };
  return { ok: true, values: { ownerUserId: null, ownerName: name, ownerRole: null } };
}

type Existing = { ownerUserId: string | null; ownerName: string | null; ownerRole: MeasureOwner | null; dueDate: string | null; status: ActionStatus };

function writeActions({
  actor,
  assessment,
  changes,
  now,
}: {
  actor: Actor;
  assessment: AssessmentRow;
  changes: Array<{ actionKey: string; values: Existing }>;
  now: Date;
}): void {
  const db = getDb();
  db.transaction((tx) => {
    for (const { actionKey, values } of changes) {
      const set = { ...values, updatedByUserId: actor.userId, updatedAt: now };
      tx.insert(planActions)
        .values({ assessmentId: assessment.id, actionKey, ...set })
        .onConflictDoUpdate({ target: [planActions.assessmentId, planActions.actionKey], set })
        .run();
    }
  });
  // Names no question, action, status or maturity: the audit log is read by the platform operator, who must
  // learn nothing of a party's plan (see the trust principles). Only that the plan changed, and how often.
  recordAuditEvent({
    action: "plan_action_updated",
    actorUserId: actor.userId,
    organisationId: actor.organisationId,
    targetType: "assessment",
    targetId: assessment.id,
    ipAddress: actor.ipAddress,
    details: { count: changes.length },
  });
}

/** Sets owner, due date and status of one action of the plan. */
export function updatePlanAction({
  actor,
  assessment,
  actionKey,
  owner,
  dueDate,
  status,
  now = new Date(),
}: {
  actor: Actor;
  assessment: AssessmentRow;
  actionKey: string;
  owner: OwnerChoice;
  dueDate: string | null;
  status: ActionStatus;
  now?: Date;
}): UpdateActionResult {
  if (!can(actor.role, "plan:manage-actions")) return { ok: false, error: "forbidden" };
  if (!getPlan({ assessment }).some((action) => action.key === actionKey)) return { ok: false, error: "unknown_action" };
  const checked = ownerValues({ actor, owner });
  if (!checked.ok) return checked;
  writeActions({ actor, assessment, changes: [{ actionKey, values: { ...checked.values, dueDate, status } }], now });
  return { ok: true, count: 1 };
}

/** Gives several actions one owner and/or one status, keeping each action's other settings. All or nothing. */
export function updatePlanActions({
  actor,
  assessment,
  actionKeys,
  owner,
  status,
  now = new Date(),
}: {
  actor: Actor;
  assessment: AssessmentRow;
  actionKeys: readonly string[];
  /** undefined keeps each action's owner. */
  owner?: OwnerChoice;
  /** undefined keeps each action's status. */
  status?: ActionStatus;
  now?: Date;
}): UpdateActionResult {
  if (!can(actor.role, "plan:manage-actions")) return { ok: false, error: "forbidden" };
  const plan = new Map(getPlan({ assessment }).map((action) => [action.key, action]));
  const keys = [...new Set(actionKeys)];
  if (keys.length === 0 || keys.some((key) => !plan.has(key))) return { ok: false, error: "unknown_action" };
  let ownerSet: Pick<Existing, "ownerUserId" | "ownerName" | "ownerRole"> | null = null;
  if (owner !== undefined) {
    const checked = ownerValues({ actor, owner });
    if (!checked.ok) return checked;
    ownerSet = checked.values;
  }
  const stored = new Map(
    getDb()
      .select({
        actionKey: planActions.actionKey,
        ownerUserId: planActions.ownerUserId,
        ownerName: planActions.ownerName,
        ownerRole: planActions.ownerRole,
        dueDate: planActions.dueDate,
        status: planActions.status,
      })
      .from(planActions)
      .where(and(eq(planActions.assessmentId, assessment.id), inArray(planActions.actionKey, keys)))
      .all()
      .map((row) => [row.actionKey, row]),
  );
  const changes = keys.map((actionKey) => {
    const before: Existing = stored.get(actionKey) ?? { ownerUserId: null, ownerName: null, ownerRole: null, dueDate: null, status: "todo" };
    return { actionKey, values: { ...before, ...(ownerSet ?? {}), status: status ?? before.status } };
  });
  writeActions({ actor, assessment, changes, now });
  return { ok: true, count: changes.length };
}

export type PlanSummary = {
  assessmentId: string;
  electionType: AssessmentRow["electionType"];
  electionDate: string;
  /** Open actions due or starting in the current week (Monday to Sunday). */
  thisWeek: number;
  /** Open actions whose due date has passed. */
  late: number;
};

const summaryRoles: readonly MemberRole[] = ["it_lead", "campaign_manager"];

/**
 * What a campaign manager or IT lead sees on the home page: for the organisation's newest submitted assessment
 * (else its newest draft) whose election is not more than a month past, how many open actions are due or start
 * this week and how many are late. Null for other roles and when there is no such assessment.
 */
export function planSummaryFor({
  organisationId,
  role,
  today = dutchToday(),
}: {
  organisationId: string;
  role: MemberRole;
  today?: string;
}): PlanSummary | null {
  if (!summaryRoles.includes(role)) return null;
  const rows = listAssessmentRows({ organisationId })
    // A stored date that is no real date (an old import) cannot be planned; the plan page says so itself.
    .filter((row) => isSensibleDate(row.electionDate) && row.electionDate >= addDays({ date: today, days: -30 }));
  const assessment = rows.find((row) => row.status === "submitted") ?? rows[0];
  if (!assessment) return null;
  const weekStart = weekStartOf({ date: today });
  const weekEnd = addDays({ date: weekStart, days: 6 });
  const open = getPlan({ assessment, today }).filter((action) => action.status !== "done");
  return {
    assessmentId: assessment.id,
    electionType: assessment.electionType,
    electionDate: assessment.electionDate,
    thisWeek: open.filter((action) => isThisWeek({ action, weekStart, weekEnd }) && !action.late).length,
    late: open.filter((action) => action.late).length,
  };
}

/** Due or starting in the week from `weekStart` to `weekEnd` (both included). */
export function isThisWeek({ action, weekStart, weekEnd }: { action: Pick<PlanAction, "startDate" | "dueDate">; weekStart: string; weekEnd: string }): boolean {
  return (action.dueDate >= weekStart && action.dueDate <= weekEnd) || (action.startDate >= weekStart && action.startDate <= weekEnd);
}

/** The moment the plan last changed (a follow-up saved, or else the submission or start): the calendar's DTSTAMP. */
export function planCalendarStamp({ assessment }: { assessment: AssessmentRow }): Date {
  const latest = getDb()
    .select({ updatedAt: planActions.updatedAt })
    .from(planActions)
    .where(eq(planActions.assessmentId, assessment.id))
    .orderBy(desc(planActions.updatedAt))
    .limit(1)
    .get();
  const base = assessment.submittedAt ?? assessment.createdAt;
  return latest && latest.updatedAt > base ? latest.updatedAt : base;
}
