import { answerMismatch, type AnswerValue } from "./answers";
import type { Questionnaire } from "./schema";

/** What the mapping needs of a stored answer; other fields (revision, who, when) travel along unchanged. */
export type MappableAnswer = { questionId: string; value: AnswerValue | null; note: string };

/**
 * A question of the target version to answer (again): `new` when the earlier version did not have it,
 * `changed` when its earlier answer no longer fits (the option is gone, or "not applicable" is no longer
 * offered). The earlier note is handed on, so nothing a person wrote about a question that still exists is lost.
 */
export type NeedsAnswer = { questionId: string; reason: "new" | "changed"; note: string };

export type AnswerMapping<T extends MappableAnswer> = {
  /** Answers that mean the same in the target version: same question id, and an option id it still has. */
  moved: T[];
  /** Questions of the target version, in its order, that need an answer from a person. */
  needsAnswer: NeedsAnswer[];
  /** Answers to questions the target version no longer has (removed, or replaced under a new id). */
  dropped: T[];
};

/**
 * Maps answers given on one questionnaire version to another. Ids are never reused for a different
 * meaning, so an answer moves when its question id and (for a choice) its option id exist in the target;
 * everything else is listed for a person to answer, never guessed.
 */
export function mapAnswersToVersion<T extends MappableAnswer>({
  from,
  to,
  answers,
}: {
  from: Questionnaire;
  to: Questionnaire;
  answers: readonly T[];
}): AnswerMapping<T> {
  const earlierIds = new Set(from.questions.map((question) => question.id));
  const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer]));
  const targetIds = new Set(to.questions.map((question) => question.id));
  const moved: T[] = [];
  const needsAnswer: NeedsAnswer[] = [];
  for (const question of to.questions) {
    const answer = byQuestion.get(question.id);
    if (!earlierIds.has(question.id)) needsAnswer.push({ questionId: question.id, reason: "new", note: "" });
    else if (!answer)
      continue; // the same question, simply not answered yet
    // A note without a choice fits too: the question is the same, so is the note.
    else if (answerMismatch({ question, value: answer.value }) === null) moved.push(answer);
    else needsAnswer.push({ questionId: question.id, reason: "changed", note: answer.note });
  }
  const dropped = answers.filter((answer) => !targetIds.has(answer.questionId) || !earlierIds.has(answer.questionId));
  return { moved, needsAnswer, dropped };
}
