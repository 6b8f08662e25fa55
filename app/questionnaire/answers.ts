import type { Condition, Question, Questionnaire } from "./schema";

/** One answer: a chosen option, "not applicable" or "don't know". Stored by id, never by label. */
export type AnswerValue = { kind: "option"; optionId: string } | { kind: "not_applicable" } | { kind: "dont_know" };

/** Answers by question id. Answers to hidden questions may be present; they are kept but do not count. */
export type AnswerMap = Readonly<Record<string, AnswerValue | undefined>>;

/** The longest note a person may write with an answer (form, autosave and import file alike). */
export const noteMaxLength = 2000;

/** What visibility needs of a question: the page passes its own view of a question, the server the whole one. */
type Conditional = { id: string; condition?: Condition | null };

/**
 * The questions shown for these answers, in questionnaire order. A conditional question is shown only
 * when its target question is itself shown and was answered with one of the listed options. `shownBefore`
 * names targets outside `questions` that are shown (a page holding one domain passes those of other domains).
 */
export function visibleQuestions<Q extends Conditional>(
  questionnaire: { questions: readonly Q[] },
  answers: AnswerMap,
  shownBefore: Iterable<string> = [],
): Q[] {
  const shown = new Set<string>(shownBefore);
  const result: Q[] = [];
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

/** Why an answer does not fit its question, or null when it does. */
export type AnswerMismatch = "unknown_option" | "not_applicable_not_allowed";

/**
 * Whether an answer fits a question: a chosen option the question has, "not applicable" only where it is
 * offered. Saving, carrying over to another version and importing a file all ask this one question.
 */
export function answerMismatch({
  question,
  value,
}: {
  question: Pick<Question, "options" | "allowNotApplicable">;
  value: AnswerValue | null | undefined;
}): AnswerMismatch | null {
  if (value?.kind === "option") return question.options.some((option) => option.id === value.optionId) ? null : "unknown_option";
  if (value?.kind === "not_applicable") return question.allowNotApplicable ? null : "not_applicable_not_allowed";
  return null;
}

/** Answers by question id from stored rows; rows without a choice (a note only) are left out. */
export function answerMapOf(stored: ReadonlyArray<{ questionId: string; value: AnswerValue | null }>): Record<string, AnswerValue | undefined> {
  const map: Record<string, AnswerValue | undefined> = {};
  for (const answer of stored) if (answer.value) map[answer.questionId] = answer.value;
  return map;
}

/** Answered / total of the visible questions of one domain. */
export type DomainProgress = { domain: Questionnaire["domains"][number]["id"]; answered: number; total: number };

/** Answered / total over visible questions, per domain and overall. */
export function progressOf({ questionnaire, answerMap }: { questionnaire: Questionnaire; answerMap: AnswerMap }) {
  const visible = visibleQuestions(questionnaire, answerMap);
  const domains: DomainProgress[] = questionnaire.domains.map((domain) => {
    const inDomain = visible.filter((question) => question.domain === domain.id);
    return { domain: domain.id, answered: inDomain.filter((question) => answerMap[question.id]).length, total: inDomain.length };
  });
  const answered = domains.reduce((sum, d) => sum + d.answered, 0);
  const total = domains.reduce((sum, d) => sum + d.total, 0);
  return { domains, answered, total };
}
