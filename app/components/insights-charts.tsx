// SVG charts for the insights pages. Presentation attributes only (the CSP allows no inline styles), text in
// dark ink for contrast, and every chart sits next to a table with the same numbers.

const ink = "#1b1b1b";
const grid = "#b9c2cc";
const brand = "#154273";
const labelWidth = 290;
const plotWidth = 340;

function Ticks({ height, max }: { height: number; max: number }) {
  return (
    <>
      {[0, 0.25, 0.5, 0.75, 1].map((fraction) => {
        const x = labelWidth + fraction * plotWidth;
        return (
          <g key={fraction}>
            <line x1={x} x2={x} y1={0} y2={height - 18} stroke={grid} strokeWidth={1} />
            <text x={x} y={height - 4} textAnchor="middle" fontSize={12} fill={ink}>
              {Math.round(fraction * max)}
            </text>
          </g>
        );
      })}
    </>
  );
}

/** Horizontal bars; a row without a value shows its text (e.g. "fewer than 5") instead of a bar. */
export function BarChart({ id, title, rows, max }: { id: string; title: string; max: number; rows: Array<{ key: string; label: string; value: number | null; text: string }> }) {
  const bar = 24;
  const gap = 10;
  const height = rows.length * (bar + gap) + gap + 20;
  const scale = max > 0 ? max : 1;
  return (
    <svg className="domain-chart" viewBox={`0 0 ${labelWidth + plotWidth + 90} ${height}`} role="img" aria-labelledby={`${id}-title`} width="100%">
      <title id={`${id}-title`}>{title}</title>
      <Ticks height={height} max={scale} />
      {rows.map((row, index) => {
        const y = gap + index * (bar + gap);
        const width = row.value === null ? 0 : (row.value / scale) * plotWidth;
        return (
          <g key={row.key}>
            <text x={labelWidth - 8} y={y + bar / 2} dominantBaseline="middle" textAnchor="end" fontSize={14} fill={ink}>
              {row.label}
            </text>
            <rect x={labelWidth} y={y} width={width} height={bar} fill={brand} rx={2} />
            <text x={labelWidth + width + 6} y={y + bar / 2} dominantBaseline="middle" fontSize={14} fill={ink}>
              {row.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Per row a box from the first to the third quartile with a line at the median, on a 0–100 scale. */
export function BoxChart({ id, title, rows }: { id: string; title: string; rows: Array<{ key: string; label: string; q1: number | null; median: number | null; q3: number | null; text: string }> }) {
  const bar = 24;
  const gap = 10;
  const height = rows.length * (bar + gap) + gap + 20;
  const x = (value: number) => labelWidth + (value / 100) * plotWidth;
  return (
    <svg className="domain-chart" viewBox={`0 0 ${labelWidth + plotWidth + 90} ${height}`} role="img" aria-labelledby={`${id}-title`} width="100%">
      <title id={`${id}-title`}>{title}</title>
      <Ticks height={height} max={100} />
      {rows.map((row, index) => {
        const y = gap + index * (bar + gap);
        const shown = row.q1 !== null && row.median !== null && row.q3 !== null;
        return (
          <g key={row.key}>
            <text x={labelWidth - 8} y={y + bar / 2} dominantBaseline="middle" textAnchor="end" fontSize={14} fill={ink}>
              {row.label}
            </text>
            {shown && row.q1 !== null && row.q3 !== null && row.median !== null ? (
              <>
                <rect x={x(row.q1)} y={y} width={Math.max(1, x(row.q3) - x(row.q1))} height={bar} fill="#dce6f1" stroke={brand} strokeWidth={1.5} />
                <line x1={x(row.median)} x2={x(row.median)} y1={y - 3} y2={y + bar + 3} stroke={ink} strokeWidth={3} />
              </>
            ) : null}
            <text x={shown && row.q3 !== null ? x(row.q3) + 8 : labelWidth + 6} y={y + bar / 2} dominantBaseline="middle" fontSize={14} fill={ink}>
              {row.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

// Distinct, dark enough on white, and told apart by their labels too (never by colour alone).
const lineColours = ["#154273", "#8a4b00", "#1e5c2e", "#a4161a", "#5b2a86", "#00616e", "#4a4a4a"];

/** One line per series over the releases (x) on a 0–100 scale, each named in a column on the right. */
export function TrendChart({ id, title, releases, series }: { id: string; title: string; releases: string[]; series: Array<{ key: string; label: string; values: Array<number | null> }> }) {
  const left = 40;
  const width = 480;
  const height = 280;
  const top = 12;
  const bottom = 36;
  const labelX = left + width + 24;
  const step = releases.length > 1 ? width / (releases.length - 1) : 0;
  const x = (index: number) => left + (releases.length > 1 ? index * step : width / 2);
  const y = (value: number) => top + (1 - value / 100) * (height - top - bottom);
  const lines = series.map((line, index) => {
    const colour = lineColours[index % lineColours.length] ?? ink;
    const points = line.values.flatMap((value, i) => (value === null ? [] : [{ x: x(i), y: y(value) }]));
    return { ...line, colour, points, last: points[points.length - 1] };
  });
  // Names sit next to their line's last point, pushed apart so they never overlap.
  const labelY = new Map<string, number>();
  let previous = -Infinity;
  for (const line of [...lines].filter((l) => l.last).sort((a, b) => (a.last?.y ?? 0) - (b.last?.y ?? 0))) {
    const wanted = Math.max(line.last?.y ?? 0, previous + 16);
    labelY.set(line.key, wanted);
    previous = wanted;
  }
  return (
    <svg className="domain-chart" viewBox={`0 0 ${labelX + 230} ${Math.max(height, previous + 12)}`} role="img" aria-labelledby={`${id}-title`} width="100%">
      <title id={`${id}-title`}>{title}</title>
      {[0, 25, 50, 75, 100].map((tick) => (
        <g key={tick}>
          <line x1={left} x2={left + width} y1={y(tick)} y2={y(tick)} stroke={grid} strokeWidth={1} />
          <text x={left - 6} y={y(tick)} dominantBaseline="middle" textAnchor="end" fontSize={12} fill={ink}>
            {tick}
          </text>
        </g>
      ))}
      {releases.map((label, index) => (
        <text key={label} x={x(index)} y={height - 12} textAnchor="middle" fontSize={12} fill={ink}>
          {label}
        </text>
      ))}
      {lines.map((line) => (
        <g key={line.key}>
          {line.points.length > 1 ? <polyline points={line.points.map((p) => `${p.x},${p.y}`).join(" ")} fill="none" stroke={line.colour} strokeWidth={2.5} /> : null}
          {line.points.map((p) => (
            <circle key={`${p.x}`} cx={p.x} cy={p.y} r={4} fill={line.colour} />
          ))}
          {line.last ? (
            <>
              <line x1={line.last.x + 6} x2={labelX - 4} y1={line.last.y} y2={labelY.get(line.key) ?? line.last.y} stroke={line.colour} strokeWidth={1} />
              <text x={labelX} y={labelY.get(line.key) ?? line.last.y} dominantBaseline="middle" fontSize={12} fill={ink}>
                {line.label}
              </text>
            </>
          ) : null}
        </g>
      ))}
    </svg>
  );
}
