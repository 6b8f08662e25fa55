import { describe, expect, it } from "vitest";
import { actionKey, buildPlan, type PlanAction } from "../../app/plan";
import type { AnswerValue } from "../../app/questionnaire/answers";
import type { Condition, Domain, DomainId, Measure, Question, Questionnaire } from "../../app/questionnaire/schema";

// A small hand-made questionnaire; options are "m0".."m3" with the matching maturity.

function makeMeasure(title: string, overrides: Partial<Measure>): Measure {
  return {
    title: { nl: `${title} (nl)`, en: title },
    detail: { nl: `${title}: uitleg.`, en: `${title}: explanation.` },
    owner: "it_lead",
    effort: "small",
    timeframe: "now",
    ...overrides,
  };
}

function makeQuestion({
  id,
  domain = "governance",
  weight,
  critical = false,
  condition,
  basic = {},
  next = {},
}: {
  id: string;
  domain?: DomainId;
  weight: number;
  critical?: boolean;
  condition?: Condition;
  basic?: Partial<Measure>;
  next?: Partial<Measure>;
}): Question {
  return {
    id,
    domain,
    text: { nl: `Vraag ${id}?`, en: `Question ${id}?` },
    help: { why: { nl: "Waarom.", en: "Why." }, how: { nl: "Hoe.", en: "How." } },
    options: [0, 1, 2, 3].map((maturity) => ({ id: `m${maturity}`, label: { nl: `Niveau ${maturity}`, en: `Level ${maturity}` }, maturity })),
    weight,
    critical,
    allowNotApplicable: true,
    condition,
    sources: [{ publisher: "NCSC", title: "Guide", url: "https://www.ncsc.nl/" }],
    measures: { basic: makeMeasure(`Basic ${id}`, basic), next: makeMeasure(`Next ${id}`, next) },
  };
}

function makeDomain(id: DomainId): Domain {
  return { id, title: { nl: id, en: id }, intro: { nl: "Intro.", en: "Intro." } };
}

function makeQuestionnaire(questions: Question[]): Questionnaire {
  return {
    version: 3,
    title: { nl: "Test", en: "Test" },
    domains: [makeDomain("governance"), makeDomain("accounts"), makeDomain("devices")],
    questions,
  };
}

const option = (maturity: number): AnswerValue => ({ kind: "option", optionId: `m${maturity}` });
const notApplicable: AnswerValue = { kind: "not_applicable" };
const dontKnow: AnswerValue = { kind: "dont_know" };

// Election of 18 March 2026: nomination day 2 Feb, two weeks before 4 Mar, after the election 1 Apr.
const electionDate = "2026-03-18";
const earlyToday = "2026-01-15";

function keys(actions: PlanAction[]): string[] {
  return actions.map((action) => action.key);
}

