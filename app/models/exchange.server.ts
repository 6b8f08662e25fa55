import { answers, assessments } from "../../db/schema";
import { getDb } from "../db.server";
import { assessmentFileSchema, exchangeFormat, type AssessmentFile } from "../questionnaire/exchange";
import { answerMismatch, type AnswerValue } from "../questionnaire/answers";
import { currentQuestionnaire, questionnaireVersions } from "../questionnaire/current";
import { findQuestion } from "../questionnaire/numbers";
import { createId } from "../utils/crypto.server";
import { recordAuditEvent } from "./audit.server";
import { listAnswers, type Actor, type AssessmentRow } from "./assessments.server";

/** The export file of an assessment: ids only (never labels), notes, and the stored scores when submitted. */
export function exportAssessment({ assessment, now = new Date() }: { assessment: AssessmentRow; now?: Date }): AssessmentFile {
  return {
    format: exchangeFormat,
    formatVersion: 1,
    questionnaireVersion: assessment.questionnaireVersion,
    election: { type: assessment.electionType, date: assessment.electionDate },
    status: assessment.status,
    exportedAt: now.toISOString(),
    answers: listAnswers({ assessment })
      .sort((a, b) => (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0))
      .map((answer) => ({
        questionId: answer.questionId,
        answer: answer.value?.kind ?? null,
        optionId: answer.value?.kind === "option" ? answer.value.optionId : null,
        note: answer.note,
      })),
    scores: assessment.status === "submitted" ? assessment.scoreSnapshot : undefined,
  };
}

/** A file's answer as the questionnaire rules read it; an option without an id fits no question. */
function valueOfFileAnswer(answer: AssessmentFile["answers"][number]): AnswerValue | null {
  if (answer.answer === "option") return { kind: "option", optionId: answer.optionId ?? "" };
  return answer.answer === null ? null : { kind: answer.answer };
}

export type ImportProblem =
  | { code: "not_json" }
  | { code: "not_an_export" }
  | { code: "invalid_field"; field: string }
  | { code: "version_mismatch"; fileVersion: number; currentVersion: number }
  | { code: "unknown_question"; questionId: string }
  | { code: "unknown_option"; questionId: string; optionId: string }
  | { code: "not_applicable_not_allowed"; questionId: string }
  | { code: "duplicate_question"; questionId: string };

export type ImportResult = { ok: true; id: string; answers: number } | { ok: false; problems: ImportProblem[] };

/**
 * Checks an export file against the questionnaire version it was made with and, only when everything fits,
 * creates a draft on that version. A draft on an earlier version can then be moved to the current one
 * (its overview page offers it), so an import never guesses how old answers map to new questions.
 */
export function importAssessment({ actor, text, now = new Date() }: { actor: Actor; text: string; now?: Date }): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ code: "not_json" }] };
  }
  if (typeof json !== "object" || json === null || !("format" in json) || json.format !== exchangeFormat) {
    return { ok: false, problems: [{ code: "not_an_export" }] };
  }
  const parsed = assessmentFileSchema.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join(".")))].slice(0, 10);
    return { ok: false, problems: fields.map((field) => ({ code: "invalid_field", field })) };
  }
  const file = parsed.data;
  const questionnaire = questionnaireVersions.get(file.questionnaireVersion);
  if (!questionnaire) {
    return { ok: false, problems: [{ code: "version_mismatch", fileVersion: file.questionnaireVersion, currentVersion: currentQuestionnaire.version }] };
  }
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const answer of file.answers) {
    const question = findQuestion({ questionnaire, questionId: answer.questionId });
    if (seen.has(answer.questionId)) problems.push({ code: "duplicate_question", questionId: answer.questionId });
    seen.add(answer.questionId);
    if (!question) {
      problems.push({ code: "unknown_question", questionId: answer.questionId });
      continue;
    }
    const mismatch = answerMismatch({ question, value: valueOfFileAnswer(answer) });
    if (mismatch === "unknown_option") problems.push({ code: "unknown_option", questionId: answer.questionId, optionId: answer.optionId ?? "" });
    if (mismatch === "not_applicable_not_allowed") problems.push({ code: "not_applicable_not_allowed", questionId: answer.questionId });
  }
  if (problems.length) return { ok: false, problems: problems.slice(0, 50) };

  const id = createId();
  getDb().transaction((tx) => {
    tx.insert(assessments)
      .values({
        id,
        organisationId: actor.organisationId,
        questionnaireVersion: questionnaire.version,
        electionType: file.election.type,
        electionDate: file.election.date,
        status: "draft",
        createdByUserId: actor.userId,
        createdAt: now,
      })
      .run();
    for (const answer of file.answers) {
      tx.insert(answers)
        .values({
          assessmentId: id,
          questionId: answer.questionId,
          kind: answer.answer,
          optionId: answer.answer === "option" ? (answer.optionId ?? null) : null,
          note: answer.note,
          revision: 1,
          carriedOver: false,
          updatedByUserId: actor.userId,
          updatedAt: now,
        })
        .run();
    }
    recordAuditEvent({
      action: "assessment_imported",
      actorUserId: actor.userId,
      organisationId: actor.organisationId,
      targetType: "assessment",
      targetId: id,
      ipAddress: actor.ipAddress,
      details: { questionnaireVersion: questionnaire.version },
    });
  });
  return { ok: true, id, answers: file.answers.length };
}
