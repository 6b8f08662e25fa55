import { z } from "zod";

/** True for an existing calendar date written YYYY-MM-DD with its year in [minYear, maxYear]. Client-safe. */
export function isCalendarDate(value: string, { minYear, maxYear }: { minYear: number; maxYear: number }): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= minYear && year <= maxYear && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The years a date in Weerbaar may fall in (election days, due dates, dates in imported files). Wide
 * enough for any real election or plan; narrow enough that arithmetic on it (nomination day 44 days
 * earlier, a calendar, a PDF) cannot leave the range dates can be written in.
 */
export const sensibleYears = { minYear: 2000, maxYear: 2100 } as const;

/** True for a real calendar date in the sensible range: every date that enters the system is checked with this. */
export function isSensibleDate(value: unknown): boolean {
  return typeof value === "string" && isCalendarDate(value, sensibleYears);
}

/** A zod schema for such a date; `message` is the catalogue key shown next to the field. */
export function sensibleDateSchema({ message }: { message: string }) {
  return z.string({ error: message }).refine((value) => isSensibleDate(value), { error: message });
}
