import { describe, expect, it } from "vitest";
import type { AnswerMap, AnswerValue } from "../../app/questionnaire/answers";
import type { Condition, Domain, DomainId, Measure, Question, Questionnaire } from "../../app/questionnaire/schema";
import { scoreAssessment, scoringRulesVersion, type ScoreResult } from "../../app/scoring";

// A small hand-made questionnaire, so every expected number below can be worked out on paper.
// Options are "m0".."m3" with the matching maturity.

function makeMeasure(title: string): Measure {
  return {
    title: { nl: `${title} (nl)`, en: title },
    detail: { nl: "Uitleg.", en: "Explanation." },
    owner: "it_lead",
    effort: "small",
    timeframe: "now",
  };
}

function makeQuestion({
  id,
  domain,
  weight,
  critical = false,
  condition,
}: {
  id: string;
  domain: DomainId;
  weight: number;
  critical?: boolean;
  condition?: Condition;
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
    measures: { basic: makeMeasure(`Basic ${id}`), next: makeMeasure(`Next ${id}`) },
  };
}

function makeDomain(id: DomainId): Domain {
  return { id, title: { nl: id, en: id }, intro: { nl: "Intro.", en: "Intro." } };
}

function makeQuestionnaire(questions: Question[]): Questionnaire {
  return {
    version: 7,
    title: { nl: "Test", en: "Test" },
    domains: [makeDomain("governance"), makeDomain("accounts"), makeDomain("devices")],
    questions,
  };
}

const option = (maturity: number): AnswerValue => ({ kind: "option", optionId: `m${maturity}` });
const notApplicable: AnswerValue = { kind: "not_applicable" };
const dontKnow: AnswerValue = { kind: "dont_know" };

// g1 (w3, critical), g2 (w1) | a1 (w2), a2 (w2, critical), a3 (w1, critical, shown only when a1 = m3) | d1 (w1)
const small = makeQuestionnaire([
  makeQuestion({ id: "g1", domain: "governance", weight: 3, critical: true }),
  makeQuestion({ id: "g2", domain: "governance", weight: 1 }),
  makeQuestion({ id: "a1", domain: "accounts", weight: 2 }),
  makeQuestion({ id: "a2", domain: "accounts", weight: 2, critical: true }),
  makeQuestion({ id: "a3", domain: "accounts", weight: 1, critical: true, condition: { questionId: "a1", optionIds: ["m3"] } }),
  makeQuestion({ id: "d1", domain: "devices", weight: 1 }),
]);

function domainScore(result: ScoreResult, domain: DomainId) {
  return result.domains.find((entry) => entry.domain === domain);
}

const all = (maturity: number) => ({
  g1: option(maturity),
  g2: option(maturity),
  a1: option(maturity),
  a2: option(maturity),
  a3: option(maturity),
  d1: option(maturity),
});