describe("buildPlan ordering and quick wins", () => {
  // Questionnaire order is deliberately different from the expected plan order.
  const questionnaire = makeQuestionnaire([
    makeQuestion({ id: "f", weight: 3, next: { effort: "small", timeframe: "nomination_day" } }),
    makeQuestion({ id: "e", weight: 1, basic: { effort: "small" } }),
    makeQuestion({ id: "b", domain: "accounts", weight: 3, basic: { effort: "large" } }),
    makeQuestion({ id: "c", domain: "accounts", weight: 3, basic: { effort: "small" } }),
    makeQuestion({ id: "d", domain: "accounts", weight: 2, basic: { effort: "medium" } }),
    makeQuestion({ id: "g", domain: "devices", weight: 2, basic: { effort: "large", owner: "board" } }),
    makeQuestion({ id: "h", domain: "devices", weight: 3 }),
    makeQuestion({ id: "i", domain: "devices", weight: 2 }),
    makeQuestion({ id: "j", domain: "devices", weight: 3, critical: true, condition: { questionId: "h", optionIds: ["m0"] } }),
    makeQuestion({ id: "k", domain: "devices", weight: 2, condition: { questionId: "h", optionIds: ["m0"] } }),
    makeQuestion({ id: "a", weight: 1, critical: true, basic: { effort: "small" } }),
  ]);
  const answers = {
    f: option(2), // next step, impact 3 × 1 = 3, small
    e: option(0), // impact 1 × 3 = 3, small
    b: option(0), // impact 9, large
    c: option(0), // impact 9, small
    d: option(1), // impact 2 × 2 = 4, medium
    g: dontKnow, // find out, impact 2 × 2 = 4, small
    h: option(3), // no gap
    i: notApplicable,
    j: option(0), // hidden (h is not m0): no action, even though critical
    k: dontKnow, // hidden: no find-out action
    a: option(1), // critical finding, impact only 1 × 2 = 2
  };
  const plan = buildPlan({ questionnaire, answers, electionDate, today: earlyToday });

  it("puts critical findings first, then weight × gap, then effort, then questionnaire order", () => {
    expect(keys(plan)).toEqual(["a:basic", "c:basic", "b:basic", "g:find-out", "d:basic", "f:next", "e:basic"]);
    expect(plan.map((action) => action.impact)).toEqual([2, 9, 9, 4, 4, 3, 3]);
  });

  it("gives no action for maturity 3, not applicable, or hidden questions", () => {
    for (const id of ["h", "i", "j", "k"]) {
      expect(
        plan.some((action) => action.questionId === id),
        id,
      ).toBe(false);
    }
  });

  it("marks quick wins: small effort with weight × gap ≥ 4, or a critical finding", () => {
    expect(plan.filter((action) => action.quickWin).map((action) => action.key)).toEqual(["a:basic", "c:basic", "g:find-out"]);
  });

  it("counts weight × gap = 4 as high impact, 3 as not", () => {
    const boundary = makeQuestionnaire([
      makeQuestion({ id: "four", weight: 2 }),
      makeQuestion({ id: "three-a", weight: 1 }),
      makeQuestion({ id: "three-b", weight: 3 }),
    ]);
    const actions = buildPlan({
      questionnaire: boundary,
      answers: { four: option(1), "three-a": option(0), "three-b": option(2) },
      electionDate,
      today: earlyToday,
    });
    expect(actions.map((action) => [action.key, action.impact, action.quickWin])).toEqual([
      ["four:basic", 4, true],
      ["three-a:basic", 3, false],
      ["three-b:next", 3, false],
    ]);
  });
});

