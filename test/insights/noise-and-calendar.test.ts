import { describe, expect, it } from "vitest";
import { geometricNoise, nextReleaseDay, noNoise, organisationIsIndependent, releaseDayOf, releasePeriodOf } from "../../app/insights";
import { fixedRandom } from "./helpers";

describe("the noise sampler", () => {
  it("adds nothing with the no-noise source and refuses a budget that is not positive", () => {
    expect(geometricNoise({ epsilon: 0.5, random: noNoise })).toBe(0);
    expect(() => geometricNoise({ epsilon: 0, random: noNoise })).toThrow();
    expect(() => geometricNoise({ epsilon: -1, random: noNoise })).toThrow();
  });

  it("draws the same noise from the same source, and the two-sided geometric distribution on the whole", () => {
    const sequence = (seed: number) => {
      const random = fixedRandom(seed);
      return Array.from({ length: 20 }, () => geometricNoise({ epsilon: 1, random }));
    };
    expect(sequence(3)).toEqual(sequence(3));
    expect(sequence(3)).not.toEqual(sequence(4));
    const epsilon = 0.5;
    const random = fixedRandom(11);
    const draws = Array.from({ length: 40_000 }, () => geometricNoise({ epsilon, random }));
    const alpha = Math.exp(-epsilon);
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const variance = draws.reduce((s, x) => s + x * x, 0) / draws.length - mean * mean;
    expect(Math.abs(mean)).toBeLessThan(0.1);
    // Var = 2α / (1 − α)² for the discrete Laplace; P(0) = (1 − α) / (1 + α).
    expect(variance / ((2 * alpha) / (1 - alpha) ** 2)).toBeGreaterThan(0.95);
    expect(variance / ((2 * alpha) / (1 - alpha) ** 2)).toBeLessThan(1.05);
    expect(draws.filter((x) => x === 0).length / draws.length).toBeCloseTo((1 - alpha) / (1 + alpha), 1);
    expect(draws.every(Number.isInteger)).toBe(true);
  });
});

describe("the release calendar", () => {
  it("names the quarter in the Dutch calendar and its first day", () => {
    expect(releasePeriodOf(new Date("2026-12-31T22:59:00Z"))).toBe("2026-Q4");
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(releasePeriodOf(new Date("2026-12-31T23:30:00Z"))).toBe("2027-Q1");
    expect(releasePeriodOf(new Date("2027-06-30T12:00:00Z"))).toBe("2027-Q2");
    expect(releaseDayOf("2027-Q3")).toBe("2027-07-01");
    expect(() => releaseDayOf("2027-Q5")).toThrow();
    expect(nextReleaseDay(new Date("2027-11-20T12:00:00Z"))).toBe("2028-01-01");
    expect(nextReleaseDay(new Date("2027-01-01T12:00:00Z"))).toBe("2027-04-01");
  });
});

describe("real, independent activity", () => {
  const now = new Date("2027-03-01T12:00:00Z");
  const days = (n: number) => new Date(now.getTime() - n * 86_400_000);
  it("needs 30 days of age, two members who signed in, and an organisation that is not disabled", () => {
    expect(organisationIsIndependent({ createdAt: days(30), disabled: false, activeMembers: 2, now })).toEqual({ independent: true, eligibleFrom: null });
    expect(organisationIsIndependent({ createdAt: days(29), disabled: false, activeMembers: 5, now })).toEqual({
      independent: false,
      eligibleFrom: new Date(days(29).getTime() + 30 * 86_400_000),
    });
    expect(organisationIsIndependent({ createdAt: days(90), disabled: false, activeMembers: 1, now })).toEqual({ independent: false, eligibleFrom: null });
    expect(organisationIsIndependent({ createdAt: days(90), disabled: true, activeMembers: 3, now }).independent).toBe(false);
  });
});
