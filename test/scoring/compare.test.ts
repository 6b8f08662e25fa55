import { describe, expect, it } from "vitest";
import type { AnswerMap, AnswerValue } from "../../app/questionnaire/answers";
import type { Questionnaire } from "../../app/questionnaire/schema";
import { questionnaireV1 } from "../../app/questionnaire/v1";
import { questionnaireV2 } from "../../app/questionnaire/v2";
import { compareOnSharedQuestions, scoreAssessment } from "../../app/scoring";

// Comparing two assessments on different questionnaire versions: only the questions both share (same id,
// and the chosen option exists in both), both scored with today's rules.

function topAnswers(questionnaire: Questionnaire): Record<string, AnswerValue> {
  return Object.fromEntries(
    questionnaire.questions.map((question) => [
      question.id,
      { kind: "option", optionId: question.options.reduce((a, b) => (b.maturity > a.maturity ? b : a)).id },
    ]),
  );
}

// A later version of v1: one question dropped, one option renamed, so neither can be compared. Built on
// v1 (not the real v2, whose content differs in many places) so that exactly these two differences count.
const later: Questionnaire = {
  ...questionnaireV1,
  version: 99,
  questions: questionnaireV1.questions
    .filter((question) => question.id !== "gov-board-agenda")
    .map((question) =>
      question.id === "dev-lost-device"
        ? { ...question, options: question.options.map((option) => (option.maturity === 3 ? { ...option, id: "tested-twice-a-year" } : option)) }
        : question,
    ),
};

describe("compareOnSharedQuestions", () => {
  it("shares between the real versions 1 and 2 exactly the questions v2 kept with the chosen option", () => {
    const previous: AnswerMap = topAnswers(questionnaireV1);
    const current: AnswerMap = topAnswers(questionnaireV2);
    const comparison = compareOnSharedQuestions({
      current: { questionnaire: questionnaireV2, answers: current },
      previous: { questionnaire: questionnaireV1, answers: previous },
    });
    const kept = questionnaireV1.questions.filter((question) => {
      const answer = previous[question.id];
      const next = questionnaireV2.questions.find((candidate) => candidate.id === question.id);
      return answer?.kind === "option" && next !== undefined && next.options.some((option) => option.id === answer.optionId);
    });
    expect(comparison.sharedQuestionIds.length).toBeGreaterThan(0);
    expect(comparison.sharedQuestionIds.length).toBeLessThan(questionnaireV1.questions.length);
    for (const id of comparison.sharedQuestionIds) expect(kept.map((question) => question.id)).toContain(id);
    expect(comparison.sharedQuestionIds).not.toContain("acc-candidate-personal");
  });

  it("compares only questions with the same id whose chosen options exist in both versions", () => {
    const previous: AnswerMap = topAnswers(questionnaireV1);
    const current: AnswerMap = topAnswers(later);
    const comparison = compareOnSharedQuestions({
      current: { questionnaire: later, answers: current },
      previous: { questionnaire: questionnaireV1, answers: previous },
    });
    expect(comparison.sharedQuestionIds).not.toContain("gov-board-agenda");
    expect(comparison.sharedQuestionIds).not.toContain("dev-lost-device");
    expect(comparison.sharedQuestionIds).toHaveLength(questionnaireV1.questions.length - 2);
    expect(comparison.current.rulesVersion).toBe(2);
    expect(comparison.previous.rulesVersion).toBe(2);
    expect(comparison.current.overall.rounded).toBe(100);
    expect(comparison.previous.overall.rounded).toBe(100);
  });

  it("keeps a question whose answer is 'don't know' on one side, and shows a real difference", () => {
    const previous: AnswerMap = { ...topAnswers(questionnaireV1), "acc-password-manager": { kind: "dont_know" } };
    const current: AnswerMap = topAnswers(later);
    const comparison = compareOnSharedQuestions({
      current: { questionnaire: later, answers: current },
      previous: { questionnaire: questionnaireV1, answers: previous },
    });
    expect(comparison.sharedQuestionIds).toContain("acc-password-manager");
    const accounts = (result: typeof comparison.current) => result.domains.find((domain) => domain.domain === "accounts")?.score ?? null;
    expect(accounts(comparison.current)).toBe(100);
    expect(accounts(comparison.previous)).toBeLessThan(100);
  });

  it("compares a follow-up only together with its parent", () => {
    const withoutParent: Questionnaire = { ...later, questions: later.questions.filter((question) => question.id !== "gov-incident-plan") };
    const comparison = compareOnSharedQuestions({
      current: { questionnaire: withoutParent, answers: topAnswers(withoutParent) },
      previous: { questionnaire: questionnaireV1, answers: topAnswers(questionnaireV1) },
    });
    expect(comparison.sharedQuestionIds).not.toContain("gov-incident-plan");
    expect(comparison.sharedQuestionIds).not.toContain("gov-tabletop-exercise");
  });

  it("gives the same scores as scoring alone when both sides are the same version", () => {
    const answers = topAnswers(questionnaireV1);
    const comparison = compareOnSharedQuestions({
      current: { questionnaire: questionnaireV1, answers },
      previous: { questionnaire: questionnaireV1, answers },
    });
    expect(comparison.current).toStrictEqual(scoreAssessment({ questionnaire: questionnaireV1, answers }));
  });
});
