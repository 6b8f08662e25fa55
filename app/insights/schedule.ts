// The release calendar (ADR 018): at most one release per quarter, decided by the date and not by anyone's
// click, so no one can compute a release again and again to average the noise away, or time a release
// right after one party shared.

const dutchDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

function dutchParts(date: Date): { year: number; month: number } {
  const parts = dutchDay.formatToParts(date);
  return { year: Number(parts.find((p) => p.type === "year")?.value), month: Number(parts.find((p) => p.type === "month")?.value) };
}

/** The release period a moment falls in, in the Dutch calendar: "2026-Q4". */
export function releasePeriodOf(date: Date): string {
  const { year, month } = dutchParts(date);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The release day of a period: the first day of its quarter, YYYY-MM-DD. */
export function releaseDayOf(period: string): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!match) throw new Error(`not a release period: ${period}`);
  const month = (Number(match[2]) - 1) * 3 + 1;
  return `${match[1]}-${String(month).padStart(2, "0")}-01`;
}

/** The release day after the period of `now`: when the next release will be decided. */
export function nextReleaseDay(now: Date): string {
  const { year, month } = dutchParts(now);
  const quarter = Math.floor((month - 1) / 3) + 1;
  return quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(quarter * 3 + 1).padStart(2, "0")}-01`;
}
