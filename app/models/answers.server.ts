import { and, eq, inArray } from "drizzle-orm";
import { answers, assessments } from "../../db/schema";
import { getDb } from "../db.server";
import { answerMapOf, answerMismatch, noteMaxLength, visibleQuestions, type AnswerValue } from "../questionnaire/answers";
import { questionnaireFor } from "../questionnaire/current";
import { findQuestion } from "../questionnaire/numbers";
import { scoreAssessment } from "../scoring";
import { recordAuditEvent } from "./audit.server";
import { enqueueSubmittedMail, enqueueWhenAssignedSectionsAnswered } from "./mail-events.server";
import { getStoredAnswer, listAnswers, mayEditDomain, type Actor, type AssessmentRow, type StoredAnswer } from "./assessments.server";
import { can } from "../security/permissions";

/** One question's change as a form or autosave sends it. `value: null` keeps the stored answer. */
export type AnswerChange = { questionId: string; value: AnswerValue | null; note: string; baseRevision: number; confirm: boolean };

export type AnswerProblem = {
  questionId: string;
  code: "unknown_question" | "unknown_option" | "not_applicable_not_allowed" | "note_too_long" | "hidden";
};

export type Conflict = {
  questionId: string;
  theirs: { value: AnswerValue | null; note: string; revision: number; updatedByName: string | null; updatedAt: string };
  mine: { value: AnswerValue | null; note: string };
};

export type SaveResult =
  | { ok: true; saved: Array<{ questionId: string; revision: number }>; conflicts: Conflict[] }
  | { ok: false; error: "frozen" | "forbidden" }
  | { ok: false; error: "invalid"; problems: AnswerProblem[] };

function sameValue(a: AnswerValue | null, b: AnswerValue | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind !== b.kind) return false;
  return a.kind !== "option" || (b.kind === "option" && a.optionId === b.optionId);
}

/**
 * Saves answers to a draft. Bad input (unknown ids, a note over the limit, a question the user could not
 * see) saves nothing. A change based on an older revision that differs from what is stored now is not
 * saved but returned as a conflict with both versions, so nobody overwrites a colleague silently.
 */
export function saveAnswers({
  actor,
  assessment,
  changes,
  now = new Date(),
}: {
  actor: Actor;
  assessment: AssessmentRow;
  changes: AnswerChange[];
  now?: Date;
}): SaveResult {
  if (assessment.status !== "draft") return { ok: false, error: "frozen" };
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  const problems: AnswerProblem[] = [];
  const domains = new Set<string>();
  let conditional = false;
  for (const change of changes) {
    const question = findQuestion({ questionnaire, questionId: change.questionId });
    if (!question) {
      problems.push({ questionId: change.questionId, code: "unknown_question" });
      continue;
    }
    domains.add(question.domain);
    if (question.condition) conditional = true;
    const mismatch = answerMismatch({ question, value: change.value });
    if (mismatch) problems.push({ questionId: question.id, code: mismatch });
    if (change.note.length > noteMaxLength) problems.push({ questionId: question.id, code: "note_too_long" });
  }
  if (problems.length) return { ok: false, error: "invalid", problems };
  for (const domain of domains) if (!mayEditDomain({ actor, assessment, domain })) return { ok: false, error: "forbidden" };

  return getDb().transaction((tx) => {
    // Re-read inside the transaction: the revision check and the write must see the same state.
    const current = tx.select({ status: assessments.status }).from(assessments).where(eq(assessments.id, assessment.id)).get();
    if (current?.status !== "draft") return { ok: false, error: "frozen" } as const;
    // A question without a condition is always visible, so autosaving one needs only its own row; any
    // conditional question needs every answer to see whether it is shown (before or after this save).
    const single = changes.length === 1 && changes[0] && !conditional ? changes[0] : null;
    const rows = single ? [getStoredAnswer({ assessment, questionId: single.questionId })].filter((row) => row !== undefined) : listAnswers({ assessment });
    const stored = new Map(rows.map((answer) => [answer.questionId, answer]));
    if (conditional) {
      const before = answerMapOf(rows);
      const after = { ...before };
      for (const change of changes) if (change.value) after[change.questionId] = change.value;
      const visibleBefore = new Set(visibleQuestions(questionnaire, before).map((q) => q.id));
      const visibleAfter = new Set(visibleQuestions(questionnaire, after).map((q) => q.id));
      const hidden = changes.filter((change) => !visibleBefore.has(change.questionId) && !visibleAfter.has(change.questionId));
      if (hidden.length) return { ok: false, error: "invalid", problems: hidden.map((change) => ({ questionId: change.questionId, code: "hidden" })) } as const;
    }

    const saved: Array<{ questionId: string; revision: number }> = [];
    const conflicts: Conflict[] = [];
    for (const change of changes) {
      const existing: StoredAnswer | undefined = stored.get(change.questionId);
      const storedValue = existing?.value ?? null;
      const nextValue = change.value ?? storedValue;
      const revision = existing?.revision ?? 0;
      const unchanged = sameValue(nextValue, storedValue) && change.note === (existing?.note ?? "");
      if (change.baseRevision !== revision) {
        if (unchanged) continue; // someone else already saved exactly this
        conflicts.push({
          questionId: change.questionId,
          theirs: {
            value: storedValue,
            note: existing?.note ?? "",
            revision,
            updatedByName: existing?.updatedByName ?? null,
            updatedAt: (existing?.updatedAt ?? now).toISOString(),
          },
          mine: { value: nextValue, note: change.note },
        });
        continue;
      }
      if (unchanged && !(change.confirm && existing?.carriedOver)) continue;
      const row = {
        kind: nextValue?.kind ?? null,
        optionId: nextValue?.kind === "option" ? nextValue.optionId : null,
        note: change.note,
        revision: revision + 1,
        carriedOver: false,
        // The "answer this again" marker goes once someone chooses an answer, not when only a note is written.
        needsAnswer: nextValue === null ? (existing?.needsAnswer ?? false) : false,
        updatedByUserId: actor.userId,
        updatedAt: now,
      };
      if (existing) {
        tx.update(answers)
          .set(row)
          .where(and(eq(answers.assessmentId, assessment.id), eq(answers.questionId, change.questionId)))
          .run();
      } else {
        tx.insert(answers)
          .values({ assessmentId: assessment.id, questionId: change.questionId, ...row })
          .run();
      }
      saved.push({ questionId: change.questionId, revision: revision + 1 });
    }
    if (saved.length) enqueueWhenAssignedSectionsAnswered({ tx, assessment, now });
    return { ok: true, saved, conflicts } as const;
  });
}

