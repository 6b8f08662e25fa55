import { domainIds, groupsOf, levelCategories, type Breakdown, type FigureStatus, type PublishedRelease } from "./types";

/** The tidy export's columns: one figure per row. */
export const exportColumns = ["release", "breakdown", "group", "domain_or_question", "metric", "value", "n", "status"] as const;

export type ExportRow = {
  release: number;
  breakdown: Breakdown;
  group: string;
  /** A domain id, a question id, or "" for the number of organisations. */
  domain_or_question: string;
  metric: string;
  /** Null when the figure is not shown (see status). */
  value: number | null;
  /** The number of organisations the figure is computed over; null when not shown. */
  n: number | null;
  /** "withheld": the whole breakdown is left out of this release. */
  status: FigureStatus | "withheld";
};

const scoreMetrics = ["median", "quartile_1", "quartile_3"] as const;

/**
 * Every figure of a release as tidy rows, with the same suppression as the page (it reads the same
 * published release), plus the trend figures of earlier releases. `breakdown` limits the rows to one.
 */
export function exportRows({ release, breakdown }: { release: PublishedRelease; breakdown?: Breakdown }): ExportRow[] {
  const rows: ExportRow[] = [];
  const id = release.releaseId;
  // A release with noise says so in its own rows: the budget and how it is split (ADR 018).
  if (release.privacy && (!breakdown || breakdown === "all")) {
    const note = (metric: string, value: number) =>
      rows.push({ release: id, breakdown: "all", group: "all", domain_or_question: "", metric, value, n: null, status: "published" });
    note("noise_epsilon", release.privacy.epsilon);
    for (const [part, epsilon] of Object.entries(release.privacy.split)) note(`noise_epsilon_${part}`, epsilon);
  }
  for (const shown of release.breakdowns) {
    if (breakdown && shown.breakdown !== breakdown) continue;
    const row = (group: string, item: string, metric: string, value: number | null, n: number | null, status: ExportRow["status"]) =>
      rows.push({ release: id, breakdown: shown.breakdown, group, domain_or_question: item, metric, value, n, status });
    if (shown.withheld) {
      for (const group of groupsOf[shown.breakdown]) row(group, "", "organisations", null, null, "withheld");
      continue;
    }
    for (const group of shown.groups) {
      row(group.group, "", "organisations", group.n, group.n, group.status);
      for (const domain of domainIds) {
        const figure = group.domains?.find((d) => d.domain === domain);
        const scores = figure?.scores;
        const scoreStatus: FigureStatus = group.status === "published" ? (scores?.status ?? "fewer_than_k") : group.status;
        const values = { median: scores?.median ?? null, quartile_1: scores?.q1 ?? null, quartile_3: scores?.q3 ?? null };
        for (const metric of scoreMetrics) row(group.group, domain, metric, values[metric], scores?.n ?? null, scoreStatus);
        for (const category of levelCategories) {
          row(group.group, domain, `count_${category}`, figure ? figure.levels[category] : null, figure ? group.n : null, group.status);
        }
      }
    }
  }
  if (!breakdown || breakdown === "all") {
    for (const gap of release.gaps) {
      const row = (metric: string, value: number | null) =>
        rows.push({ release: id, breakdown: "all", group: "all", domain_or_question: gap.questionId, metric, value, n: gap.n, status: "published" });
      row("gap_rank", gap.rank);
      // With noise only the rank is published; older releases also had the counts.
      if (gap.atMostOne !== null) row("count_at_maturity_0_1", gap.atMostOne);
      if (gap.share !== null) row("share_at_maturity_0_1", gap.share);
    }
    for (const point of release.trend) {
      if (point.releaseId === id) continue;
      const base = { release: point.releaseId, breakdown: "all" as const, group: "all" };
      const shown = point.n !== null;
      rows.push({ ...base, domain_or_question: "", metric: "organisations", value: point.n, n: point.n, status: shown ? "published" : "withheld" });
      for (const domain of point.domains) {
        const status = !shown ? "withheld" : domain.median === null ? "fewer_than_k" : "published";
        rows.push({ ...base, domain_or_question: domain.domain, metric: "median", value: domain.median, n: domain.n, status });
      }
    }
  }
  return rows;
}

function csvCell(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV (RFC 4180, CRLF line ends), header first. */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [exportColumns.join(",")];
  for (const row of rows) lines.push(exportColumns.map((column) => csvCell(row[column])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