describe("buildPlan actions", () => {
  it("uses the basic step at maturity 0 and 1, the next step at 2", () => {
    const questionnaire = makeQuestionnaire([
      makeQuestion({ id: "zero", weight: 2 }),
      makeQuestion({ id: "one", weight: 2 }),
      makeQuestion({ id: "two", weight: 2, next: { owner: "communications_lead", effort: "medium", timeframe: "two_weeks_before" } }),
    ]);
    const plan = buildPlan({ questionnaire, answers: { zero: option(0), one: option(1), two: option(2) }, electionDate, today: earlyToday });
    expect(plan.map((action) => [action.key, action.kind, action.measure])).toEqual([
      ["zero:basic", "basic", "basic"],
      ["one:basic", "basic", "basic"],
      ["two:next", "next", "next"],
    ]);
    expect(plan[2]).toEqual({
      key: "two:next",
      questionId: "two",
      domain: "governance",
      kind: "next",
      measure: "next",
      title: { nl: "Next two (nl)", en: "Next two" },
      detail: { nl: "Next two: uitleg.", en: "Next two: explanation." },
      owner: "communications_lead",
      effort: "medium",
      timeframe: "two_weeks_before",
      startDate: earlyToday,
      // Medium: two weeks; the owner's first action that week, so on the Wednesday of the second week.
      dueDate: "2026-01-21",
      deadline: "2026-03-04",
      replanned: false,
      beyondDeadline: false,
      needsSupplier: false,
      late: false,
      weight: 2,
      maturity: 2,
      gap: 1,
      impact: 2,
      critical: false,
      quickWin: false,
    });
  });

  it("turns 'don't know' into a small find-out action now, owned by the basic step's owner", () => {
    const questionnaire = makeQuestionnaire([
      makeQuestion({ id: "unknown", weight: 3, critical: true, basic: { owner: "candidate_coordinator", effort: "large", timeframe: "election_day" } }),
    ]);
    const [action, ...rest] = buildPlan({ questionnaire, answers: { unknown: dontKnow }, electionDate, today: earlyToday });
    expect(rest).toEqual([]);
    expect(action).toMatchObject({
      key: "unknown:find-out",
      questionId: "unknown",
      kind: "find_out",
      measure: "basic",
      owner: "candidate_coordinator",
      effort: "small",
      timeframe: "now",
      startDate: earlyToday,
      dueDate: "2026-01-21",
      late: false,
      maturity: null,
      gap: 2,
      impact: 6,
      // Not knowing a critical control is a critical finding, as in the scoring rules.
      critical: true,
      quickWin: true,
    });
    // A short title of its own: the basic step, not the whole question.
    expect(action?.title).toEqual({ nl: "Zoek uit of dit geregeld is: Basic unknown (nl)", en: "Find out if this is in place: Basic unknown" });
  });

  it("gives a find-out action the question's short title when it has one, and is not critical on an ordinary question", () => {
    const base = makeQuestion({ id: "unknown", weight: 1 });
    const questionnaire = makeQuestionnaire([{ ...base, shortTitle: { nl: "wie de domeinnaam beheert", en: "who controls the domain name" } }]);
    const [action] = buildPlan({ questionnaire, answers: { unknown: dontKnow }, electionDate, today: earlyToday });
    expect(action?.title).toEqual({ nl: "Zoek uit: wie de domeinnaam beheert", en: "Find out: who controls the domain name" });
    expect(action?.critical).toBe(false);
  });

  it("builds keys that stay the same for the same question and step", () => {
    expect(actionKey({ questionId: "acc-mfa-email", kind: "basic" })).toBe("acc-mfa-email:basic");
    expect(actionKey({ questionId: "acc-mfa-email", kind: "next" })).toBe("acc-mfa-email:next");
    expect(actionKey({ questionId: "acc-mfa-email", kind: "find_out" })).toBe("acc-mfa-email:find-out");
    // A later assessment that moved from maturity 0 to 1 keeps the same key, so its status carries over.
    const questionnaire = makeQuestionnaire([makeQuestion({ id: "q", weight: 1 })]);
    const first = buildPlan({ questionnaire, answers: { q: option(0) }, electionDate, today: earlyToday });
    const later = buildPlan({ questionnaire, answers: { q: option(1) }, electionDate, today: earlyToday });
    expect(keys(first)).toEqual(["q:basic"]);
    expect(keys(later)).toEqual(keys(first));
  });

  it("gives an empty plan when every answer is at maturity 3 or not applicable", () => {
    const questionnaire = makeQuestionnaire([makeQuestion({ id: "p", weight: 1 }), makeQuestion({ id: "q", weight: 1 })]);
    expect(buildPlan({ questionnaire, answers: { p: option(3), q: notApplicable }, electionDate, today: earlyToday })).toEqual([]);
    // Control: the same questionnaire does produce actions, so the empty plan above is not an accident.
    expect(buildPlan({ questionnaire, answers: { p: option(2), q: option(0) }, electionDate, today: earlyToday })).toHaveLength(2);
  });

  it("rejects dates that are not YYYY-MM-DD calendar dates", () => {
    const questionnaire = makeQuestionnaire([makeQuestion({ id: "q", weight: 1 })]);
    expect(() => buildPlan({ questionnaire, answers: {}, electionDate: "18-03-2026", today: earlyToday })).toThrow(RangeError);
    expect(() => buildPlan({ questionnaire, answers: {}, electionDate, today: "2026-02-30" })).toThrow(RangeError);
  });
});

