import { describe, expect, it } from "vitest";
import { capLevel, describeLevel, levelForScore, rankLevel, scoreLevelIds, scoreLevels } from "../../app/scoring";

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
});
