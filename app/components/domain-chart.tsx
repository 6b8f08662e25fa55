/** Domain scores as a horizontal bar chart (SVG, no inline styles); the same numbers are in a table next to it. */
export function DomainChart({ rows, title, noScore }: { rows: Array<{ id: string; label: string; score: number | null; noScore?: string }>; title: string; noScore: string }) {
  const barHeight = 26;
  const gap = 10;
  const labelWidth = 290;
  const chartWidth = 340;
  const height = rows.length * (barHeight + gap) + gap;
  return (
    <svg className="domain-chart" viewBox={`0 0 ${labelWidth + chartWidth + 60} ${height}`} role="img" aria-labelledby="domain-chart-title" width="100%">
      <title id="domain-chart-title">{title}</title>
      {[0, 25, 50, 75, 100].map((tick) => (
        <line key={tick} x1={labelWidth + (tick / 100) * chartWidth} x2={labelWidth + (tick / 100) * chartWidth} y1={0} y2={height} stroke="#b9c2cc" strokeWidth={1} />
      ))}
      {rows.map((row, index) => {
        const y = gap + index * (barHeight + gap);
        const width = row.score === null ? 0 : (row.score / 100) * chartWidth;
        return (
          <g key={row.id}>
            <text x={labelWidth - 8} y={y + barHeight / 2} dominantBaseline="middle" textAnchor="end" fontSize={14} fill="#1b1b1b">
              {row.label}
            </text>
            <rect x={labelWidth} y={y} width={width} height={barHeight} fill="#154273" rx={2} />
            <text x={labelWidth + width + 6} y={y + barHeight / 2} dominantBaseline="middle" fontSize={14} fill="#1b1b1b">
              {row.score === null ? (row.noScore ?? noScore) : String(row.score)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
