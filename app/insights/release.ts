import { geometricNoise, type RandomSource } from "./noise";
import { inRanges, roundOne, toRanges } from "./stats";
import { suppressBreakdown, type EarlierPartition } from "./suppression";
import {
  breakdowns,
  domainIds,
  groupOf,
  groupsOf,
  levelCategories,
  type Breakdown,
  type DomainFigure,
  type DomainId,
  type EarlierRelease,
  type GapFigure,
  type LevelCategory,
  type PublishedBreakdown,
  type ReleasePrivacy,
  type PublishedGroup,
  type PublishedRelease,
  type ReleaseContribution,
  type StoredRelease,
  type TrendPoint,
} from "./types";

/** How many gaps a release lists. */
export const gapListLength = 10;

/**
 * The privacy budget of one release (ε, differential privacy with one organisation added or removed) and
 * its split: each breakdown's figures get a quarter, the list of gaps a quarter. Within a breakdown every
 * organisation falls in one group, and in each of the seven domains in one cell of that group's histogram,
 * so each domain's histogram gets a seventh of the breakdown's share. ADR 018 explains the choice.
 */
export const releaseBudget = { epsilon: 4, split: { all: 1, organisation_kind: 1, election_type: 1, gaps: 1 } } as const;

/** A release may be computed only when at least K contributions arrived (and were not withdrawn) since the last one. */
export function mayComputeRelease({ newContributions, minGroup }: { newContributions: number; minGroup: number }): boolean {
  return newContributions >= minGroup;
}

/** The groups each contribution belongs to, by seq: also for contributions withdrawn since an earlier release. */
export type GroupKeys = { organisationKind: string; electionType: string };

/**
 * Computes one release from the contributions it includes. Pure: the same input gives the same release.
 * `earlier` are all earlier releases (any order), so no comparison with any of them isolates fewer than K
 * contributions; `groupsBySeq` must know every seq those releases included.
 */
export function computeRelease({
  releaseId,
  publishedAt,
  minGroup,
  contributions,
  earlier = [],
  groupsBySeq = new Map(),
  questions,
  random,
  period,
  budget = releaseBudget,
}: {
  releaseId: number;
  publishedAt: Date;
  minGroup: number;
  contributions: readonly ReleaseContribution[];
  earlier?: readonly EarlierRelease[];
  groupsBySeq?: ReadonlyMap<number, GroupKeys>;
  /** Question ids in questionnaire order with their domain; gaps are ranked over these. */
  questions: ReadonlyArray<{ id: string; domain: DomainId }>;
  /** Where the noise comes from: node:crypto in production, a fixed source in tests. */
  random: RandomSource;
  /** The release calendar's period this release belongs to. */
  period: string;
  budget?: { epsilon: number; split: ReleasePrivacy["split"] };
}): StoredRelease {
  const included = toRanges(contributions.map((c) => c.seq));
  const includedNow = new Set(contributions.map((c) => c.seq));
  const groupsNow = new Map<number, GroupKeys>(contributions.map((c) => [c.seq, c]));

  const published: PublishedBreakdown[] = breakdowns.map((breakdown) => {
    const groups = groupsOf[breakdown];
    const members = new Map<string, ReleaseContribution[]>(groups.map((group) => [group, []]));
    for (const contribution of contributions) members.get(groupOf(contribution, breakdown))?.push(contribution);
    const counts = Object.fromEntries(groups.map((group) => [group, members.get(group)?.length ?? 0]));
    const partitions = earlier.map((release) => earlierPartition({ release, breakdown, includedNow, groupsNow, groupsBySeq }));
    const { withheld, status } = suppressBreakdown({ groups, counts, minGroup, earlier: partitions });
    return {
      breakdown,
      withheld,
      groups: withheld
        ? []
        : groups.map((group): PublishedGroup => {
            const groupStatus = status[group] ?? "hidden";
            if (groupStatus !== "published") return { group, status: groupStatus, n: null, domains: null };
            const list = members.get(group) ?? [];
            const noisy = noisyGroup({ list, epsilon: budget.split[breakdown], random });
            return { group, status: "published", n: noisy.n, domains: noisy.domains.map((d) => domainFigure(d, minGroup, noisy.n)) };
          }),
    };
  });

  const all = published.find((b) => b.breakdown === "all")?.groups[0];
  const totalShown = all?.status === "published";
  const previous = [...earlier].sort((a, b) => a.published.releaseId - b.published.releaseId).at(-1);
  const point: TrendPoint = {
    releaseId,
    publishedAt: publishedAt.toISOString(),
    n: totalShown ? (all?.n ?? null) : null,
    domains: domainIds.map((domain) => {
      const figure = all?.domains?.find((d) => d.domain === domain)?.scores;
      return { domain, n: figure?.n ?? null, median: figure?.median ?? null };
    }),
  };

  const release: PublishedRelease = {
    format: 2,
    privacy: { epsilon: budget.epsilon, split: { ...budget.split }, period },
    releaseId,
    publishedAt: publishedAt.toISOString(),
    minGroup,
    breakdowns: published,
    gaps: totalShown ? commonGaps({ contributions, questions, epsilon: budget.split.gaps, random }) : [],
    trend: [...(previous?.published.trend ?? []), point],
  };
  return { format: 2, published: release, basis: { included } };
}

