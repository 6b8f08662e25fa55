import { describe, expect, it } from "vitest";
import {
  answersNeeded,
  capLevel,
  describeLevel,
  hasEnoughAnswers,
  isCriticalAnswerFinding,
  levelForScore,
  rankLevel,
  scoreLevelIds,
  scoreLevels,
} from "../../app/scoring";
import { questionnaireV2 } from "../../app/questionnaire/v2";

describe("score levels", () => {
  it.each([
    [0, "vulnerable"],
    [39, "vulnerable"],
    [40, "getting_there"],
    [59, "getting_there"],
    [60, "basics_in_place"],
    [79, "basics_in_place"],
    [80, "resilient"],
    [100, "resilient"],
  ] as const)("a rounded score of %i is %s", (score, level) => {
    expect(levelForScore({ score })).toBe(level);
  });

  it("ranks the levels from low to high in the order of their thresholds", () => {
    expect(scoreLevels.map((level) => level.id)).toEqual([...scoreLevelIds]);
    expect(scoreLevels.map((level) => level.minScore)).toEqual([0, 40, 60, 80]);
    expect(scoreLevelIds.map((level) => rankLevel({ level }))).toEqual([0, 1, 2, 3]);
  });

  it("has a distinct Dutch and English name and a one-line meaning for every level", () => {
    for (const id of scoreLevelIds) {
      const level = describeLevel({ level: id });
      expect(level.id).toBe(id);
      expect(level.name.nl).not.toBe("");
      expect(level.name.en).not.toBe("");
      expect(level.meaning.nl).not.toMatch(/\n/);
      expect(level.meaning.en).not.toMatch(/\n/);
    }
    expect(new Set(scoreLevels.map((level) => level.name.nl)).size).toBe(4);
    expect(new Set(scoreLevels.map((level) => level.name.en)).size).toBe(4);
    expect(describeLevel({ level: "vulnerable" }).name.nl).toBe("Kwetsbaar");
    expect(describeLevel({ level: "resilient" }).name.nl).toBe("Weerbaar");
  });

  it("caps levels above 'getting there' only when there is a critical finding", () => {
    expect(capLevel({ level: "resilient", hasCriticalFinding: true })).toBe("getting_there");
    expect(capLevel({ level: "basics_in_place", hasCriticalFinding: true })).toBe("getting_there");
    expect(capLevel({ level: "getting_there", hasCriticalFinding: true })).toBe("getting_there");
    expect(capLevel({ level: "vulnerable", hasCriticalFinding: true })).toBe("vulnerable");
    expect(capLevel({ level: "resilient", hasCriticalFinding: false })).toBe("resilient");
  });

  it("caps at 'basics in place' while a critical question is below its highest option, and a finding still wins", () => {
    expect(capLevel({ level: "resilient", hasCriticalFinding: false, hasCriticalNotHighest: true })).toBe("basics_in_place");
    expect(capLevel({ level: "basics_in_place", hasCriticalFinding: false, hasCriticalNotHighest: true })).toBe("basics_in_place");
    expect(capLevel({ level: "getting_there", hasCriticalFinding: false, hasCriticalNotHighest: true })).toBe("getting_there");
    expect(capLevel({ level: "resilient", hasCriticalFinding: true, hasCriticalNotHighest: true })).toBe("getting_there");
  });
});

describe("the 80 % rule", () => {
  it.each([
    [8, 10, true, 0],
    [7, 10, false, 1],
    [3, 10, false, 5],
    [0, 0, true, 0],
    [4, 5, true, 0],
    [3, 5, false, 1],
    [52, 64, true, 0],
    [51, 64, false, 1],
    [50, 64, false, 2],
  ])("%i chosen of %i counted: enough %s, %i more needed", (answered, counted, enough, needed) => {
    expect(hasEnoughAnswers({ answered, counted })).toBe(enough);
    expect(answersNeeded({ answered, counted })).toBe(needed);
  });
});

describe("critical findings from an answer (rules version 2)", () => {
  const critical = questionnaireV2.questions.find((question) => question.id === "acc-mfa-email");
  const plain = questionnaireV2.questions.find((question) => !question.critical);
  if (!critical || !plain) throw new Error("questionnaire version 2 lacks acc-mfa-email or a non-critical question");

  it("makes 'don't know', no answer and maturity 0–1 on a critical question a finding, maturity 2–3 not", () => {
    expect(isCriticalAnswerFinding({ question: critical, answer: { kind: "dont_know" } })).toBe(true);
    expect(isCriticalAnswerFinding({ question: critical, answer: undefined })).toBe(true);
    for (const option of critical.options) {
      expect(isCriticalAnswerFinding({ question: critical, answer: { kind: "option", optionId: option.id } })).toBe(option.maturity <= 1);
    }
    expect(isCriticalAnswerFinding({ question: critical, answer: { kind: "not_applicable" } })).toBe(false);
    expect(isCriticalAnswerFinding({ question: plain, answer: { kind: "dont_know" } })).toBe(false);
  });
});
