// The party overview as plain data: one row per branch holding only what that branch shares, the page's
// sorting and filtering (read from the query string, so it works without JavaScript), totals and the CSV.
// Pure: the model hands in facts already limited by the sharing level; projectBranchRow limits them again.
import { z } from "zod";
import { revealOf, sharingLevels, type SharingLevel } from "./sharing";

export const assessmentStates = ["not_started", "draft", "submitted"] as const;
export type AssessmentState = (typeof assessmentStates)[number];

/** What the model found for one branch; fields the branch does not share are left out by the model already. */
export type BranchFacts = {
  id: string;
  name: string;
  sharingLevel: SharingLevel;
  closed: boolean;
  assessment: null | {
    id: string;
    status: "draft" | "submitted";
    answered: number;
    total: number;
    /** YYYY-MM-DD (Dutch day) of submission. */
    submittedOn: string | null;
    actionsDone: number | null;
    actionsLate: number | null;
    level: string | null;
    overall: number | null;
    domains: Record<string, number | null> | null;
  };
};

export type BranchProgress = {
  status: AssessmentState;
  answeredPercent: number | null;
  submittedOn: string | null;
  actionsDone: number | null;
  actionsLate: number | null;
};
export type BranchScoreRow = { level: string | null; overall: number | null; domains: Record<string, number | null> };

/** One row of the overview: `progress` and `scores` are null when the branch does not share them. */
export type BranchRow = {
  id: string;
  name: string;
  sharingLevel: SharingLevel;
  closed: boolean;
  progress: BranchProgress | null;
  scores: BranchScoreRow | null;
  /** The assessment the national party may open read-only; only at "everything". */
  readOnlyAssessmentId: string | null;
};

/** Builds a row from facts, keeping only what the branch's sharing level reveals. */
export function projectBranchRow({ facts }: { facts: BranchFacts }): BranchRow {
  const reveal = revealOf({ level: facts.sharingLevel });
  const assessment = facts.assessment;
  const progress: BranchProgress | null = reveal.progress
    ? {
        status: assessment ? assessment.status : "not_started",
        answeredPercent: assessment && assessment.total > 0 ? Math.round((100 * assessment.answered) / assessment.total) : null,
        submittedOn: assessment?.submittedOn ?? null,
        actionsDone: assessment?.actionsDone ?? null,
        actionsLate: assessment?.actionsLate ?? null,
      }
    : null;
  const scores: BranchScoreRow | null =
    reveal.scores && assessment?.status === "submitted" && assessment.domains
      ? { level: assessment.level, overall: assessment.overall, domains: { ...assessment.domains } }
      : null;
  return {
    id: facts.id,
    name: facts.name,
    sharingLevel: facts.sharingLevel,
    closed: facts.closed,
    progress,
    scores,
    readOnlyAssessmentId: reveal.readOnly && assessment ? assessment.id : null,
  };
}

export const overviewSortKeys = ["name", "sharing", "status", "answered", "submitted", "score", "done", "late"] as const;
export type OverviewSortKey = (typeof overviewSortKeys)[number];
export const statusFilters = ["all", "not_started", "draft", "submitted", "not_shared"] as const;

// Anything unknown in the query string falls back to the default instead of an error: these are links.
// Built on first use, inside a function: the party page's browser code uses this module's links and
// filters but never the parser, and a schema built at the top level would keep zod in its bundle.
function overviewQuerySchemaOf() {
  return z.object({
    election: z
      .string()
      .regex(/^[a-z_]{2,40}:\d{4}-\d{2}-\d{2}$/)
      .optional()
      .catch(undefined),
    sort: z.enum(overviewSortKeys).catch("name"),
    dir: z.enum(["asc", "desc"]).catch("asc"),
    sharing: z.enum(["all", ...sharingLevels]).catch("all"),
    status: z.enum(statusFilters).catch("all"),
    closed: z.enum(["hide", "show"]).catch("hide"),
    page: z.coerce.number().int().min(1).max(10_000).catch(1),
    q: z
      .string()
      .max(200)
      .catch("")
      .transform((value) => value.trim().slice(0, 80)),
  });
}
let overviewQuerySchema: ReturnType<typeof overviewQuerySchemaOf> | undefined;
export type OverviewQuery = z.infer<ReturnType<typeof overviewQuerySchemaOf>>;

/** The overview's query (sorting, filters, election) from the URL's search parameters. */
export function parseOverviewQuery({ params }: { params: URLSearchParams }): OverviewQuery {
  overviewQuerySchema ??= overviewQuerySchemaOf();
  return overviewQuerySchema.parse({
    election: params.get("election") ?? undefined,
    sort: params.get("sort") ?? undefined,
    dir: params.get("dir") ?? undefined,
    sharing: params.get("sharing") ?? undefined,
    status: params.get("status") ?? undefined,
    closed: params.get("closed") ?? undefined,
    page: params.get("page") ?? undefined,
    q: params.get("q") ?? "",
  });
}

