// Charts for the results and insights pages. Every chart sits next to a table with the same numbers.
//
// Labels and values are HTML text, not SVG text in a scaled viewBox: on a 320-pixel phone a scaled chart
// shrank its 14-pixel labels to 6 pixels, and SVG text neither wraps nor grows with the reader's text size.
// Only the bars are SVG, drawn in percentages of their track, so every row's track has the same width
// (a grid column) and the bars stay comparable at any width. Presentation attributes only (the CSP allows
// no inline styles); text in dark ink for contrast.

const ink = "#1b1b1b";
const grid = "#b9c2cc";
const brand = "#154273";
const ticks = [0, 0.25, 0.5, 0.75, 1];

function percent(value: number): string {
  return `${Math.max(0, Math.min(100, value))}%`;
}

/** The grid lines behind a bar, at the same fractions as the axis below the chart. */
function GridLines() {
  return (
    <>
      {ticks.map((fraction) => (
        <line key={fraction} x1={percent(fraction * 100)} x2={percent(fraction * 100)} y1="0" y2="100%" stroke={grid} strokeWidth={1} />
      ))}
    </>
  );
}

/** Tick values under the bars; the outer two are anchored inwards so they are never cut off. */
function Axis({ max }: { max: number }) {
  return (
    <svg className="chart-axis" width="100%" aria-hidden="true" focusable="false">
      {ticks.map((fraction) => (
        <text key={fraction} x={percent(fraction * 100)} y="1em" textAnchor={fraction === 0 ? "start" : fraction === 1 ? "end" : "middle"} fill={ink}>
          {Math.round(fraction * max)}
        </text>
      ))}
    </svg>
  );
}

type ChartFrameProps = { id: string; title: string; max: number; children: React.ReactNode };

/** One accessible image named by its title (the numbers are in the table beside it). */
function ChartFrame({ id, title, max, children }: ChartFrameProps) {
  return (
    <div className="chart" role="img" aria-labelledby={`${id}-title`}>
      <span id={`${id}-title`} className="visually-hidden">
        {title}
      </span>
      {children}
      <span className="chart-track">
        <Axis max={max} />
      </span>
    </div>
  );
}

/** Horizontal bars; a row without a value shows its text (e.g. "fewer than 5") instead of a bar. */
export function BarChart({
  id,
  title,
  rows,
  max,
}: {
  id: string;
  title: string;
  max: number;
  rows: Array<{ key: string; label: string; value: number | null; text: string }>;
}) {
  const scale = max > 0 ? max : 1;
  return (
    <ChartFrame id={id} title={title} max={scale}>
      {rows.map((row) => (
        <div className="chart-row" key={row.key}>
          <span className="chart-label">{row.label}</span>
          <span className="chart-track">
            <svg className="chart-bar" width="100%" aria-hidden="true" focusable="false">
              <GridLines />
              {row.value === null ? null : <rect x="0" y="15%" width={percent((row.value / scale) * 100)} height="70%" fill={brand} rx={2} />}
            </svg>
          </span>
          <span className="chart-value">{row.text}</span>
        </div>
      ))}
    </ChartFrame>
  );
}

/** Per row a box from the first to the third quartile with a line at the median, on a 0–100 scale. */
export function BoxChart({
  id,
  title,
  rows,
}: {
  id: string;
  title: string;
  rows: Array<{ key: string; label: string; q1: number | null; median: number | null; q3: number | null; text: string }>;
}) {
  return (
    <ChartFrame id={id} title={title} max={100}>
      {rows.map((row) => (
        <div className="chart-row" key={row.key}>
          <span className="chart-label">{row.label}</span>
          <span className="chart-track">
            <svg className="chart-bar" width="100%" aria-hidden="true" focusable="false">
              <GridLines />
              {row.q1 !== null && row.median !== null && row.q3 !== null ? (
                <>
                  <rect
                    x={percent(row.q1)}
                    y="15%"
                    width={percent(Math.max(0.5, row.q3 - row.q1))}
                    height="70%"
                    fill="#dce6f1"
                    stroke={brand}
                    strokeWidth={1.5}
                  />
                  <line x1={percent(row.median)} x2={percent(row.median)} y1="5%" y2="95%" stroke={ink} strokeWidth={3} />
                </>
              ) : null}
            </svg>
          </span>
          <span className="chart-value">{row.text}</span>
        </div>
      ))}
    </ChartFrame>
  );
}

