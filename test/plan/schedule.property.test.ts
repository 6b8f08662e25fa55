import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildPlan,
  defaultWeeklyLimit,
  formatIsoDate,
  milestoneDates,
  parseIsoDate,
  supplierLeadDays,
  addDays,
  weekStartOf,
  type PlanAction,
} from "../../app/plan";
import type { AnswerMap, AnswerValue } from "../../app/questionnaire/answers";
import { questionnaireVersions } from "../../app/questionnaire/current";
import { questionnaireV2 } from "../../app/questionnaire/v2";
import type { Question, Questionnaire } from "../../app/questionnaire/schema";

// The scheduler over the real questionnaires: every published version and version 2.
const questionnaires: Questionnaire[] = [...questionnaireVersions.values()];
if (!questionnaires.some((q) => q.version === questionnaireV2.version)) questionnaires.push(questionnaireV2);

function lowestOption(question: Question): AnswerValue {
  const lowest = [...question.options].sort((a, b) => a.maturity - b.maturity)[0];
  if (!lowest) throw new Error(`question ${question.id} has no options`);
  return { kind: "option", optionId: lowest.id };
}

function answerArbitrary(question: Question): fc.Arbitrary<AnswerValue | undefined> {
  return fc.option(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...question.options).map((option): AnswerValue => ({ kind: "option", optionId: option.id })) },
      { weight: 2, arbitrary: fc.constant(lowestOption(question)) },
      { weight: 1, arbitrary: fc.constant<AnswerValue>({ kind: "dont_know" }) },
    ),
    { nil: undefined, freq: 6 },
  );
}

const questionnaireArbitrary = fc.constantFrom(...questionnaires);
const answersArbitrary = questionnaireArbitrary.chain((questionnaire) =>
  fc
    .record(Object.fromEntries(questionnaire.questions.map((question) => [question.id, answerArbitrary(question)])))
    .map((answers): [Questionnaire, AnswerMap] => [questionnaire, answers]),
);
// Election 2020–2035 and a plan date from 30 weeks before to 4 weeks after it.
const datesArbitrary = fc
  .tuple(fc.integer({ min: 18_262, max: 23_741 }), fc.integer({ min: -210, max: 28 }))
  .map(([days, offset]): [string, string] => [formatIsoDate({ days }), formatIsoDate({ days: days + offset })]);
const limitArbitrary = fc.integer({ min: 1, max: 6 });

function startsPerOwnerWeek(plan: PlanAction[]): Map<string, { all: number; large: number }> {
  const counts = new Map<string, { all: number; large: number }>();
  for (const action of plan) {
    const slot = `${action.owner} ${weekStartOf({ date: action.startDate })}`;
    const count = counts.get(slot) ?? { all: 0, large: 0 };
    count.all += 1;
    if (action.effort === "large") count.large += 1;
    counts.set(slot, count);
  }
  return counts;
}

