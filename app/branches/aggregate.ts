// Party-wide figures across branches. Pure. A figure is built only from enough branches that each chose to
// share scores, so that no branch can be singled out from an aggregate it did not share individually.

/** A party figure (a weakest domain, a common gap) needs at least this many branches behind it. */
export const partyFigureMinBranches = 3;
/** A branch sees the party's median beside its own figures only when at least this many branches share scores. */
export const branchComparisonMinBranches = 5;

/** The median of a list of numbers, rounded to a whole number; null for an empty list. */
export function medianOf({ values }: { values: readonly number[] }): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(median);
}

export type BranchScores = { domains: Record<string, number | null> };

export type DomainFigure = {
  domain: string;
  /** Branches with a score in this domain. */
  branches: number;
  /** Null when fewer than the minimum branches have a score in the domain. */
  median: number | null;
};

/** Per domain: the median score over the branches with a score there, when at least `minBranches` have one. */
export function domainMedians({
  domains,
  branches,
  minBranches = partyFigureMinBranches,
}: {
  domains: readonly string[];
  branches: readonly BranchScores[];
  minBranches?: number;
}): DomainFigure[] {
  return domains.map((domain) => {
    const values = branches.map((branch) => branch.domains[domain]).filter((value): value is number => typeof value === "number");
    return { domain, branches: values.length, median: values.length >= minBranches ? medianOf({ values }) : null };
  });
}

/** The weakest domains first: lowest median, only domains with a median. */
export function weakestDomains({ figures, limit = 3 }: { figures: readonly DomainFigure[]; limit?: number }): DomainFigure[] {
  return figures
    .filter((figure) => figure.median !== null)
    .sort((a, b) => (a.median ?? 0) - (b.median ?? 0) || b.branches - a.branches)
    .slice(0, limit);
}

export type GapFigure = { questionId: string; branches: number };

/**
 * The gaps most branches share: questions where the control is missing, counted once per branch. Only
 * gaps that at least `minBranches` branches have, out of a group of at least `minBranches`.
 */
export function commonGaps({
  branchGaps,
  minBranches = partyFigureMinBranches,
  limit = 5,
}: {
  branchGaps: ReadonlyArray<readonly string[]>;
  minBranches?: number;
  limit?: number;
}): GapFigure[] {
  if (branchGaps.length < minBranches) return [];
  const counts = new Map<string, number>();
  for (const gaps of branchGaps) for (const questionId of new Set(gaps)) counts.set(questionId, (counts.get(questionId) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, branches]) => branches >= minBranches)
    .map(([questionId, branches]) => ({ questionId, branches }))
    .sort((a, b) => b.branches - a.branches || (a.questionId < b.questionId ? -1 : 1))
    .slice(0, limit);
}
