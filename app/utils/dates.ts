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

/**
 * A typed date as YYYY-MM-DD. Date fields show and ask for the Dutch day-month-year ("17-03-2027"), in both
 * languages and whatever the browser's locale, so field, hint and error message agree; "17-3-2027",
 * "17/03/2027", "17.03.2027" and YYYY-MM-DD (a pasted or older value) are read too. Anything else comes back
 * trimmed but unchanged, for isCalendarDate to refuse. Client-safe.
 */
export function readDateField(value: string): string {
  const text = value.trim();
  const dayFirst = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(text);
  if (dayFirst) return `${dayFirst[3]}-${(dayFirst[2] ?? "").padStart(2, "0")}-${(dayFirst[1] ?? "").padStart(2, "0")}`;
  return text;
}

/** A YYYY-MM-DD date as a date field shows it: "17-03-2027". Other text is returned as it is. Client-safe. */
export function formatDateField(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : value;
}
