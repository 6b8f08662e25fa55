import type { Milestone } from "../questionnaire/schema";

/** A calendar date as "YYYY-MM-DD". Such strings sort in time order, so they compare with < and >. */
export type IsoDate = string;

/**
 * Calendar days from nomination day (dag van kandidaatstelling) to election day.
 *
 * The Kieswet calls it the 43rd day before election day, counting the whole days in between. In calendar
 * arithmetic that is election day − 44, and every real nomination day agrees: Tweede Kamer 29 Oct 2025 →
 * Monday 15 Sep 2025, Tweede Kamer 17 Mar 2021 → Monday 1 Feb 2021, gemeenteraad 18 Mar 2026 → Monday
 * 2 Feb 2026. Election − 43 would land on the Tuesday after, when the lists have already been handed in.
 */
export const nominationDayDaysBefore = 44;

/** Two weeks before election day: the last stretch, when attacks and disinformation peak. */
export const twoWeeksBeforeDays = 14;

/**
 * The evaluation milestone falls two weeks after election day: results are final by then (the Kiesraad
 * declares a Tweede Kamer result about a week after the vote), while memories are still fresh.
 */
export const afterElectionDays = 14;

const millisecondsPerDay = 86_400_000;
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a "YYYY-MM-DD" date; throws a RangeError for anything else (e.g. 2025-02-30). */
export function parseIsoDate({ date }: { date: string }): number {
  const match = isoDatePattern.exec(date);
  const [, year, month, day] = match ?? [];
  if (year === undefined || month === undefined || day === undefined) {
    throw new RangeError(`not a calendar date in the form YYYY-MM-DD: ${JSON.stringify(date)}`);
  }
  // Date.UTC works on date-only values without a time zone, so no daylight-saving hour can shift a day.
  const milliseconds = Date.UTC(Number(year), Number(month) - 1, Number(day));
  const days = Math.round(milliseconds / millisecondsPerDay);
  if (formatIsoDate({ days }) !== date) {
    throw new RangeError(`not an existing calendar date: ${JSON.stringify(date)}`);
  }
  return days;
}

/** "YYYY-MM-DD" for a number of days since 1970-01-01 (years 1000–9999). */
export function formatIsoDate({ days }: { days: number }): IsoDate {
  const date = new Date(days * millisecondsPerDay);
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  const day = String(date.getUTCDate()).padStart(2, "0");
  return `${year}-${month}-${day}`;
}

/** The calendar date a number of days (negative for earlier) from a date. */
export function addDays({ date, days }: { date: IsoDate; days: number }): IsoDate {
  return formatIsoDate({ days: parseIsoDate({ date }) + days });
}

/**
 * The date of each election milestone. "now" is today; nomination day is election day − 44 (see
 * nominationDayDaysBefore); two weeks before is election day − 14; after the election is election day + 14.
 */
export function milestoneDates({ electionDate, today }: { electionDate: IsoDate; today: IsoDate }): Record<Milestone, IsoDate> {
  const election = parseIsoDate({ date: electionDate });
  return {
    now: formatIsoDate({ days: parseIsoDate({ date: today }) }),
    nomination_day: formatIsoDate({ days: election - nominationDayDaysBefore }),
    two_weeks_before: formatIsoDate({ days: election - twoWeeksBeforeDays }),
    election_day: formatIsoDate({ days: election }),
    after_election: formatIsoDate({ days: election + afterElectionDays }),
  };
}

/** Whether election day lies before today (election day itself is not past). */
export function isElectionPast({ electionDate, today }: { electionDate: IsoDate; today: IsoDate }): boolean {
  return parseIsoDate({ date: electionDate }) < parseIsoDate({ date: today });
}
