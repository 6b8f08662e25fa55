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

describe("scoreAssessment on a hand-made questionnaire", () => {
  it("computes domain and overall scores from weight × maturity", () => {
    const result = scoreAssessment({
      questionnaire: small,
      // a3 is hidden (a1 is not m3), so its critical m0 must neither count nor be a finding.
      answers: { g1: option(2), g2: option(0), a1: option(1), a2: option(3), a3: option(0), d1: notApplicable },
    });

    // governance: (3×2 + 1×0) / (3×3 + 1×3) = 6 / 12 = 50
    expect(domainScore(result, "governance")).toEqual({
      domain: "governance",
      score: 50,
      rounded: 50,
      points: 6,
      maxPoints: 12,
      countedQuestions: 2,
      criticalFindings: 0,
    });
    // accounts: (2×1 + 2×3) / (2×3 + 2×3) = 8 / 12 = 66.666…
    const accounts = domainScore(result, "accounts");
    expect(accounts?.score).toBeCloseTo(200 / 3, 10);
    expect(accounts?.rounded).toBe(67);
    expect(accounts?.countedQuestions).toBe(2);
    // devices: only N/A, so no score at all (not 0)
    expect(domainScore(result, "devices")).toMatchObject({ score: null, rounded: null, countedQuestions: 0 });

    // overall: mean of 50 and 66.666… = 58.333…; devices does not drag it down
    expect(result.overall.score).toBeCloseTo(175 / 3, 10);
    expect(result.overall.rounded).toBe(58);
    expect(result.overall.level).toBe("getting_there");
    expect(result.overall.cappedByCriticalFinding).toBe(false);
    expect(result.criticalFindings).toEqual([]);
  });

  it("keeps domains in questionnaire order and records both versions", () => {
    const result = scoreAssessment({ questionnaire: small, answers: { g1: option(3) } });
    expect(result.domains.map((entry) => entry.domain)).toEqual(["governance", "accounts", "devices"]);
    expect(result.rulesVersion).toBe(scoringRulesVersion);
    expect(result.rulesVersion).toBe(1);
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
      answers: { g1: option(1), g2: option(3), a1: option(3), a2: option(3), a3: option(3), d1: option(3) },
    });
    // governance: (3×1 + 1×3) / 12 = 50; accounts: (6 + 6 + 3) / 15 = 100; devices: 3 / 3 = 100
    expect(result.domains.map((entry) => entry.score)).toEqual([50, 100, 100]);
    // overall: 250 / 3 = 83.333… → 83, which alone would be "resilient"
    expect(result.overall.score).toBeCloseTo(250 / 3, 10);
    expect(result.overall.rounded).toBe(83);
    expect(result.overall.uncappedLevel).toBe("resilient");
    expect(result.overall.level).toBe("getting_there");
    expect(result.overall.cappedByCriticalFinding).toBe(true);
    expect(result.criticalFindings.map((gap) => gap.questionId)).toEqual(["g1"]);
    expect(domainScore(result, "governance")?.criticalFindings).toBe(1);
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
    const result = scoreAssessment({ questionnaire: small, answers: { g1: option(0), a2: option(1) } });
    // governance 0 / 9 = 0; accounts 2 / 6 = 33.3…; overall 16.7 → vulnerable
    expect(result.overall.rounded).toBe(17);
    expect(result.overall.level).toBe("vulnerable");
    expect(result.overall.uncappedLevel).toBe("vulnerable");
    expect(result.overall.cappedByCriticalFinding).toBe(false);
    expect(result.criticalFindings).toHaveLength(2);
  });

  it("does not treat a critical question at maturity 2 as a finding", () => {
    const result = scoreAssessment({ questionnaire: small, answers: { g1: option(2), a2: option(2), g2: option(3), a1: option(3) } });
    expect(result.criticalFindings).toEqual([]);
    expect(result.gaps.map((gap) => gap.critical)).toEqual([false, false]);
  });

  it("counts a critical finding on a conditional question only while it is shown", () => {
    const shown = scoreAssessment({ questionnaire: small, answers: { a1: option(3), a3: option(0) } });
    expect(shown.criticalFindings.map((gap) => gap.questionId)).toEqual(["a3"]);
    // accounts: (2×3 + 1×0) / (6 + 3) = 66.666…
    expect(domainScore(shown, "accounts")?.score).toBeCloseTo(200 / 3, 10);

    const hidden = scoreAssessment({ questionnaire: small, answers: { a1: option(2), a3: option(0) } });
    expect(hidden.criticalFindings).toEqual([]);
    // accounts: 2×2 / 6 = 66.666… as well, but from a1 alone
    expect(domainScore(hidden, "accounts")?.countedQuestions).toBe(1);
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

  it("gives no score and no level when nothing counts", () => {
    const result = scoreAssessment({ questionnaire: small, answers: { g1: notApplicable, g2: dontKnow, d1: notApplicable } });
    expect(result.domains.map((entry) => entry.score)).toEqual([null, null, null]);
    expect(result.overall).toEqual({ score: null, rounded: null, level: null, uncappedLevel: null, cappedByCriticalFinding: false });
  });

  it("scores an all-zero domain as 0, not as missing", () => {
    const result = scoreAssessment({ questionnaire: small, answers: { d1: option(0) } });
    expect(domainScore(result, "devices")?.score).toBe(0);
    expect(result.overall.score).toBe(0);
    expect(result.overall.level).toBe("vulnerable");
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
    // "don't know" does not count: governance is g1 alone (100), accounts a1 alone (0), devices none.
    expect(result.domains.map((entry) => entry.score)).toEqual([100, 0, null]);
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

  it("ignores unknown option ids and answers to questions that do not exist", () => {
    const answers: AnswerMap = { g1: { kind: "option", optionId: "no-such-option" }, zz: option(0), g2: option(3) };
    const result = scoreAssessment({ questionnaire: small, answers });
    expect(domainScore(result, "governance")).toMatchObject({ score: 100, countedQuestions: 1 });
    expect(result.gaps).toEqual([]);
  });

  it("shows why raising an answer can lower a score when it reveals a follow-up question", () => {
    // This is why the monotonicity property only raises answers that no condition depends on.
    const before = scoreAssessment({ questionnaire: small, answers: { a1: option(2), a2: option(3), a3: option(0) } });
    const after = scoreAssessment({ questionnaire: small, answers: { a1: option(3), a2: option(3), a3: option(0) } });
    // before: (4 + 6) / 12 = 83.3…; after a3 appears: (6 + 6 + 0) / 15 = 80
    expect(domainScore(before, "accounts")?.score).toBeCloseTo(250 / 3, 10);
    expect(domainScore(after, "accounts")?.score).toBe(80);
  });

  it("returns a result that survives a JSON round trip unchanged", () => {
    const result = scoreAssessment({
      questionnaire: small,
      answers: { g1: option(1), g2: dontKnow, a1: option(3), a2: option(2), a3: option(0), d1: notApplicable },
    });
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
  });
});
