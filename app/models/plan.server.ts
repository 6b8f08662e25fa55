import { and, eq } from "drizzle-orm";
import { memberships, planActions, users } from "../../db/schema";
import { getDb } from "../db.server";
import { can } from "../auth/permissions";
import { buildPlan, type PlanAction } from "../plan";
import { dutchToday } from "../plan/elections";
import { compareOnSharedQuestions, scoreAssessment, type StoredScoreResult } from "../scoring";
import { answerMapOf, listAnswers, questionnaireFor, type Actor, type AssessmentRow } from "./assessments.server";
import { recordAuditEvent } from "./audit.server";

export const actionStatuses = ["todo", "in_progress", "done"] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export type TrackedAction = PlanAction & {
  status: ActionStatus;
  ownerUserId: string | null;
  /** A member's name or a free-text name; null means the measure's owner role. */
  ownerName: string | null;
  /** True when the due date was set by hand instead of computed from the milestone. */
  dueDateSet: boolean;
};

// Answers to hidden questions are passed along too: scoreAssessment and buildPlan only look at visible ones.
function countedAnswers(assessment: AssessmentRow) {
  return { questionnaire: questionnaireFor(assessment.questionnaireVersion), answers: answerMapOf(listAnswers({ assessment })) };
}

/** Scores: the stored snapshot of a submitted assessment (never recomputed), live for a draft. */
export function getScores({ assessment }: { assessment: AssessmentRow }): StoredScoreResult {
  if (assessment.status === "submitted" && assessment.scoreSnapshot) return assessment.scoreSnapshot;
  const { questionnaire, answers } = countedAnswers(assessment);
  return scoreAssessment({ questionnaire, answers });
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

/** The scores to put side by side for "change since the previous submitted assessment". */
export function getScoreChange({ assessment, previous }: { assessment: AssessmentRow; previous: AssessmentRow }): ScoreChange {
  const current = getScores({ assessment });
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

/** The plan of an assessment with its follow-up (owner, due date, status) merged in. */
export function getPlan({ assessment, today = dutchToday() }: { assessment: AssessmentRow; today?: string }): TrackedAction[] {
  const { questionnaire, answers } = countedAnswers(assessment);
  const plan = buildPlan({ questionnaire, answers, electionDate: assessment.electionDate, today });
  const rows = getDb()
    .select({
      actionKey: planActions.actionKey,
      ownerUserId: planActions.ownerUserId,
      ownerName: planActions.ownerName,
      memberName: users.name,
      dueDate: planActions.dueDate,
      status: planActions.status,
    })
    .from(planActions)
    .leftJoin(users, eq(users.id, planActions.ownerUserId))
    .where(eq(planActions.assessmentId, assessment.id))
    .all();
  const byKey = new Map(rows.map((row) => [row.actionKey, row]));
  return plan.map((action) => {
    const row = byKey.get(action.key);
    const status = row?.status ?? "todo";
    const dueDate = row?.dueDate ?? action.dueDate;
    return {
      ...action,
      dueDate,
      late: status !== "done" && (row?.dueDate ? row.dueDate < today : action.late),
      status,
      ownerUserId: row?.ownerUserId ?? null,
      ownerName: row?.memberName ?? row?.ownerName ?? null,
      dueDateSet: Boolean(row?.dueDate),
    };
  });
}

export type UpdateActionResult = { ok: true } | { ok: false; error: "forbidden" | "unknown_action" | "not_a_member" };

/** Sets owner, due date and status of one action of the plan. */
export function updatePlanAction({
  actor,
  assessment,
  actionKey,
  ownerUserId,
  ownerName,
  dueDate,
  status,
  now = new Date(),
}: {
  actor: Actor;
  assessment: AssessmentRow;
  actionKey: string;
  ownerUserId: string | null;
  ownerName: string | null;
  dueDate: string | null;
  status: ActionStatus;
  now?: Date;
}): UpdateActionResult {
  if (!can(actor.role, "plan:manage-actions")) return { ok: false, error: "forbidden" };
  if (!getPlan({ assessment }).some((action) => action.key === actionKey)) return { ok: false, error: "unknown_action" };
  const db = getDb();
  if (ownerUserId) {
    const member = db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.organisationId, actor.organisationId), eq(memberships.userId, ownerUserId)))
      .get();
    if (!member) return { ok: false, error: "not_a_member" };
  }
  const values = { ownerUserId, ownerName: ownerUserId ? null : ownerName, dueDate, status, updatedByUserId: actor.userId, updatedAt: now };
  db.insert(planActions)
    .values({ assessmentId: assessment.id, actionKey, ...values })
    .onConflictDoUpdate({ target: [planActions.assessmentId, planActions.actionKey], set: values })
    .run();
  recordAuditEvent({
    action: "plan_action_updated",
    actorUserId: actor.userId,
    organisationId: actor.organisationId,
    targetType: "assessment",
    targetId: assessment.id,
    ipAddress: actor.ipAddress,
    details: { action: actionKey, status },
  });
  return { ok: true };
}