describe("scoreAssessment on a hand-made questionnaire (rules version 2)", () => {
  it("computes domain and overall scores from weight × maturity, a closed follow-up counting 0", () => {
    const result = scoreAssessment({
      questionnaire: small,
      // a3 is hidden (a1 is not m3): its own answer is ignored and it counts as maturity 0.
      answers: { g1: option(2), g2: option(0), a1: option(1), a2: option(3), a3: option(3), d1: notApplicable },
    });

    // governance: (3×2 + 1×0) / (3×3 + 1×3) = 6 / 12 = 50
    expect(domainScore(result, "governance")).toEqual({
      domain: "governance",
      status: "scored",
      score: 50,
      rounded: 50,
      points: 6,
      maxPoints: 12,
      countedQuestions: 2,
      coverage: { answered: 2, counted: 2, needed: 0 },
      dontKnow: 0,
      unanswered: 0,
      criticalFindings: 0,
    });
    // accounts: (2×1 + 2×3 + 1×0) / (6 + 6 + 3) = 8 / 15 = 53.333…; the hidden a3 is not in the 80 % base
    const accounts = domainScore(result, "accounts");
    expect(accounts?.score).toBeCloseTo(160 / 3, 10);
    expect(accounts?.rounded).toBe(53);
    expect(accounts).toMatchObject({ countedQuestions: 3, coverage: { answered: 2, counted: 2, needed: 0 }, criticalFindings: 1 });
    // devices: only N/A, so no score at all (not 0)
    expect(domainScore(result, "devices")).toMatchObject({ status: "not_applicable", score: null, rounded: null, countedQuestions: 0 });

    // overall: mean of 50 and 53.333… = 51.666…; devices does not drag it down
    expect(result.overall.score).toBeCloseTo(155 / 3, 10);
    expect(result.overall.rounded).toBe(52);
    expect(result.overall.level).toBe("getting_there");
    expect(result.overall.cappedBy).toBeNull();
    // a3 is critical and closed: the control it asks about cannot be there, so it is a critical finding
    expect(result.overall.criticalFindingQuestionIds).toEqual(["a3"]);
    expect(result.overall.criticalNotHighestQuestionIds).toEqual(["g1"]);
    // … but not a gap to act on: the plan acts on a1, which opens it
    expect(result.criticalFindings).toEqual([]);
  });

  it("keeps domains in questionnaire order and records both versions", () => {
    const result = scoreAssessment({ questionnaire: small, answers: { g1: option(3) } });
    expect(result.domains.map((entry) => entry.domain)).toEqual(["governance", "accounts", "devices"]);
    expect(result.rulesVersion).toBe(scoringRulesVersion);
    expect(result.rulesVersion).toBe(2);
    expect(result.questionnaireVersion).toBe(7);
  });

  it("orders gaps by impact (weight × gap), then questionnaire order", () => {
    const result = scoreAssessment({
      questionnaire: small,
      answers: { g1: option(2), g2: option(0), a1: option(1), a2: option(3) },
    });
    // a1: 2 × 2 = 4; g1: 3 × 1 = 3; g2: 1 × 3 = 3 (g1 before g2 by questionnaire order)
    expect(result.gaps.map((gap) => [gap.questionId, gap.impact])).toEqual([
      ["a1", 4],
      ["g1", 3],
      ["g2", 3],
    ]);
    expect(result.gaps[0]).toEqual({ questionId: "a1", domain: "accounts", optionId: "m1", weight: 2, maturity: 1, gap: 2, impact: 4, critical: false });
  });

  it("caps the level at 'getting there' when a critical question is at maturity 0–1", () => {
    const result = scoreAssessment({
      questionnaire: small,
      answers: { ...all(3), g1: option(1) },
    });
    // governance: (3×1 + 1×3) / 12 = 50; accounts: (6 + 6 + 3) / 15 = 100; devices: 3 / 3 = 100
    expect(result.domains.map((entry) => entry.score)).toEqual([50, 100, 100]);
    // overall: 250 / 3 = 83.333… → 83, which alone would be "resilient"
    expect(result.overall.rounded).toBe(83);
    expect(result.overall.uncappedLevel).toBe("resilient");
    expect(result.overall.level).toBe("getting_there");
    expect(result.overall.cappedByCriticalFinding).toBe(true);
    expect(result.overall.cappedBy).toBe("critical_finding");
    expect(result.criticalFindings.map((gap) => gap.questionId)).toEqual(["g1"]);
    expect(domainScore(result, "governance")?.criticalFindings).toBe(1);
  });

  it("caps the level at 'basics in place' while a critical question is below its highest option", () => {
    const result = scoreAssessment({ questionnaire: small, answers: { ...all(3), a2: option(2) } });
    // accounts: (6 + 4 + 3) / 15 = 86.666…; overall (100 + 86.666… + 100) / 3 = 95.6 → 96: "resilient" alone
    expect(result.overall.rounded).toBe(96);
    expect(result.overall.uncappedLevel).toBe("resilient");
    expect(result.overall.level).toBe("basics_in_place");
    expect(result.overall.cappedBy).toBe("critical_not_highest");
    expect(result.overall.cappedByCriticalFinding).toBe(false);
    expect(result.overall.criticalNotHighestQuestionIds).toEqual(["a2"]);
    // maturity 2 is no critical finding
    expect(result.criticalFindings).toEqual([]);
    expect(result.overall.criticalFindingQuestionIds).toEqual([]);

    const top = scoreAssessment({ questionnaire: small, answers: all(3) });
    expect(top.overall).toMatchObject({ level: "resilient", cappedBy: null, criticalNotHighestQuestionIds: [] });
  });

  it("does not call a critical question 'not applicable' fully in place (version 1 content still offers it)", () => {
    const result = scoreAssessment({ questionnaire: small, answers: { ...all(3), a2: notApplicable } });
    expect(result.overall.uncappedLevel).toBe("resilient");
    expect(result.overall.level).toBe("basics_in_place");
    expect(result.overall.criticalNotHighestQuestionIds).toEqual(["a2"]);
  });

  it("puts critical findings first, even before a larger non-critical gap", () => {
    const result = scoreAssessment({
      questionnaire: small,
      // a2 is critical at m1: impact 2 × 2 = 4; g2 is not critical at m0: impact 1 × 3 = 3; g1 critical at m0: 9
      answers: { g1: option(0), g2: option(0), a1: option(0), a2: option(1) },
    });
    // a1 has impact 2 × 3 = 6, larger than a2's 4, but a2 is a critical finding.
    expect(result.gaps.map((gap) => gap.questionId)).toEqual(["g1", "a2", "a1", "g2"]);
    expect(result.criticalFindings.map((gap) => gap.questionId)).toEqual(["g1", "a2"]);
  });

  it("does not cap a level that is already below the cap", () => {
    const result = scoreAssessment({ questionnaire: small, answers: { ...all(0), a2: option(1), d1: option(3) } });
    // governance 0; accounts (0 + 2 + 0) / 15 = 13.3…; devices 100; overall 37.8 → vulnerable
    expect(result.overall.rounded).toBe(38);
    expect(result.overall.level).toBe("vulnerable");
    expect(result.overall.uncappedLevel).toBe("vulnerable");
    expect(result.overall.cappedBy).toBeNull();
    expect(result.overall.criticalFindingQuestionIds).toEqual(["g1", "a2", "a3"]);
  });

  it("counts 'don't know' as maturity 0 and, on a critical question, as a critical finding", () => {
    const result = scoreAssessment({ questionnaire: small, answers: { ...all(3), g1: dontKnow } });
    // governance: (0 + 3) / 12 = 25; accounts and devices 100; overall 75 → basics in place, capped
    expect(domainScore(result, "governance")).toMatchObject({
      score: null,
      points: 3,
      maxPoints: 12,
      dontKnow: 1,
      criticalFindings: 1,
      coverage: { answered: 1, counted: 2, needed: 1 },
    });
    // 1 of 2 governance questions has a chosen option: not enough for a domain score of its own
    expect(domainScore(result, "governance")?.status).toBe("not_enough_answers");
    // the total has 5 of 6 (83 %), enough; it still counts governance's 25
    expect(result.overall.coverage).toEqual({ answered: 5, counted: 6, needed: 0 });
    expect(result.overall.score).toBe(75);
    expect(result.overall.uncappedLevel).toBe("basics_in_place");
    expect(result.overall.level).toBe("getting_there");
    expect(result.overall.cappedBy).toBe("critical_finding");
    expect(result.overall.criticalFindingQuestionIds).toEqual(["g1"]);
    expect(result.findOut).toEqual([{ questionId: "g1", domain: "governance", weight: 3, critical: true }]);
    // a critical "don't know" is no gap with an option; the plan's find-out action carries it
    expect(result.criticalFindings).toEqual([]);
  });

  it("shows no score below 80 % chosen answers and says how many are missing", () => {
    const ten = makeQuestionnaire(Array.from({ length: 10 }, (_, index) => makeQuestion({ id: `g${index + 1}`, domain: "governance", weight: 2 })));
    const answers = (chosenCount: number, dontKnowCount = 0): AnswerMap =>
      Object.fromEntries(
        ten.questions.map((question, index) => [question.id, index < chosenCount ? option(3) : index < chosenCount + dontKnowCount ? dontKnow : undefined]),
      );

    const three = scoreAssessment({ questionnaire: ten, answers: answers(3, 4) });
    expect(domainScore(three, "governance")).toMatchObject({
      status: "not_enough_answers",
      score: null,
      rounded: null,
      coverage: { answered: 3, counted: 10, needed: 5 },
      dontKnow: 4,
      unanswered: 3,
    });
    expect(three.overall).toMatchObject({ status: "not_enough_answers", score: null, level: null, coverage: { answered: 3, counted: 10, needed: 5 } });

    const seven = scoreAssessment({ questionnaire: ten, answers: answers(7, 3) });
    expect(domainScore(seven, "governance")).toMatchObject({ status: "not_enough_answers", coverage: { answered: 7, counted: 10, needed: 1 } });

    // exactly 80 %: enough; the two unanswered count 0 (8 × 6 / 60 = 80)
    const eight = scoreAssessment({ questionnaire: ten, answers: answers(8) });
    expect(domainScore(eight, "governance")).toMatchObject({ status: "scored", score: 80, coverage: { answered: 8, counted: 10, needed: 0 }, unanswered: 2 });
    expect(eight.overall).toMatchObject({ status: "scored", rounded: 80, level: "resilient" });

    // not applicable leaves the base: 7 chosen of 8 applicable is enough
    const withNotApplicable = scoreAssessment({ questionnaire: ten, answers: { ...answers(7), g9: notApplicable, g10: notApplicable } });
    expect(domainScore(withNotApplicable, "governance")).toMatchObject({ status: "scored", coverage: { answered: 7, counted: 8, needed: 0 } });
  });

  it("closes a follow-up as a critical finding while its parent is low, and leaves it out under 'not applicable'", () => {
    const shown = scoreAssessment({ questionnaire: small, answers: { a1: option(3), a3: option(0) } });
    expect(shown.criticalFindings.map((gap) => gap.questionId)).toEqual(["a3"]);
    // accounts: (2×3 + 0 + 1×0) / 15 = 40 (a2 unanswered counts 0)
    expect(domainScore(shown, "accounts")?.points).toBe(6);
    expect(domainScore(shown, "accounts")?.maxPoints).toBe(15);

    const closed = scoreAssessment({ questionnaire: small, answers: { a1: option(2), a3: option(3) } });
    expect(closed.overall.criticalFindingQuestionIds).toContain("a3");
    expect(domainScore(closed, "accounts")).toMatchObject({ points: 4, maxPoints: 15, countedQuestions: 3 });

    const leftOut = scoreAssessment({ questionnaire: small, answers: { a1: notApplicable, a3: option(0) } });
    expect(leftOut.overall.criticalFindingQuestionIds).not.toContain("a3");
    expect(domainScore(leftOut, "accounts")).toMatchObject({ points: 0, maxPoints: 6, countedQuestions: 1 });
  });

  it("never lowers a score when a better answer opens a follow-up, answered low or not at all", () => {
    // Under rules version 1 this lowered accounts from 83.3 to 80: the follow-up joined the base only
    // when shown. Now it is in the base as 0 while closed, so opening it can only add points.
    const before = scoreAssessment({ questionnaire: small, answers: { ...all(3), a1: option(2), a3: option(0) } });
    const after = scoreAssessment({ questionnaire: small, answers: { ...all(3), a3: option(0) } });
    // before: (4 + 6 + 0) / 15 = 66.7; after: (6 + 6 + 0) / 15 = 80
    expect(domainScore(before, "accounts")?.score).toBeCloseTo(200 / 3, 10);
    expect(domainScore(after, "accounts")?.score).toBe(80);

    // opened but unanswered: it counts 0 and stays out of the 80 % base, so the status does not drop
    const opened = scoreAssessment({ questionnaire: small, answers: { ...all(3), a3: undefined } });
    expect(domainScore(opened, "accounts")).toMatchObject({ status: "scored", score: 80, coverage: { answered: 2, counted: 2, needed: 0 }, unanswered: 1 });
  });

  it("applies the level thresholds to the rounded score, so a displayed 80 reads 'resilient'", () => {
    const questionnaire = makeQuestionnaire([
      makeQuestion({ id: "g1", domain: "governance", weight: 3 }),
      makeQuestion({ id: "g2", domain: "governance", weight: 3 }),
      makeQuestion({ id: "g3", domain: "governance", weight: 2 }),
      makeQuestion({ id: "g4", domain: "governance", weight: 1 }),
      makeQuestion({ id: "d1", domain: "devices", weight: 1 }),
    ]);
    const result = scoreAssessment({
      questionnaire,
      answers: { g1: option(3), g2: option(2), g3: option(0), g4: option(1), d1: option(3) },
    });
    // governance: (9 + 6 + 0 + 1) / 27 = 16 / 27 = 59.259…; devices 100; overall 79.629… → 80
    expect(domainScore(result, "governance")?.score).toBeCloseTo(1600 / 27, 10);
    expect(result.overall.score).toBeCloseTo((100 + 1600 / 27) / 2, 10);
    expect(result.overall.score).toBeLessThan(80);
    expect(result.overall.rounded).toBe(80);
    expect(result.overall.level).toBe("resilient");
  });

  it("gives no score and no level when nothing has a chosen option", () => {
    const result = scoreAssessment({ questionnaire: small, answers: { g1: notApplicable, g2: dontKnow, d1: notApplicable } });
    expect(result.domains.map((entry) => [entry.status, entry.score])).toEqual([
      ["not_enough_answers", null],
      ["not_enough_answers", null],
      ["not_applicable", null],
    ]);
    expect(result.overall).toMatchObject({ status: "not_enough_answers", score: null, rounded: null, level: null, uncappedLevel: null, cappedBy: null });
    // every applicable question is not applicable: nothing to score at all
    const none = scoreAssessment({
      questionnaire: small,
      answers: { g1: notApplicable, g2: notApplicable, a1: notApplicable, a2: notApplicable, d1: notApplicable },
    });
    expect(none.overall).toMatchObject({ status: "not_applicable", score: null, level: null });
  });

  it("scores an all-zero domain as 0, not as missing", () => {
    const result = scoreAssessment({ questionnaire: small, answers: { ...all(3), d1: option(0) } });
    expect(domainScore(result, "devices")).toMatchObject({ status: "scored", score: 0 });
  });

  it("lists 'don't know' on visible questions as find-out items, critical and heavy first", () => {
    const result = scoreAssessment({
      questionnaire: small,
      // a3 is hidden (a1 = m0), so its "don't know" is not a find-out item.
      answers: { g1: option(3), g2: dontKnow, a1: option(0), a2: dontKnow, a3: dontKnow, d1: dontKnow },
    });
    expect(result.findOut).toEqual([
      { questionId: "a2", domain: "accounts", weight: 2, critical: true },
      { questionId: "g2", domain: "governance", weight: 1, critical: false },
      { questionId: "d1", domain: "devices", weight: 1, critical: false },
    ]);
    // "don't know" counts 0: governance 9 / 12 = 75, accounts 0 / 15, devices 0 / 3
    expect(result.domains.map((entry) => [entry.points, entry.maxPoints])).toEqual([
      [9, 12],
      [0, 15],
      [0, 3],
    ]);
  });

  it("lists critical find-out items before heavier or earlier ones", () => {
    // a3 is critical with weight 1; g2 and d1 are not critical, weight 1, and g2 comes earlier.
    const result = scoreAssessment({
      questionnaire: small,
      answers: { g1: option(3), g2: dontKnow, a1: option(3), a2: option(3), a3: dontKnow, d1: dontKnow },
    });
    expect(result.findOut.map((item) => item.questionId)).toEqual(["a3", "g2", "d1"]);
  });

  it("lists strengths at maturity 3 by weight, then questionnaire order", () => {
    const result = scoreAssessment({
      questionnaire: small,
      answers: { g1: option(1), g2: option(3), a1: option(3), a2: option(3), a3: option(3), d1: option(3) },
    });
    expect(result.strengths.map((strength) => [strength.questionId, strength.weight])).toEqual([
      ["a1", 2],
      ["a2", 2],
      ["g2", 1],
      ["a3", 1],
      ["d1", 1],
    ]);
  });

  it("treats an unknown option id as no answer and ignores answers to questions that do not exist", () => {
    const answers: AnswerMap = { g1: { kind: "option", optionId: "no-such-option" }, zz: option(0), g2: option(3) };
    const result = scoreAssessment({ questionnaire: small, answers });
    // g1 counts 0 and is not a chosen option: 3 / 12 = 25, 1 of 2 chosen
    expect(domainScore(result, "governance")).toMatchObject({ points: 3, maxPoints: 12, unanswered: 1, coverage: { answered: 1, counted: 2, needed: 1 } });
    expect(result.overall.criticalFindingQuestionIds).toContain("g1");
    expect(result.gaps).toEqual([]);
  });

  it("returns a result that survives a JSON round trip unchanged", () => {
    const result = scoreAssessment({
      questionnaire: small,
      answers: { g1: option(1), g2: dontKnow, a1: option(3), a2: option(2), a3: option(0), d1: notApplicable },
    });
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
  });
});
