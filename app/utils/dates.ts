/** True for an existing calendar date written YYYY-MM-DD with its year in [minYear, maxYear]. Client-safe. */
export function isCalendarDate(value: string, { minYear, maxYear }: { minYear: number; maxYear: number }): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= minYear && year <= maxYear && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