// Distinct, dark enough on white, and told apart by their numbers too (never by colour alone).
const lineColours = ["#154273", "#8a4b00", "#1e5c2e", "#a4161a", "#5b2a86", "#00616e", "#4a4a4a"];

/**
 * One line per series over the releases (x) on a 0–100 scale. Each line ends in its number, and the
 * numbered legend below names it, so the names wrap as text instead of needing a column beside the plot.
 */
export function TrendChart({
  id,
  title,
  releases,
  series,
}: {
  id: string;
  title: string;
  releases: string[];
  series: Array<{ key: string; label: string; values: Array<number | null> }>;
}) {
  const height = 240;
  const top = 16;
  const bottom = 28;
  // x in percent of the chart's width: room on the left for the scale, on the right for the line numbers.
  const left = 10;
  const right = 88;
  const x = (index: number) => (releases.length > 1 ? left + (index * (right - left)) / (releases.length - 1) : (left + right) / 2);
  const y = (value: number) => top + (1 - value / 100) * (height - top - bottom);
  const lines = series.map((line, index) => {
    const colour = lineColours[index % lineColours.length] ?? ink;
    const points = line.values.flatMap((value, i) => (value === null ? [] : [{ x: x(i), y: y(value) }]));
    return { ...line, number: index + 1, colour, points, last: points[points.length - 1] };
  });
  // Numbers sit beside their line's last point, pushed apart so they never overlap.
  const labelY = new Map<string, number>();
  let previous = -Infinity;
  for (const line of [...lines].filter((l) => l.last).sort((a, b) => (a.last?.y ?? 0) - (b.last?.y ?? 0))) {
    const wanted = Math.max(line.last?.y ?? 0, previous + 16);
    labelY.set(line.key, wanted);
    previous = wanted;
  }
  return (
    <div className="chart" role="img" aria-labelledby={`${id}-title`}>
      <span id={`${id}-title`} className="visually-hidden">
        {title}
      </span>
      <svg className="chart-trend" width="100%" height={Math.max(height, previous + 12)} aria-hidden="true" focusable="false">
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line x1="0" x2={`${right}%`} y1={y(tick)} y2={y(tick)} stroke={grid} strokeWidth={1} />
            <text x="0" y={y(tick) - 3} fill={ink}>
              {tick}
            </text>
          </g>
        ))}
        {releases.map((label, index) => (
          <text key={label} x={`${x(index)}%`} y={height - 8} textAnchor="middle" fill={ink}>
            {label}
          </text>
        ))}
        {lines.map((line) => (
          <g key={line.key}>
            {line.points.slice(1).map((p, i) => {
              const from = line.points[i];
              return from ? <line key={`${p.x}`} x1={`${from.x}%`} y1={from.y} x2={`${p.x}%`} y2={p.y} stroke={line.colour} strokeWidth={2.5} /> : null;
            })}
            {line.points.map((p) => (
              <circle key={`${p.x}`} cx={`${p.x}%`} cy={p.y} r={4} fill={line.colour} />
            ))}
            {line.last ? (
              <>
                <line x1={`${line.last.x}%`} x2="93%" y1={line.last.y} y2={labelY.get(line.key) ?? line.last.y} stroke={line.colour} strokeWidth={1} />
                <text x="96%" y={labelY.get(line.key) ?? line.last.y} dominantBaseline="middle" textAnchor="middle" fill={ink}>
                  {line.number}
                </text>
              </>
            ) : null}
          </g>
        ))}
      </svg>
      <ol className="chart-legend">
        {lines.map((line) => (
          <li key={line.key}>
            <svg className="chart-swatch" width="1.5em" height="1em" aria-hidden="true" focusable="false">
              <line x1="0" x2="100%" y1="50%" y2="50%" stroke={line.colour} strokeWidth={3} />
            </svg>
            {line.label}
          </li>
        ))}
      </ol>
    </div>
  );
}
