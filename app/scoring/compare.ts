import type { AnswerMap } from "../questionnaire/answers";
import type { Question, Questionnaire } from "../questionnaire/schema";
import { scoreAssessment, type ScoreResult } from "./score";

type Side = { questionnaire: Questionnaire; answers: AnswerMap };

/** Both assessments scored with today's rules on only the questions they share. */
export type SharedComparison = {
  /** Questions compared, in the current questionnaire's order. */
  sharedQuestionIds: string[];
  current: ScoreResult;
  previous: ScoreResult;
};

function optionIdOf(answers: AnswerMap, questionId: string): string | null {
  const answer = answers[questionId];
  return answer?.kind === "option" ? answer.optionId : null;
}

function hasOption(question: Question | undefined, optionId: string | null): boolean {
  return optionId === null || Boolean(question?.options.some((option) => option.id === optionId));
}

/**
 * Scores two assessments on the questions both can be compared on: the same question id in both
 * questionnaire versions, and an answered option id that exists in both (otherwise the answer means
 * something the other version cannot say). A follow-up is compared only together with its parent. Both
 * sides are scored with the current rules, so the difference is not a difference of rules.
 */
export function compareOnSharedQuestions({ current, previous }: { current: Side; previous: Side }): SharedComparison {
  const previousById = new Map(previous.questionnaire.questions.map((question) => [question.id, question]));
  const shared = new Set<string>();
  for (const question of current.questionnaire.questions) {
    const other = previousById.get(question.id);
    if (!other) continue;
    if (!hasOption(other, optionIdOf(current.answers, question.id)) || !hasOption(question, optionIdOf(previous.answers, question.id))) continue;
    // Both versions must show it on the same parent, and the parent must be compared too (parents come first).
    const condition = question.condition;
    if (condition || other.condition) {
      if (!condition || !other.condition || condition.questionId !== other.condition.questionId || !shared.has(condition.questionId)) continue;
    }
    shared.add(question.id);
  }
  const restrict = (side: Side): Questionnaire => ({
    ...side.questionnaire,
    questions: side.questionnaire.questions.filter((question) => shared.has(question.id)),
  });
  return {
    sharedQuestionIds: [...shared],
    current: scoreAssessment({ questionnaire: restrict(current), answers: current.answers }),
    previous: scoreAssessment({ questionnaire: restrict(previous), answers: previous.answers }),
  };
}