/** What stands between a draft and submission. */
export function submitSummary({ assessment }: { assessment: AssessmentRow }) {
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  const stored = listAnswers({ assessment });
  const byId = new Map(stored.map((answer) => [answer.questionId, answer]));
  const visible = visibleQuestions(questionnaire, answerMapOf(stored));
  return {
    total: visible.length,
    unanswered: visible.filter((q) => !byId.get(q.id)?.value).map((q) => ({ questionId: q.id, domain: q.domain })),
    dontKnow: visible.filter((q) => byId.get(q.id)?.value?.kind === "dont_know").map((q) => ({ questionId: q.id, domain: q.domain })),
    carriedOver: visible.filter((q) => byId.get(q.id)?.carriedOver && byId.get(q.id)?.value).map((q) => ({ questionId: q.id, domain: q.domain })),
  };
}

export type SubmitResult = { ok: true } | { ok: false; error: "frozen" | "forbidden" | "incomplete" | "carried_over_unconfirmed" };

/**
 * Submits a complete draft: stores the score snapshot with the rules version, freezes the assessment
 * and writes an audit event. Carried-over answers must be confirmed (optionally all at once here).
 */
export function submitAssessment({
  actor,
  assessment,
  confirmCarriedOver,
  now = new Date(),
}: {
  actor: Actor;
  assessment: AssessmentRow;
  confirmCarriedOver: boolean;
  now?: Date;
}): SubmitResult {
  if (!can(actor.role, "assessment:submit")) return { ok: false, error: "forbidden" };
  if (assessment.status !== "draft") return { ok: false, error: "frozen" };
  const summary = submitSummary({ assessment });
  if (summary.unanswered.length) return { ok: false, error: "incomplete" };
  if (summary.carriedOver.length && !confirmCarriedOver) return { ok: false, error: "carried_over_unconfirmed" };
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  return getDb().transaction((tx) => {
    const current = tx.select({ status: assessments.status }).from(assessments).where(eq(assessments.id, assessment.id)).get();
    if (current?.status !== "draft") return { ok: false, error: "frozen" } as const;
    if (summary.carriedOver.length) {
      tx.update(answers)
        .set({ carriedOver: false, updatedByUserId: actor.userId, updatedAt: now })
        .where(
          and(
            eq(answers.assessmentId, assessment.id),
            inArray(
              answers.questionId,
              summary.carriedOver.map((c) => c.questionId),
            ),
          ),
        )
        .run();
    }
    const snapshot = scoreAssessment({ questionnaire, answers: answerMapOf(listAnswers({ assessment })) });
    tx.update(assessments)
      .set({ status: "submitted", submittedAt: now, submittedByUserId: actor.userId, scoreSnapshot: snapshot, overallScore: snapshot.overall.rounded })
      .where(eq(assessments.id, assessment.id))
      .run();
    recordAuditEvent({
      action: "assessment_submitted",
      actorUserId: actor.userId,
      organisationId: actor.organisationId,
      targetType: "assessment",
      targetId: assessment.id,
      ipAddress: actor.ipAddress,
    });
    enqueueSubmittedMail({ tx, assessment, now });
    return { ok: true } as const;
  });
}
