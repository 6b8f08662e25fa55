import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  noNoise,
  breakdowns,
  computeRelease,
  domainIds,
  electionTypes,
  groupOf,
  groupsOf,
  levelCategories,
  mayComputeRelease,
  organisationKinds,
  type Breakdown,
  type EarlierRelease,
  type GroupKeys,
  type MaturityValue,
  type PublishedRelease,
  type ReleaseContribution,
  type StoredRelease,
} from "../../app/insights";
import { currentQuestionnaire } from "../../app/questionnaire/current";

// Property tests of the anonymisation over random data sets. The checks below are written independently of
// app/insights/suppression.ts: they take only what an analyst sees and work out what can be derived from it.

const questions = currentQuestionnaire.questions.slice(0, 8).map((q) => ({ id: q.id, domain: q.domain }));

// Skewed towards a few groups, so small groups (the interesting case) are common.
const kindArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant("local_branch" as const) },
  { weight: 3, arbitrary: fc.constant("local_party" as const) },
  { weight: 1, arbitrary: fc.constant("national_party" as const) },
);
const electionArb = fc.oneof({ weight: 8, arbitrary: fc.constant("gemeenteraad" as const) }, { weight: 2, arbitrary: fc.constantFrom(...electionTypes) });
const maturityArb: fc.Arbitrary<MaturityValue> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom<MaturityValue>("na", "dk") },
);

function payloadOf(kinds: fc.Arbitrary<ReleaseContribution["organisationKind"]>) {
  return fc.record({
    organisationKind: kinds,
    electionType: electionArb,
    questionnaireVersion: fc.constant(1),
    month: fc.constantFrom("2026-01", "2026-02", "2026-03"),
    domainScores: fc.record(Object.fromEntries(domainIds.map((d) => [d, fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 10 })]))),
    maturities: fc.record(Object.fromEntries(questions.map((q) => [q.id, maturityArb])), { requiredKeys: [] }).map((answered) => {
      const maturities: Record<string, MaturityValue> = {};
      for (const [id, value] of Object.entries(answered)) if (value !== undefined) maturities[id] = value;
      return maturities;
    }),
  });
}
const payloadArb = payloadOf(kindArb);
// For series: every type common, so groups are shown in one release and the next, and a small change
// between two releases (the differencing attack) actually occurs.
const balancedPayloadArb = payloadOf(fc.constantFrom(...organisationKinds));

const datasetArb = fc.array(payloadArb, { maxLength: 70 }).map((list) => list.map((payload, index): ReleaseContribution => ({ ...payload, seq: index + 1 })));
const minGroupArb = fc.integer({ min: 5, max: 7 });

function release(
  contributions: readonly ReleaseContribution[],
  minGroup: number,
  earlier: EarlierRelease[] = [],
  groupsBySeq = new Map<number, GroupKeys>(),
): StoredRelease {
  return computeRelease({
    releaseId: earlier.length + 1,
    publishedAt: new Date("2026-06-01T10:00:00Z"),
    minGroup,
    contributions,
    earlier,
    groupsBySeq,
    questions,
    random: noNoise,
    period: `2026-Q${earlier.length + 1}`,
  });
}

/** Every number an analyst sees with the number of organisations it is computed over. */
function publishedFigures(published: PublishedRelease): Array<{ what: string; n: number }> {
  const figures: Array<{ what: string; n: number }> = [];
  for (const b of published.breakdowns) {
    for (const g of b.groups) {
      if (g.status !== "published") {
        expect(g.n, `${b.breakdown}/${g.group} is suppressed but has an n`).toBeNull();
        expect(g.domains).toBeNull();
        continue;
      }
      figures.push({ what: `${b.breakdown}/${g.group} size`, n: g.n ?? -1 });
      for (const d of g.domains ?? []) {
        figures.push({ what: `${b.breakdown}/${g.group}/${d.domain} level counts`, n: g.n ?? -1 });
        if (d.scores.status === "published") figures.push({ what: `${b.breakdown}/${g.group}/${d.domain} quartiles`, n: d.scores.n ?? -1 });
        else expect([d.scores.n, d.scores.median, d.scores.q1, d.scores.q3]).toEqual([null, null, null, null]);
      }
    }
  }
  // From release format 2 a gap is a rank chosen with noise, with no count to hold to K; older ones had n.
  for (const gap of published.gaps) {
    if (published.format === 2) expect([gap.n, gap.atMostOne, gap.share]).toEqual([null, null, null]);
    else figures.push({ what: `gap ${gap.questionId}`, n: gap.n ?? -1 });
  }
  for (const point of published.trend)
    for (const d of point.domains) if (d.median !== null) figures.push({ what: `trend ${point.releaseId}/${d.domain}`, n: d.n ?? -1 });
  return figures;
}

