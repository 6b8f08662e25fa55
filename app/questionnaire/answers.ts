import type { Question, Questionnaire } from "./schema";

/** One answer: a chosen option, "not applicable" or "don't know". Stored by id, never by label. */
export type AnswerValue = { kind: "option"; optionId: string } | { kind: "not_applicable" } | { kind: "dont_know" };

/** Answers by question id. Answers to hidden questions may be present; they are kept but do not count. */
export type AnswerMap = Readonly<Record<string, AnswerValue | undefined>>;

/**
 * The questions shown for these answers, in questionnaire order. A conditional question is shown only
 * when its target question is itself shown and was answered with one of the listed options.
 */
export function visibleQuestions(questionnaire: Questionnaire, answers: AnswerMap): Question[] {
  const shown = new Set<string>();
  const result: Question[] = [];
  for (const question of questionnaire.questions) {
    const condition = question.condition;
    if (condition) {
      const answer = answers[condition.questionId];
      const met = shown.has(condition.questionId) && answer?.kind === "option" && condition.optionIds.includes(answer.optionId);
      if (!met) continue;
    }
    shown.add(question.id);
    result.push(question);
  }
  return result;
}

/** The maturity (0–3) of an answer, or null when it does not count (N/A, don't know, unknown option). */
export function maturityOf(question: Question, answer: AnswerValue | undefined): number | null {
  if (answer?.kind !== "option") return null;
  return question.options.find((option) => option.id === answer.optionId)?.maturity ?? null;
}
