import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actionKey, buildPlan, formatIsoDate, milestoneDates, parseIsoDate, type PlanAction } from "../../app/plan";
import type { AnswerMap, AnswerValue } from "../../app/questionnaire/answers";
import { currentQuestionnaire } from "../../app/questionnaire/current";
import type { Question, Questionnaire } from "../../app/questionnaire/schema";
import { scoreAssessment } from "../../app/scoring";

// Property tests over random answer maps and dates for the real questionnaire.

const real = currentQuestionnaire;

function answerArbitrary(question: Question): fc.Arbitrary<AnswerValue | undefined> {
  return fc.option(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...question.options).map((option): AnswerValue => ({ kind: "option", optionId: option.id })) },
      { weight: 1, arbitrary: fc.constant<AnswerValue>({ kind: "not_applicable" }) },
      { weight: 1, arbitrary: fc.constant<AnswerValue>({ kind: "dont_know" }) },
    ),
    { nil: undefined, freq: 4 },
  );
}

function answerMapArbitrary(questionnaire: Questionnaire): fc.Arbitrary<Record<string, AnswerValue | undefined>> {
  return fc.record(Object.fromEntries(questionnaire.questions.map((question) => [question.id, answerArbitrary(question)])));
}

// Dates between 2020 and 2035, as "YYYY-MM-DD".
const dateArbitrary = fc.integer({ min: 18_262, max: 23_741 }).map((days) => formatIsoDate({ days }));

// An election date and a "today" near it, so the milestones around nomination day and election day get hit
// far more often than two independent random dates would.
const electionAndTodayArbitrary = fc.oneof(
  fc.tuple(dateArbitrary, dateArbitrary),
  fc
    .tuple(fc.integer({ min: 18_262, max: 23_741 }), fc.integer({ min: -60, max: 30 }))
    .map(([days, offset]): [string, string] => [formatIsoDate({ days }), formatIsoDate({ days: days + offset })]),
);

const effortRank = { small: 0, medium: 1, large: 2 };

/** Negative, zero or positive like a sort comparator: the plan's documented order without the final tiebreak. */
function comparePriority(a: PlanAction, b: PlanAction): number {
  return Number(b.critical) - Number(a.critical) || b.impact - a.impact || effortRank[a.effort] - effortRank[b.effort];
}

describe("buildPlan properties (real questionnaire)", () => {
  it("has one action per gap and per 'don't know', matching the score's gaps and find-out items", () => {
    fc.assert(
      fc.property(answerMapArbitrary(real), dateArbitrary, dateArbitrary, (answers, electionDate, today) => {
        const plan = buildPlan({ questionnaire: real, answers, electionDate, today });
        const score = scoreAssessment({ questionnaire: real, answers });
        const expected = [
          ...score.gaps.map((gap) => actionKey({ questionId: gap.questionId, kind: gap.maturity <= 1 ? "basic" : "next" })),
          ...score.findOut.map((item) => actionKey({ questionId: item.questionId, kind: "find_out" })),
        ];
        expect(plan.map((action) => action.key).sort()).toEqual(expected.sort());
        expect(new Set(plan.map((action) => action.key)).size).toBe(plan.length);
        // Critical: the critical findings, and not knowing a critical control.
        expect(
          plan
            .filter((action) => action.critical)
            .map((action) => action.questionId)
            .sort(),
        ).toEqual(
          [
            ...score.criticalFindings.map((finding) => finding.questionId),
            ...score.findOut.filter((item) => item.critical).map((item) => item.questionId),
          ].sort(),
        );
      }),
    );
  });

  it("is sorted: critical first, then weight × gap, then effort, then questionnaire order", () => {
    const position = new Map(real.questions.map((question, index) => [question.id, index]));
    fc.assert(
      fc.property(answerMapArbitrary(real), (answers) => {
        const plan = buildPlan({ questionnaire: real, answers, electionDate: "2026-03-18", today: "2026-01-15" });
        plan.slice(1).forEach((action, index) => {
          const previous = plan[index];
          if (!previous) return;
          const order = comparePriority(previous, action);
          expect(order).toBeLessThanOrEqual(0);
          if (order === 0) expect(position.get(previous.questionId) ?? 0).toBeLessThan(position.get(action.questionId) ?? 0);
        });
      }),
    );
  });

  it("marks exactly the small, high-impact actions as quick wins", () => {
    fc.assert(
      fc.property(answerMapArbitrary(real), (answers) => {
        const plan = buildPlan({ questionnaire: real, answers, electionDate: "2026-03-18", today: "2026-01-15" });
        for (const action of plan) {
          expect(action.impact).toBe(action.weight * action.gap);
          expect(action.quickWin).toBe(action.effort === "small" && (action.critical || action.impact >= 4));
        }
      }),
    );
  });

  it("is never due on or before the plan date, and late exactly when today is after the due date", () => {
    fc.assert(
      fc.property(answerMapArbitrary(real), electionAndTodayArbitrary, fc.integer({ min: 0, max: 60 }), (answers, [electionDate, planDate], later) => {
        const today = formatIsoDate({ days: parseIsoDate({ date: planDate }) + later });
        const dates = milestoneDates({ electionDate, today: planDate });
        for (const action of buildPlan({ questionnaire: real, answers, electionDate, today, planDate })) {
          expect(action.startDate >= planDate).toBe(true);
          expect(action.dueDate > planDate).toBe(true);
          expect(action.dueDate >= action.startDate).toBe(true);
          expect(action.late).toBe(today > action.dueDate);
          expect(action.replanned).toBe(action.timeframe !== "now" && dates[action.timeframe] <= planDate);
        }
      }),
    );
  });

  it("does not depend on the key order of the answer map and gives the same result twice", () => {
    fc.assert(
      fc.property(
        answerMapArbitrary(real).chain((answers) => {
          const entries = Object.entries(answers);
          return fc.tuple(fc.constant(answers), fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }));
        }),
        ([answers, shuffled]) => {
          const reordered: AnswerMap = Object.fromEntries(shuffled);
          const input = { questionnaire: real, electionDate: "2025-10-29", today: "2025-09-20" };
          const plan = buildPlan({ ...input, answers });
          expect(buildPlan({ ...input, answers: reordered })).toStrictEqual(plan);
          expect(buildPlan({ ...input, answers })).toStrictEqual(plan);
          expect(JSON.parse(JSON.stringify(plan))).toStrictEqual(plan);
        },
      ),
    );
  });
});