describe("the schedule (real questionnaires v1 and v2)", () => {
  it("includes version 2", () => {
    expect(questionnaires.map((q) => q.version)).toContain(2);
  });

  it("never starts more than the weekly limit per owner, at most one of them large", () => {
    fc.assert(
      fc.property(answersArbitrary, datesArbitrary, limitArbitrary, ([questionnaire, answers], [electionDate, planDate], weeklyLimit) => {
        const plan = buildPlan({ questionnaire, answers, electionDate, today: planDate, options: { weeklyLimit } });
        for (const [slot, count] of startsPerOwnerWeek(plan)) {
          expect(count.all, slot).toBeLessThanOrEqual(weeklyLimit);
          expect(count.large, slot).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("keeps the default limit of three when every answer is the lowest", () => {
    for (const questionnaire of questionnaires) {
      const answers = Object.fromEntries(questionnaire.questions.map((q) => [q.id, lowestOption(q)]));
      const plan = buildPlan({ questionnaire, answers, electionDate: "2027-03-17", today: "2026-12-09" });
      expect(plan.length).toBeGreaterThan(20);
      const counts = [...startsPerOwnerWeek(plan).values()];
      expect(Math.max(...counts.map((c) => c.all))).toBe(defaultWeeklyLimit);
      // The issue that started this: dozens of actions due on the day the plan is made.
      expect(plan.filter((a) => a.dueDate === "2026-12-09")).toEqual([]);
      expect(new Set(plan.map((a) => a.dueDate)).size).toBeGreaterThan(8);
    }
  });

  it("puts critical quick wins before every other action of the same owner", () => {
    fc.assert(
      fc.property(answersArbitrary, datesArbitrary, ([questionnaire, answers], [electionDate, planDate]) => {
        const plan = buildPlan({ questionnaire, answers, electionDate, today: planDate });
        for (const first of plan.filter((a) => a.critical && a.quickWin)) {
          for (const other of plan.filter((a) => a.owner === first.owner && !(a.critical && a.quickWin))) {
            expect(first.startDate <= other.startDate, `${first.key} before ${other.key}`).toBe(true);
          }
        }
      }),
    );
  });

  it("is due after the plan date, within the deadline unless the owner's limit forbids, and re-plans passed milestones", () => {
    fc.assert(
      fc.property(answersArbitrary, datesArbitrary, ([questionnaire, answers], [electionDate, planDate]) => {
        const dates = milestoneDates({ electionDate, today: planDate });
        const plan = buildPlan({ questionnaire, answers, electionDate, today: planDate });
        for (const action of plan) {
          expect(action.dueDate > planDate, action.key).toBe(true);
          expect(action.startDate >= planDate, action.key).toBe(true);
          expect(action.late).toBe(false);
          const passed = action.timeframe !== "now" && dates[action.timeframe] <= planDate;
          expect(action.replanned).toBe(passed);
          if (passed) expect(action.deadline).toBeNull();
          if (action.deadline !== null && !action.beyondDeadline) expect(action.dueDate <= action.deadline).toBe(true);
          if (action.timeframe === "after_election" && dates.election_day >= planDate) expect(action.startDate > dates.election_day).toBe(true);
        }
      }),
    );
  });

  it("makes supplier changes due well before the campaign starts when there is time", () => {
    for (const questionnaire of questionnaires) {
      const answers = Object.fromEntries(questionnaire.questions.map((q) => [q.id, lowestOption(q)]));
      const planDate = "2026-11-02";
      const electionDate = "2027-03-17";
      const dates = milestoneDates({ electionDate, today: planDate });
      const supplier = buildPlan({ questionnaire, answers, electionDate, today: planDate }).filter((a) => a.needsSupplier && a.timeframe !== "after_election");
      expect(supplier.length).toBeGreaterThan(0);
      for (const action of supplier) expect(action.dueDate <= addDays({ date: dates.campaign_start, days: -supplierLeadDays }), action.key).toBe(true);
    }
  });

  it("gives the same schedule for the same input", () => {
    fc.assert(
      fc.property(answersArbitrary, datesArbitrary, ([questionnaire, answers], [electionDate, planDate]) => {
        const input = { questionnaire, answers, electionDate, today: planDate };
        expect(buildPlan(input)).toStrictEqual(buildPlan(input));
      }),
      { numRuns: 30 },
    );
  });

  it("counts late strictly after the due date", () => {
    fc.assert(
      fc.property(answersArbitrary, datesArbitrary, fc.integer({ min: 0, max: 120 }), ([questionnaire, answers], [electionDate, planDate], later) => {
        const today = formatIsoDate({ days: parseIsoDate({ date: planDate }) + later });
        for (const action of buildPlan({ questionnaire, answers, electionDate, today, planDate })) {
          expect(action.late).toBe(today > action.dueDate);
          if (today === action.dueDate) expect(action.late).toBe(false);
        }
      }),
      { numRuns: 50 },
    );
  });
});