/** The query as search parameters, leaving defaults out, for links and the CSV link. */
export function overviewSearch({ query, change = {} }: { query: OverviewQuery; change?: Partial<OverviewQuery> }): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.election) params.set("election", next.election);
  if (next.sort !== "name") params.set("sort", next.sort);
  if (next.dir !== "asc") params.set("dir", next.dir);
  if (next.sharing !== "all") params.set("sharing", next.sharing);
  if (next.status !== "all") params.set("status", next.status);
  if (next.closed !== "hide") params.set("closed", next.closed);
  if (next.q) params.set("q", next.q);
  if (next.page !== 1) params.set("page", String(next.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

function sortValue(row: BranchRow, key: OverviewSortKey): string | number | null {
  switch (key) {
    case "name":
      return row.name.toLocaleLowerCase("nl");
    case "sharing":
      return sharingLevels.indexOf(row.sharingLevel);
    case "status":
      return row.progress ? ["not_started", "draft", "submitted"].indexOf(row.progress.status) : null;
    case "answered":
      return row.progress?.answeredPercent ?? null;
    case "submitted":
      return row.progress?.submittedOn ?? null;
    case "score":
      return row.scores?.overall ?? null;
    case "done":
      return row.progress?.actionsDone ?? null;
    case "late":
      return row.progress?.actionsLate ?? null;
  }
}

/** Filters and sorts rows as the query asks; a value the branch does not share always sorts last. */
export function selectRows({ rows, query }: { rows: readonly BranchRow[]; query: OverviewQuery }): BranchRow[] {
  const needle = query.q.toLocaleLowerCase("nl");
  const kept = rows.filter((row) => {
    if (query.closed === "hide" && row.closed) return false;
    if (query.sharing !== "all" && row.sharingLevel !== query.sharing) return false;
    if (query.status === "not_shared" && row.progress) return false;
    if (query.status !== "all" && query.status !== "not_shared" && row.progress?.status !== query.status) return false;
    if (needle && !row.name.toLocaleLowerCase("nl").includes(needle)) return false;
    return true;
  });
  const direction = query.dir === "desc" ? -1 : 1;
  return kept.sort((a, b) => {
    const left = sortValue(a, query.sort);
    const right = sortValue(b, query.sort);
    if (left === null && right !== null) return 1;
    if (right === null && left !== null) return -1;
    if (left !== null && right !== null && left !== right) return (left < right ? -1 : 1) * direction;
    return a.name.localeCompare(b.name, "nl");
  });
}

export type OverviewTotals = {
  branches: number;
  /** Branches that share at least their progress. */
  sharingProgress: number;
  notStarted: number;
  drafts: number;
  submitted: number;
  actionsDone: number;
  actionsLate: number;
  /** Median of the overall scores shown; null when fewer than three are shown. */
  medianScore: number | null;
};

/** Totals over the rows shown, built only from what those rows show. */
export function totalsOf({ rows }: { rows: readonly BranchRow[] }): OverviewTotals {
  const shown = rows.flatMap((row) => (row.progress ? [row.progress] : []));
  const scores = rows.flatMap((row) => (typeof row.scores?.overall === "number" ? [row.scores.overall] : []));
  const sorted = [...scores].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return {
    branches: rows.length,
    sharingProgress: shown.length,
    notStarted: shown.filter((p) => p.status === "not_started").length,
    drafts: shown.filter((p) => p.status === "draft").length,
    submitted: shown.filter((p) => p.status === "submitted").length,
    actionsDone: shown.reduce((sum, p) => sum + (p.actionsDone ?? 0), 0),
    actionsLate: shown.reduce((sum, p) => sum + (p.actionsLate ?? 0), 0),
    medianScore: sorted.length >= 3 ? Math.round(sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2) : null,
  };
}

export type CsvLabels = {
  header: string[];
  sharing: Record<SharingLevel, string>;
  status: Record<AssessmentState, string>;
  notShared: string;
  level: (level: string) => string;
};

function csvCell(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  // A cell starting with = + - @ is a formula in a spreadsheet; a quote in front keeps it text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",;\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The rows exactly as the page shows them, as CSV (a column the branch does not share stays "not shared"). */
export function overviewCsv({ rows, domains, labels }: { rows: readonly BranchRow[]; domains: readonly string[]; labels: CsvLabels }): string {
  const lines = [labels.header.map(csvCell).join(",")];
  for (const row of rows) {
    const p = row.progress;
    const s = row.scores;
    const hidden = labels.notShared;
    const cells: Array<string | number | null> = [
      row.name,
      labels.sharing[row.sharingLevel],
      p ? labels.status[p.status] : hidden,
      p ? p.answeredPercent : hidden,
      p ? p.submittedOn : hidden,
      s ? (s.level ? labels.level(s.level) : null) : p?.status === "submitted" || !p ? hidden : null,
      s ? s.overall : p?.status === "submitted" || !p ? hidden : null,
      ...domains.map((domain) => (s ? (s.domains[domain] ?? null) : p?.status === "submitted" || !p ? hidden : null)),
      p ? p.actionsDone : hidden,
      p ? p.actionsLate : hidden,
    ];
    lines.push(cells.map(csvCell).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** Rows per page of the overview: a party of 300 branches reads (and renders) in pages, the CSV holds them all. */
export const overviewPageSize = 50;

/** One page of the selected rows; a page past the end shows the last one. */
export function pageOfRows<T>({ rows, page, size = overviewPageSize }: { rows: readonly T[]; page: number; size?: number }): {
  rows: T[];
  page: number;
  pages: number;
} {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((current - 1) * size, current * size), page: current, pages };
}