/**
 * For each variable (with its own range of possible values) and a known sum, the values each variable can
 * still take. Reachable sums of the other variables are computed by dynamic programming.
 */
function possibleValues(ranges: ReadonlyArray<readonly [number, number]>, sum: number): Array<Set<number>> {
  return ranges.map((own, index) => {
    let reachable = new Set<number>([0]);
    ranges.forEach(([low, high], other) => {
      if (other === index) return;
      const next = new Set<number>();
      for (const s of reachable) for (let v = low; v <= Math.min(high, sum); v++) if (s + v <= sum) next.add(s + v);
      reachable = next;
    });
    const values = new Set<number>();
    for (let v = own[0]; v <= Math.min(own[1], sum); v++) if (reachable.has(sum - v)) values.add(v);
    return values;
  });
}

/** What an analyst can derive about the suppressed groups of each breakdown from one release. */
function expectNothingRecoverable(published: PublishedRelease, minGroup: number): void {
  const all = published.breakdowns.find((b) => b.breakdown === "all")?.groups[0];
  if (!all || all.status !== "published" || all.n === null || !all.domains) return;
  for (const b of published.breakdowns) {
    if (b.withheld || b.breakdown === "all") continue;
    const suppressed = b.groups.filter((g) => g.status !== "published");
    if (suppressed.length === 0) continue;
    const shown = b.groups.filter((g) => g.status === "published");
    const rest = all.n - shown.reduce((sum, g) => sum + (g.n ?? 0), 0);
    // Anything derived by subtraction concerns the suppressed groups together: at least K organisations.
    expect(rest, `${b.breakdown}: suppressed groups together`).toBeGreaterThanOrEqual(minGroup);
    const sizeRanges = suppressed.map((g): [number, number] => (g.status === "fewer_than_k" ? [0, minGroup - 1] : [minGroup, rest]));
    const sizes = possibleValues(sizeRanges, rest);
    sizes.forEach((values, i) => expect(values.size, `${b.breakdown}/${suppressed[i]?.group}: size recoverable (${[...values].join(",")})`).toBeGreaterThan(1));
    const maxSize = sizes.map((values) => Math.max(...values));
    for (const domain of domainIds) {
      for (const category of levelCategories) {
        const total = all.domains.find((d) => d.domain === domain)?.levels[category] ?? 0;
        const union = total - shown.reduce((sum, g) => sum + (g.domains?.find((d) => d.domain === domain)?.levels[category] ?? 0), 0);
        expect(union).toBeGreaterThanOrEqual(0);
        // A zero for the union says "none of these ≥ K organisations": a fact about the group, as a published zero is.
        if (union === 0) continue;
        const cells = possibleValues(
          maxSize.map((high): [number, number] => [0, high]),
          union,
        );
        cells.forEach((values, i) => expect(values.size, `${b.breakdown}/${suppressed[i]?.group}/${domain}/${category} recoverable`).toBeGreaterThan(1));
      }
    }
  }
}