function earlierPartition({
  release,
  breakdown,
  includedNow,
  groupsNow,
  groupsBySeq,
}: {
  release: EarlierRelease;
  breakdown: Breakdown;
  includedNow: ReadonlySet<number>;
  groupsNow: ReadonlyMap<number, GroupKeys>;
  groupsBySeq: ReadonlyMap<number, GroupKeys>;
}): EarlierPartition {
  const shown = release.published.breakdowns.find((b) => b.breakdown === breakdown);
  const suppressed = !shown || shown.withheld ? "all" : new Set(shown.groups.filter((g) => g.status !== "published").map((g) => g.group));
  const changed: Record<string, number> = {};
  const bump = (keys: GroupKeys | undefined) => {
    // A seq nobody knows any more cannot be placed in a group: count it everywhere, which only hides more.
    const targets = keys ? [groupOf(keys, breakdown)] : groupsOf[breakdown];
    for (const group of targets) changed[group] = (changed[group] ?? 0) + 1;
  };
  // Contributions in the earlier release but not in this one (withdrawn since).
  for (const [from, to] of release.included) {
    for (let seq = from; seq <= to; seq++) if (!includedNow.has(seq)) bump(groupsBySeq.get(seq) ?? groupsNow.get(seq));
  }
  // Contributions in this release but not in the earlier one (arrived since).
  for (const [seq, keys] of groupsNow) if (!inRanges(release.included, seq)) bump(keys);
  return { suppressed, changed };
}

// Each domain's scores as a histogram of five score bands (the level thresholds 40, 60 and 80 fall on band
// edges) plus "no score". One organisation sits in exactly one cell per domain.
const bandWidth = 20;
const bandCount = 5;
const levelOfBand: readonly LevelCategory[] = ["vulnerable", "vulnerable", "getting_there", "basics_in_place", "resilient"];

type NoisyHistogram = { domain: DomainId; bands: number[]; noScore: number };

/** The group's histograms with noise, and its size estimated from them (post-processing, no extra budget). */
function noisyGroup({ list, epsilon, random }: { list: readonly ReleaseContribution[]; epsilon: number; random: RandomSource }): {
  n: number;
  domains: NoisyHistogram[];
} {
  const perDomain = epsilon / domainIds.length;
  const domains = domainIds.map((domain): NoisyHistogram => {
    const bands = new Array<number>(bandCount).fill(0);
    let noScore = 0;
    for (const contribution of list) {
      const score = contribution.domainScores[domain];
      if (typeof score === "number") {
        const band = Math.min(bandCount - 1, Math.max(0, Math.floor(Math.round(score) / bandWidth)));
        bands[band] = (bands[band] ?? 0) + 1;
      } else noScore += 1;
    }
    return {
      domain,
      bands: bands.map((count) => count + geometricNoise({ epsilon: perDomain, random })),
      noScore: noScore + geometricNoise({ epsilon: perDomain, random }),
    };
  });
  // Every histogram counts every organisation once, so each total estimates n; their mean has less noise.
  const totals = domains.map((d) => d.bands.reduce((sum, count) => sum + count, 0) + d.noScore);
  const n = Math.max(0, Math.round(totals.reduce((sum, total) => sum + total, 0) / totals.length));
  return { n, domains };
}

