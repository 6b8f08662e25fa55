import type { FigureStatus } from "./types";

/** How one earlier release showed a breakdown, and how far each group has changed since. */
export type EarlierPartition = {
  /** Groups the earlier release did not show; "all" when it withheld the breakdown. */
  suppressed: ReadonlySet<string> | "all";
  /** Per group: contributions in exactly one of the two releases (added since, or withdrawn since). */
  changed: Readonly<Record<string, number>>;
};

export type SuppressionResult = {
  /** True when no safe way to show groups exists: the release leaves the breakdown out. */
  withheld: boolean;
  status: Record<string, FigureStatus>;
};

/** What an analyst can conclude about a suppressed group's size: an inclusive interval. */
export type Interval = { low: number; high: number };

/**
 * The sizes an analyst can still think possible for each suppressed group, knowing the published sizes, the
 * total, and what the labels say ("fewer than K": 0..K−1; "hidden": at least K). Exact for one sum constraint.
 */
export function feasibleSizes({
  suppressed,
  total,
  minGroup,
}: {
  suppressed: ReadonlyArray<{ group: string; status: Exclude<FigureStatus, "published"> }>;
  /** Sum of the suppressed groups' sizes: the total minus the published sizes. */
  total: number;
  minGroup: number;
}): Map<string, Interval> {
  const bounds = suppressed.map(({ group, status }) => ({
    group,
    low: status === "fewer_than_k" ? 0 : minGroup,
    high: status === "fewer_than_k" ? minGroup - 1 : total,
  }));
  const sumLow = bounds.reduce((sum, b) => sum + b.low, 0);
  const sumHigh = bounds.reduce((sum, b) => sum + b.high, 0);
  const result = new Map<string, Interval>();
  for (const b of bounds) {
    result.set(b.group, { low: Math.max(b.low, total - (sumHigh - b.high)), high: Math.min(b.high, total - (sumLow - b.low)) });
  }
  return result;
}

/**
 * Groups an analyst can see as one block when comparing two releases: each group shown in both on its own,
 * the suppressed groups of each release together (the total minus what is shown).
 */
export function comparableBlocks({
  groups,
  suppressedNow,
  suppressedThen,
}: {
  groups: readonly string[];
  suppressedNow: ReadonlySet<string>;
  suppressedThen: ReadonlySet<string> | "all";
}): string[][] {
  const parent = new Map(groups.map((group) => [group, group]));
  const find = (group: string): string => {
    let root = group;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(group, root);
    return root;
  };
  const join = (members: Iterable<string>) => {
    let first: string | null = null;
    for (const member of members) {
      if (first === null) first = find(member);
      else parent.set(find(member), first);
    }
  };
  join(suppressedNow);
  join(suppressedThen === "all" ? groups : suppressedThen);
  const blocks = new Map<string, string[]>();
  for (const group of groups) {
    const root = find(group);
    blocks.set(root, [...(blocks.get(root) ?? []), group]);
  }
  return [...blocks.values()];
}

/** A change of 0 is no change; a change of at least K mixes at least K organisations. Anything between isolates a few. */
export function isSafeChange(changed: number, minGroup: number): boolean {
  return changed === 0 || changed >= minGroup;
}

/**
 * Decides which groups of one breakdown are shown. Primary suppression: a group under K is "fewer than K";
 * a group shown in an earlier release that changed by fewer than K contributions since is hidden. Then,
 * complementary suppression: while a suppressed group's size could be worked out from the total (or the
 * suppressed groups together hold fewer than K), or comparing with any earlier release isolates fewer than K
 * contributions, the smallest shown group is hidden too. If even that cannot make it safe, the breakdown is
 * withheld. See docs/decisions/007-anonymised-insights.md.
 */
export function suppressBreakdown({
  groups,
  counts,
  minGroup,
  earlier = [],
}: {
  groups: readonly string[];
  counts: Readonly<Record<string, number>>;
  minGroup: number;
  earlier?: readonly EarlierPartition[];
}): SuppressionResult {
  const size = (group: string) => counts[group] ?? 0;
  const status: Record<string, FigureStatus> = {};
  for (const group of groups) status[group] = size(group) < minGroup ? "fewer_than_k" : "published";
  for (const then of earlier) {
    for (const group of groups) {
      const shownThen = then.suppressed !== "all" && !then.suppressed.has(group);
      if (status[group] === "published" && shownThen && !isSafeChange(then.changed[group] ?? 0, minGroup)) status[group] = "hidden";
    }
  }

  for (;;) {
    const problem = findProblem({ groups, status, size, minGroup, earlier });
    if (!problem) return { withheld: false, status };
    const shown = groups.filter((group) => status[group] === "published");
    const preferred = shown.filter((group) => problem.includes(group));
    const candidates = preferred.length ? preferred : shown;
    // Hiding the smallest shown group costs the least information.
    const next = [...candidates].sort((a, b) => size(a) - size(b) || groups.indexOf(a) - groups.indexOf(b))[0];
    if (next === undefined) return { withheld: true, status: Object.fromEntries(groups.map((group) => [group, "hidden" as const])) };
    status[next] = "hidden";
  }
}

/** The groups involved in the first problem found, or null when the breakdown is safe to show. */
function findProblem({
  groups,
  status,
  size,
  minGroup,
  earlier,
}: {
  groups: readonly string[];
  status: Record<string, FigureStatus>;
  size: (group: string) => number;
  minGroup: number;
  earlier: readonly EarlierPartition[];
}): string[] | null {
  const suppressed = groups.flatMap((group) => {
    const value = status[group];
    return value === "fewer_than_k" || value === "hidden" ? [{ group, status: value }] : [];
  });
  if (suppressed.length > 0) {
    const total = suppressed.reduce((sum, s) => sum + size(s.group), 0);
    // Whatever can be worked out by subtraction is about these groups together: they must hold at least K.
    if (total < minGroup) return [];
    const sizes = feasibleSizes({ suppressed, total, minGroup });
    for (const interval of sizes.values()) if (interval.high - interval.low < 1) return [];
  }
  const suppressedNow = new Set(suppressed.map((s) => s.group));
  for (const then of earlier) {
    for (const block of comparableBlocks({ groups, suppressedNow, suppressedThen: then.suppressed })) {
      const changed = block.reduce((sum, group) => sum + (then.changed[group] ?? 0), 0);
      if (!isSafeChange(changed, minGroup)) return block;
    }
  }
  return null;
}