describe("a single release", () => {
  it("publishes no figure computed over fewer than K organisations", () => {
    fc.assert(
      fc.property(datasetArb, minGroupArb, (contributions, minGroup) => {
        const { published } = release(contributions, minGroup);
        for (const figure of publishedFigures(published)) expect(figure.n, figure.what).toBeGreaterThanOrEqual(minGroup);
      }),
      { numRuns: 300 },
    );
  });

  it("never lets a suppressed group's size or level counts be worked out from the published totals", () => {
    fc.assert(
      fc.property(datasetArb, minGroupArb, (contributions, minGroup) => {
        expectNothingRecoverable(release(contributions, minGroup).published, minGroup);
      }),
      { numRuns: 300 },
    );
  });

  it("publishes the true figures for what it shows", () => {
    fc.assert(
      fc.property(datasetArb, minGroupArb, (contributions, minGroup) => {
        const { published } = release(contributions, minGroup);
        for (const b of published.breakdowns) {
          for (const g of b.groups) {
            if (g.status !== "published") continue;
            const members = contributions.filter((c) => groupOf(c, b.breakdown) === g.group);
            expect(g.n).toBe(members.length);
            for (const d of g.domains ?? []) expect(Object.values(d.levels).reduce((a, x) => a + x, 0)).toBe(members.length);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it("does not depend on the order contributions arrive in the input", () => {
    fc.assert(
      fc.property(datasetArb, minGroupArb, fc.integer(), (contributions, minGroup, salt) => {
        const shuffled = [...contributions].sort((a, b) => ((a.seq * 7919 + salt) % 101) - ((b.seq * 7919 + salt) % 101));
        expect(release(shuffled, minGroup)).toEqual(release(contributions, minGroup));
      }),
      { numRuns: 100 },
    );
  });
});

// A sequence of arrivals, withdrawals and release attempts, run the way the model runs it.
type Operation = { kind: "add"; payload: Omit<ReleaseContribution, "seq"> } | { kind: "withdraw"; pick: number } | { kind: "release" };
const operationArb: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 3, arbitrary: payloadArb.map((payload) => ({ kind: "add" as const, payload })) },
  { weight: 3, arbitrary: balancedPayloadArb.map((payload) => ({ kind: "add" as const, payload })) },
  { weight: 1, arbitrary: fc.nat().map((pick) => ({ kind: "withdraw" as const, pick })) },
  { weight: 1, arbitrary: fc.constant({ kind: "release" as const }) },
);

type Simulated = { published: PublishedRelease; included: Set<number> };

function simulate(operations: readonly Operation[], minGroup: number) {
  // withdrawnBefore: how many releases existed when it was withdrawn (null while shared).
  const pool: Array<ReleaseContribution & { withdrawn: boolean; withdrawnBefore: number | null }> = [];
  const stored: StoredRelease[] = [];
  const releases: Simulated[] = [];
  const attempts: Array<{ before: PublishedRelease | null; after: PublishedRelease | null; fresh: number }> = [];
  for (const op of operations) {
    if (op.kind === "add") pool.push({ ...op.payload, seq: pool.length + 1, withdrawn: false, withdrawnBefore: null });
    else if (op.kind === "withdraw") {
      const open = pool.filter((c) => !c.withdrawn);
      const target = open[op.pick % Math.max(1, open.length)];
      if (target) {
        target.withdrawn = true;
        target.withdrawnBefore = releases.length;
      }
    } else {
      const lastMax = Math.max(0, ...(stored.at(-1)?.basis.included.map((r) => r[1]) ?? []));
      const current = pool.filter((c) => !c.withdrawn);
      const fresh = current.filter((c) => c.seq > lastMax).length;
      const before = releases.at(-1)?.published ?? null;
      if (mayComputeRelease({ newContributions: fresh, minGroup })) {
        const earlier = stored.map((s) => ({ published: s.published, included: s.basis.included }));
        const next = release(current, minGroup, earlier, new Map(pool.map((c) => [c.seq, c])));
        stored.push(next);
        releases.push({ published: next.published, included: new Set(current.map((c) => c.seq)) });
      }
      attempts.push({ before, after: releases.at(-1)?.published ?? null, fresh });
    }
  }
  return { pool, releases, attempts };
}

/** Groups an analyst can see as one block when comparing two releases (own union-find, independent of the app's). */
function blocks(groups: readonly string[], a: PublishedRelease, b: PublishedRelease, breakdown: Breakdown): string[][] {
  const block = new Map(groups.map((g, i) => [g, i]));
  const merge = (members: string[]) => {
    const ids = members.map((m) => block.get(m) ?? -1);
    const target = Math.min(...ids);
    for (const [g, id] of block) if (ids.includes(id)) block.set(g, target);
  };
  for (const release of [a, b]) {
    const shown = release.breakdowns.find((x) => x.breakdown === breakdown);
    if (!shown || shown.withheld) merge([...groups]);
    else {
      const hidden = shown.groups.filter((g) => g.status !== "published").map((g) => g.group);
      if (hidden.length) merge(hidden);
    }
  }
  const result = new Map<number, string[]>();
  for (const [g, id] of block) result.set(id, [...(result.get(id) ?? []), g]);
  return [...result.values()];
}

describe("a series of releases", () => {
  it("never lets the difference between any two releases isolate fewer than K contributions", () => {
    fc.assert(
      fc.property(fc.array(operationArb, { minLength: 30, maxLength: 160 }), fc.integer({ min: 5, max: 6 }), (operations, minGroup) => {
        const { pool, releases } = simulate(operations, minGroup);
        const groupBySeq = new Map(pool.map((c) => [c.seq, c]));
        for (let i = 0; i < releases.length; i++) {
          for (let j = i + 1; j < releases.length; j++) {
            const a = releases[i];
            const b = releases[j];
            if (!a || !b) continue;
            for (const breakdown of breakdowns) {
              for (const block of blocks(groupsOf[breakdown], a.published, b.published, breakdown)) {
                const inBlock = (seq: number) => {
                  const c = groupBySeq.get(seq);
                  return c !== undefined && block.includes(groupOf(c, breakdown));
                };
                const onlyA = [...a.included].filter((s) => inBlock(s) && !b.included.has(s)).length;
                const onlyB = [...b.included].filter((s) => inBlock(s) && !a.included.has(s)).length;
                const changed = onlyA + onlyB;
                expect(changed === 0 || changed >= minGroup, `releases ${i + 1} and ${j + 1}, ${breakdown} ${block.join("+")}: ${changed} changed`).toBe(true);
              }
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("keeps every release within the single-release rules too", () => {
    fc.assert(
      fc.property(fc.array(operationArb, { maxLength: 100 }), fc.integer({ min: 5, max: 6 }), (operations, minGroup) => {
        for (const { published } of simulate(operations, minGroup).releases) {
          for (const figure of publishedFigures(published)) expect(figure.n, figure.what).toBeGreaterThanOrEqual(minGroup);
          expectNothingRecoverable(published, minGroup);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("does not change what is published when fewer than K contributions arrive (adding one changes nothing)", () => {
    fc.assert(
      fc.property(fc.array(operationArb, { maxLength: 100 }), fc.integer({ min: 5, max: 6 }), (operations, minGroup) => {
        for (const attempt of simulate(operations, minGroup).attempts) {
          if (attempt.fresh < minGroup) expect(attempt.after).toBe(attempt.before);
          else expect(attempt.after).not.toBe(attempt.before);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("leaves a withdrawn contribution out of every later release", () => {
    fc.assert(
      fc.property(fc.array(operationArb, { maxLength: 100 }), fc.integer({ min: 5, max: 6 }), (operations, minGroup) => {
        const { pool, releases } = simulate(operations, minGroup);
        for (const c of pool) {
          if (c.withdrawnBefore === null) continue;
          releases.forEach((r, index) => {
            if (index >= (c.withdrawnBefore ?? 0)) expect(r.included.has(c.seq), `release ${index + 1} includes withdrawn ${c.seq}`).toBe(false);
          });
        }
      }),
      { numRuns: 100 },
    );
  });
});

it("has arbitraries that reach the interesting cases (small groups, suppression, withheld breakdowns)", () => {
  const seen = { fewer: 0, hidden: 0, withheld: 0 };
  fc.assert(
    fc.property(datasetArb, minGroupArb, (contributions, minGroup) => {
      const { published } = release(contributions, minGroup);
      for (const b of published.breakdowns) {
        if (b.withheld) seen.withheld += 1;
        for (const g of b.groups) {
          if (g.status === "fewer_than_k") seen.fewer += 1;
          if (g.status === "hidden") seen.hidden += 1;
        }
      }
    }),
    { numRuns: 200, seed: 7 },
  );
  expect(seen.fewer).toBeGreaterThan(0);
  expect(seen.hidden).toBeGreaterThan(0);
  expect(seen.withheld).toBeGreaterThan(0);
  expect(organisationKinds.length).toBe(3);
});