/** Median and quartiles read off the noisy bands (linear within a band), level counts by adding bands. */
function domainFigure(histogram: NoisyHistogram, minGroup: number, groupSize: number): DomainFigure {
  const levels = emptyLevels();
  histogram.bands.forEach((count, band) => {
    const level = levelOfBand[band] ?? "vulnerable";
    levels[level] += count;
  });
  levels.no_score += histogram.noScore;
  for (const category of levelCategories) levels[category] = Math.max(0, Math.round(levels[category]));
  const clamped = histogram.bands.map((count) => Math.max(0, count));
  // Never more organisations with a score than in the group: capping is post-processing, it costs no budget.
  const scored = Math.min(groupSize, Math.max(0, Math.round(histogram.bands.reduce((sum, count) => sum + count, 0))));
  const mass = clamped.reduce((sum, count) => sum + count, 0);
  if (scored < minGroup || mass <= 0)
    return { domain: histogram.domain, scores: { status: "fewer_than_k", n: null, median: null, q1: null, q3: null }, levels };
  const at = (p: number) => {
    const target = p * mass;
    let before = 0;
    for (let band = 0; band < clamped.length; band++) {
      const count = clamped[band] ?? 0;
      if (count > 0 && before + count >= target) return roundOne(band * bandWidth + ((target - before) / count) * bandWidth);
      before += count;
    }
    return 100;
  };
  return { domain: histogram.domain, scores: { status: "published", n: scored, median: at(0.5), q1: at(0.25), q3: at(0.75) }, levels };
}
function emptyLevels(): Record<LevelCategory, number> {
  return { vulnerable: 0, getting_there: 0, basics_in_place: 0, resilient: 0, no_score: 0 };
}

/**
 * The common gaps: up to ten questions where most organisations that answered with an option are at
 * maturity 0–1, most marked first. Chosen by "report noisy max" ten times over: each round adds fresh noise
 * to every remaining question's margin (organisations at 0–1 minus the others, which one organisation
 * moves by at most 1) and to a "stop" at 0, and takes the largest. Only the ranked questions are published,
 * no counts: a count per question would need its own share of the budget, and there are dozens.
 */
function commonGaps({
  contributions,
  questions,
  epsilon,
  random,
}: {
  contributions: readonly ReleaseContribution[];
  questions: ReadonlyArray<{ id: string; domain: DomainId }>;
  epsilon: number;
  random: RandomSource;
}): GapFigure[] {
  const margins = new Map<string, number>(questions.map((q) => [q.id, 0]));
  for (const contribution of contributions) {
    for (const [questionId, maturity] of Object.entries(contribution.maturities)) {
      if (typeof maturity !== "number") continue;
      const margin = margins.get(questionId);
      if (margin === undefined) continue;
      margins.set(questionId, margin + (maturity <= 1 ? 1 : -1));
    }
  }
  // Report noisy max with noise of scale 2/ε' is ε'-private for scores that move by at most 1 in either direction.
  const perRound = epsilon / gapListLength / 2;
  const remaining = questions.map((question, index) => ({ question, index }));
  const gaps: GapFigure[] = [];
  for (let round = 0; round < gapListLength; round++) {
    let best: { position: number; value: number } = { position: -1, value: geometricNoise({ epsilon: perRound, random }) };
    remaining.forEach((entry, position) => {
      const value = (margins.get(entry.question.id) ?? 0) + geometricNoise({ epsilon: perRound, random });
      if (value > best.value) best = { position, value };
    });
    const chosen = remaining[best.position];
    if (!chosen) break;
    remaining.splice(best.position, 1);
    gaps.push({ rank: gaps.length + 1, questionId: chosen.question.id, domain: chosen.question.domain, n: null, atMostOne: null, share: null });
  }
  return gaps;
}
