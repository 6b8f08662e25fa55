import { BarChart } from "./insights-charts";

/** Domain scores as horizontal bars on a 0–100 scale; the same numbers are in a table next to it. */
export function DomainChart({
  rows,
  title,
  noScore,
}: {
  rows: Array<{ id: string; label: string; score: number | null; noScore?: string }>;
  title: string;
  noScore: string;
}) {
  return (
    <BarChart
      id="domain-chart"
      title={title}
      max={100}
      rows={rows.map((row) => ({ key: row.id, label: row.label, value: row.score, text: row.score === null ? (row.noScore ?? noScore) : String(row.score) }))}
    />
  );
}
