import { levelForScore } from "../scoring/rules";
import { quartiles, inRanges, toRanges } from "./stats";
import { suppressBreakdown, type EarlierPartition } from "./suppression";
import {
  breakdowns,
  domainIds,
  groupOf,
  groupsOf,
  type Breakdown,
  type DomainFigure,
  type DomainId,
  type EarlierRelease,
  type GapFigure,
  type LevelCategory,
  type PublishedBreakdown,
  type PublishedGroup,
  type PublishedRelease,
  type ReleaseContribution,
  type StoredRelease,
  type TrendPoint,
} from "./types";

/** How many gaps a release lists. */
export const gapListLength = 10;

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
}: {
  releaseId: number;
  publishedAt: Date;
  minGroup: number;
  contributions: readonly ReleaseContribution[];
  earlier?: readonly EarlierRelease[];
  groupsBySeq?: ReadonlyMap<number, GroupKeys>;
  /** Question ids in questionnaire order with their domain; gaps are ranked over these. */
  questions: ReadonlyArray<{ id: string; domain: DomainId }>;
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
            return { group, status: "published", n: list.length, domains: domainFigures(list, minGroup) };
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
    format: 1,
    releaseId,
    publishedAt: publishedAt.toISOString(),
    minGroup,
    breakdowns: published,
    gaps: totalShown ? commonGaps(contributions, questions, minGroup) : [],
    trend: [...(previous?.published.trend ?? []), point],
  };
  return { format: 1, published: release, basis: { included } };
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

function domainFigures(list: readonly ReleaseContribution[], minGroup: number): DomainFigure[] {
  return domainIds.map((domain) => {
    const levels = emptyLevels();
    const scores: number[] = [];
    for (const contribution of list) {
      const score = contribution.domainScores[domain];
      if (typeof score === "number") {
        scores.push(score);
        const level = levelForScore({ score: Math.round(score) });
        levels[level] += 1;
      } else {
        levels.no_score += 1;
      }
    }
    if (scores.length < minGroup) return { domain, scores: { status: "fewer_than_k", n: null, median: null, q1: null, q3: null }, levels };
    return { domain, scores: { status: "published", n: scores.length, ...quartiles(scores) }, levels };
  });
}

function emptyLevels(): Record<LevelCategory, number> {
  return { vulnerable: 0, getting_there: 0, basics_in_place: 0, resilient: 0, no_score: 0 };
}

/**
 * The common gaps: questions that at least K organisations answered with an option and where most of them
 * (more than half) are at maturity 0–1; the highest share first, at most ten.
 */
function commonGaps(contributions: readonly ReleaseContribution[], questions: ReadonlyArray<{ id: string; domain: DomainId }>, minGroup: number): GapFigure[] {
  const counts = new Map<string, { n: number; low: number }>(questions.map((q) => [q.id, { n: 0, low: 0 }]));
  for (const contribution of contributions) {
    for (const [questionId, maturity] of Object.entries(contribution.maturities)) {
      if (typeof maturity !== "number") continue;
      const entry = counts.get(questionId);
      if (!entry) continue;
      entry.n += 1;
      if (maturity <= 1) entry.low += 1;
    }
  }
  return questions
    .map((question, index) => ({ question, index, ...(counts.get(question.id) ?? { n: 0, low: 0 }) }))
    .filter((entry) => entry.n >= minGroup && entry.low * 2 > entry.n)
    .sort((a, b) => b.low * a.n - a.low * b.n || b.low - a.low || a.index - b.index)
    .slice(0, gapListLength)
    .map((entry, index) => ({
      rank: index + 1,
      questionId: entry.question.id,
      domain: entry.question.domain,
      n: entry.n,
      atMostOne: entry.low,
      share: Math.round((entry.low / entry.n) * 1000) / 1000,
    }));
}
