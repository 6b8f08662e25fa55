import { and, eq, inArray } from "drizzle-orm";
import { answers, assessments } from "../../db/schema";
import { can } from "../security/permissions";
import { getDb } from "../db.server";
import { answerMapOf, visibleQuestions } from "../questionnaire/answers";
import { currentQuestionnaire, questionnaireFor } from "../questionnaire/current";
import { findQuestion } from "../questionnaire/numbers";
import { mapAnswersToVersion } from "../questionnaire/migrate";
import type { DomainId } from "../questionnaire/schema";
import { recordAuditEvent } from "./audit.server";
import { listAnswers, type Actor, type AssessmentRow } from "./assessments.server";

export type MovePreview = {
  fromVersion: number;
  toVersion: number;
  /** Answers (and notes) that move as they are. */
  moved: number;
  /** Questions of the new version to answer (again), by domain. */
  needsAnswer: Array<{ questionId: string; domain: DomainId; reason: "new" | "changed" }>;
  /** Answers to questions the new version no longer has; they are not kept on the moved draft. */
  dropped: Array<{ questionId: string; domain: DomainId }>;
};

/** What moving a draft to the current questionnaire version would do; null when there is nothing to move. */
export function previewVersionMove({ assessment }: { assessment: AssessmentRow }): MovePreview | null {
  if (assessment.status !== "draft" || assessment.questionnaireVersion === currentQuestionnaire.version) return null;
  const from = questionnaireFor(assessment.questionnaireVersion);
  const to = currentQuestionnaire;
  const stored = listAnswers({ assessment });
  const mapping = mapAnswersToVersion({ from, to, answers: stored });
  const domainIn = (questionnaire: typeof from, questionId: string): DomainId => findQuestion({ questionnaire, questionId })?.domain ?? "governance";
  return {
    fromVersion: from.version,
    toVersion: to.version,
    moved: mapping.moved.filter((answer) => answer.value || answer.note).length,
    needsAnswer: mapping.needsAnswer.map((item) => ({ questionId: item.questionId, domain: domainIn(to, item.questionId), reason: item.reason })),
    dropped: mapping.dropped
      .filter((answer) => answer.value || answer.note)
      .map((answer) => ({ questionId: answer.questionId, domain: domainIn(from, answer.questionId) })),
  };
}

export type MoveResult = { ok: true; fromVersion: number; toVersion: number } | { ok: false; error: "forbidden" | "frozen" | "already_current" };

/**
 * Moves a draft to the current questionnaire version: answers that mean the same stay (with their note,
 * revision and "please confirm" marker), answers that no longer fit become "answer this again" (keeping
 * their note), new questions are added with that marker, and answers to removed questions go. The
 * assessment keeps its id, sections, people and plan follow-up. The audit event names only the versions.
 */
export function moveAssessmentToVersion({ actor, assessment, now = new Date() }: { actor: Actor; assessment: AssessmentRow; now?: Date }): MoveResult {
  if (!can(actor.role, "assessment:change-version")) return { ok: false, error: "forbidden" };
  const to = currentQuestionnaire;
  return getDb().transaction((tx) => {
    // Re-read inside the transaction: a draft submitted or moved a moment ago must not move (again).
    const current = tx
      .select({ status: assessments.status, questionnaireVersion: assessments.questionnaireVersion })
      .from(assessments)
      .where(and(eq(assessments.id, assessment.id), eq(assessments.organisationId, actor.organisationId)))
      .get();
    if (!current || current.status !== "draft") return { ok: false, error: "frozen" } as const;
    if (current.questionnaireVersion === to.version) return { ok: false, error: "already_current" } as const;
    const from = questionnaireFor(current.questionnaireVersion);
    const stored = listAnswers({ assessment });
    const mapping = mapAnswersToVersion({ from, to, answers: stored });
    const byId = new Map(stored.map((answer) => [answer.questionId, answer]));
    if (mapping.dropped.length) {
      tx.delete(answers)
        .where(
          and(
            eq(answers.assessmentId, assessment.id),
            inArray(
              answers.questionId,
              mapping.dropped.map((answer) => answer.questionId),
            ),
          ),
        )
        .run();
    }
    for (const item of mapping.needsAnswer) {
      const existing = byId.get(item.questionId);
      // A new revision, so a page still open on the old version gets a conflict instead of saving over it.
      const row = { kind: null, optionId: null, note: item.note, carriedOver: false, needsAnswer: true, updatedByUserId: actor.userId, updatedAt: now };
      if (existing) {
        tx.update(answers)
          .set({ ...row, revision: existing.revision + 1 })
          .where(and(eq(answers.assessmentId, assessment.id), eq(answers.questionId, item.questionId)))
          .run();
      } else {
        tx.insert(answers)
          .values({ assessmentId: assessment.id, questionId: item.questionId, ...row, revision: 1 })
          .run();
      }
    }
    tx.update(assessments).set({ questionnaireVersion: to.version }).where(eq(assessments.id, assessment.id)).run();
    recordAuditEvent({
      action: "assessment_version_changed",
      actorUserId: actor.userId,
      organisationId: actor.organisationId,
      targetType: "assessment",
      targetId: assessment.id,
      ipAddress: actor.ipAddress,
      details: { fromVersion: from.version, toVersion: to.version },
    });
    return { ok: true, fromVersion: from.version, toVersion: to.version } as const;
  });
}

/** Visible questions still marked "new or changed, answer again", in questionnaire order. */
export function listNeedsAnswer({ assessment }: { assessment: AssessmentRow }): Array<{ questionId: string; domain: DomainId }> {
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  const stored = listAnswers({ assessment });
  const marked = new Set(stored.filter((answer) => answer.needsAnswer && !answer.value).map((answer) => answer.questionId));
  if (marked.size === 0) return [];
  return visibleQuestions(questionnaire, answerMapOf(stored))
    .filter((question) => marked.has(question.id))
    .map((question) => ({ questionId: question.id, domain: question.domain }));
}
