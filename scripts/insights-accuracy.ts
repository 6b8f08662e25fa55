// What the ministry's figures lose to the noise (ADR 018): for synthetic fields of 20, 50 and 200 parties,
// the published medians and level shares of a noisy release against the exact figures of the same data.
// Run: npm run insights:accuracy   (optional: -- --runs 100 --epsilon 4,1,8)
import {
  buildContribution,
  computeRelease,
  levelCategories,
  noNoise,
  quartiles,
  releaseBudget,
  syntheticOrganisation,
  type PublishedRelease,
  type RandomSource,
  type ReleaseContribution,
} from "../app/insights";
import { levelForScore } from "../app/scoring/rules";
import { currentQuestionnaire, questionnaireVersions } from "../app/questionnaire/current";
import { secureRandom } from "../app/utils/random.server";

const sizes = [20, 50, 200];
const datasets = 5;
const minGroup = 5;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
const runs = Number(argument("runs") ?? 100);
const epsilons = (argument("epsilon") ?? `${releaseBudget.epsilon}`).split(",").map(Number);

const questions = [...new Map([...questionnaireVersions.values()].flatMap((v) => v.questions).map((q) => [q.id, { id: q.id, domain: q.domain }])).values()];

function field(size: number, seed: number): ReleaseContribution[] {
  return Array.from({ length: size }, (_, i) => {
    const org = syntheticOrganisation({ seed, index: i + 1, questionnaire: currentQuestionnaire });
    const payload = buildContribution({
      organisationKind: org.organisationKind,
      electionType: org.electionType,
      questionnaire: currentQuestionnaire,
      answers: org.answers,
      scores: org.scores,
      submittedAt: org.submittedAt,
    });
    return { ...payload, seq: i + 1 };
  });
}

type Errors = { median: number[]; share: number[]; n: number[] };

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}
function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Compares every figure the noisy release shows with the exact value from the raw contributions. */
function collect({
  release,
  contributions,
  errors,
}: {
  release: PublishedRelease;
  contributions: readonly ReleaseContribution[];
  errors: Record<string, Errors>;
}) {
  for (const shown of release.breakdowns) {
    for (const group of shown.groups) {
      if (group.status !== "published" || group.n === null || !group.domains) continue;
      const members = contributions.filter(
        (c) => shown.breakdown === "all" || (shown.breakdown === "organisation_kind" ? c.organisationKind : c.electionType) === group.group,
      );
      const bucket = (errors[shown.breakdown] ??= { median: [], share: [], n: [] });
      bucket.n.push(Math.abs(group.n - members.length));
      for (const figure of group.domains) {
        const scores = members.map((m) => m.domainScores[figure.domain]).filter((s): s is number => typeof s === "number");
        if (figure.scores.median !== null && scores.length) bucket.median.push(Math.abs(figure.scores.median - quartiles(scores).median));
        const exact: Record<string, number> = Object.fromEntries(levelCategories.map((c) => [c, 0]));
        for (const m of members) {
          const s = m.domainScores[figure.domain];
          const category = typeof s === "number" ? levelForScore({ score: Math.round(s) }) : "no_score";
          exact[category] = (exact[category] ?? 0) + 1;
        }
        // A level's share as the analyst best reads it: its count over the domain's published counts (the
        // group's n is a separate noisy estimate; dividing by it is worse in small groups).
        const noisyTotal = levelCategories.reduce((sum, c) => sum + figure.levels[c], 0);
        for (const category of levelCategories) {
          const published = noisyTotal > 0 ? figure.levels[category] / noisyTotal : 0;
          bucket.share.push(Math.abs(published - (exact[category] ?? 0) / members.length) * 100);
        }
      }
    }
  }
}

/** Exact top gaps by the old rule (more than half at maturity 0–1, answered by at least K), for overlap. */
function exactGaps(contributions: readonly ReleaseContribution[]): Set<string> {
  const counts = new Map<string, { n: number; low: number }>();
  for (const c of contributions)
    for (const [id, m] of Object.entries(c.maturities)) {
      if (typeof m !== "number") continue;
      const entry = counts.get(id) ?? { n: 0, low: 0 };
      entry.n += 1;
      if (m <= 1) entry.low += 1;
      counts.set(id, entry);
    }
  return new Set(
    [...counts]
      .filter(([, e]) => e.n >= minGroup && e.low * 2 > e.n)
      .sort(([, a], [, b]) => b.low / b.n - a.low / a.n)
      .slice(0, 10)
      .map(([id]) => id),
  );
}

function measure({ size, epsilon, random }: { size: number; epsilon: number; random: RandomSource }) {
  const scale = epsilon / releaseBudget.epsilon;
  const budget = {
    epsilon,
    split: {
      all: releaseBudget.split.all * scale,
      organisation_kind: releaseBudget.split.organisation_kind * scale,
      election_type: releaseBudget.split.election_type * scale,
      gaps: releaseBudget.split.gaps * scale,
    },
  };
  const errors: Record<string, Errors> = {};
  let gapHits = 0;
  let gapShown = 0;
  for (let d = 0; d < datasets; d++) {
    const contributions = field(size, 7000 + size * 10 + d);
    const exact = exactGaps(contributions);
    for (let run = 0; run < runs; run++) {
      const { published } = computeRelease({
        releaseId: 1,
        publishedAt: new Date("2027-01-01T06:00:00Z"),
        minGroup,
        contributions,
        questions,
        random,
        period: "2027-Q1",
        budget,
      });
      collect({ release: published, contributions, errors });
      for (const gap of published.gaps) {
        gapShown += 1;
        if (exact.has(gap.questionId)) gapHits += 1;
      }
    }
  }
  return { errors, gapPrecision: gapShown ? gapHits / gapShown : Number.NaN };
}

function row(label: string, values: readonly number[]): string {
  if (!values.length) return `${label.padEnd(34)} (not shown)`;
  return `${label.padEnd(34)} MAE ${mean(values).toFixed(1).padStart(5)}   p95 ${percentile(values, 0.95).toFixed(1).padStart(5)}`;
}

console.log(`Weerbaar insights accuracy: ${datasets} synthetic fields per size × ${runs} noisy releases each (K = ${minGroup}).`);
console.log(
  "Errors against the exact figures of the same data: medians in score points (0–100), level shares in percentage points, group sizes in organisations.",
);
console.log(`Budget split per release: ${JSON.stringify(releaseBudget.split)} (scaled with ε below).`);
for (const epsilon of epsilons) {
  for (const size of sizes) {
    const noisy = measure({ size, epsilon, random: secureRandom });
    const binned = measure({ size, epsilon, random: noNoise });
    console.log("");
    console.log(`ε = ${epsilon} per release, ${size} parties`);
    for (const breakdown of ["all", "organisation_kind", "election_type"]) {
      const e = noisy.errors[breakdown];
      const b = binned.errors[breakdown];
      console.log(`  ${breakdown}`);
      console.log(`    ${row("median per domain", e?.median ?? [])}   (bands alone, no noise: MAE ${b ? mean(b.median).toFixed(1) : "–"})`);
      console.log(`    ${row("level share per domain", e?.share ?? [])}`);
      console.log(`    ${row("group size n", e?.n ?? [])}`);
    }
    console.log(
      `  gaps: ${(noisy.gapPrecision * 100).toFixed(0)} % of published gaps are among the exact top ten (no noise: ${(binned.gapPrecision * 100).toFixed(0)} %)`,
    );
  }
}