describe("buildPlan start weeks and due dates", () => {
  // One question per milestone, all at maturity 0 with equal weight and one owner.
  const questionnaire = makeQuestionnaire([
    makeQuestion({ id: "now", weight: 1, basic: { timeframe: "now" } }),
    makeQuestion({ id: "nomination", weight: 1, basic: { timeframe: "nomination_day" } }),
    makeQuestion({ id: "two-weeks", weight: 1, basic: { timeframe: "two_weeks_before" } }),
    makeQuestion({ id: "election", weight: 1, basic: { timeframe: "election_day" } }),
    makeQuestion({ id: "after", weight: 1, basic: { timeframe: "after_election" } }),
  ]);
  const answers = { now: option(0), nomination: option(0), "two-weeks": option(0), election: option(0), after: option(0) };

  function schedule({ planDate, today = planDate }: { planDate: string; today?: string }) {
    return buildPlan({ questionnaire, answers, electionDate, today, planDate }).map((action) => [
      action.questionId,
      action.startDate,
      action.dueDate,
      action.late,
      action.replanned,
    ]);
  }

  it("starts three actions of one owner in the first week and the fourth the week after; evaluation after the election", () => {
    // Thursday 15 January: the first week's small steps are due in the next week (Wednesday, Thursday, Friday by
    // their place in the owner's week), not the next day.
    expect(schedule({ planDate: "2026-01-15" })).toEqual([
      ["now", "2026-01-15", "2026-01-21", false, false],
      ["nomination", "2026-01-15", "2026-01-22", false, false],
      ["two-weeks", "2026-01-15", "2026-01-23", false, false],
      ["election", "2026-01-19", "2026-01-21", false, false],
      ["after", "2026-03-23", "2026-03-25", false, false],
    ]);
  });

  it("is late only after the due date, never on it", () => {
    // "nomination" is due on 22 January.
    expect(schedule({ planDate: "2026-01-15", today: "2026-01-22" }).map((row) => row[3])).toEqual([true, false, false, true, false]);
    expect(schedule({ planDate: "2026-01-15", today: "2026-01-23" }).map((row) => row[3])).toEqual([true, true, false, true, false]);
    expect(schedule({ planDate: "2026-01-15", today: "2026-01-24" }).map((row) => row[3])).toEqual([true, true, true, true, false]);
  });

  it("re-plans an action whose milestone has passed into the coming week instead of making it due today", () => {
    // Tuesday 3 February, the day after nomination day. The owner's first step would be due the next day:
    // too soon, so it moves to the same weekday a week later rather than onto this week's Friday.
    expect(schedule({ planDate: "2026-02-03" })).toEqual([
      ["now", "2026-02-03", "2026-02-11", false, false],
      ["nomination", "2026-02-03", "2026-02-05", false, true],
      ["two-weeks", "2026-02-03", "2026-02-06", false, false],
      ["election", "2026-02-09", "2026-02-11", false, false],
      ["after", "2026-03-23", "2026-03-25", false, false],
    ]);
  });

  it("once the election is past, still spreads the open actions over the coming weeks", () => {
    const rows = schedule({ planDate: "2026-03-19" });
    expect(rows.every(([, , dueDate]) => String(dueDate) > "2026-03-19")).toBe(true);
    expect(rows.filter(([, start]) => start === "2026-03-19")).toHaveLength(3);
    expect(rows.filter(([, start]) => start === "2026-03-23")).toHaveLength(2);
    expect(rows.map((row) => row[4])).toEqual([false, true, true, true, false]);
  });

  it("uses a corrected nomination day", () => {
    const q = makeQuestionnaire([makeQuestion({ id: "lists", weight: 1, basic: { timeframe: "candidate_lists_published", effort: "large" } })]);
    const [action] = buildPlan({ questionnaire: q, answers: { lists: option(0) }, electionDate, today: "2026-01-15", nominationDate: "2026-01-26" });
    // Large: four weeks from 15 January would be 6 February; the lists are public on 30 January.
    expect(action?.dueDate).toBe("2026-01-30");
    expect(action?.deadline).toBe("2026-01-30");
  });
});
