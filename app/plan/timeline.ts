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
 * The Kiesraad's public session that declares the candidate lists valid and numbers them is on the fourth day
 * after nomination day (Kieswet chapter I): Monday 30 Jan 2017 → Friday 3 Feb, Monday 1 Feb 2021 → Friday 5 Feb.
 * From then on the lists, with the candidates' names and home towns, are public.
 */
export const candidateListsDaysAfterNomination = 4;

/**
 * The campaign proper starts the day after the lists are numbered (posters and flyers carry the list number):
 * election day − 39 with the regular nomination day, "about six weeks" before the vote.
 */
export const campaignStartDaysAfterLists = 1;

/**
 * A corrected nomination day (after a dissolution, Kieswet art. F 2, the day is set by royal decree) is used
 * when it lies between these many days before election day; anything else cannot be a real nomination day
 * for that election and would put the milestones out of order, so the computed default is used.
 */
export const nominationDayRange = { earliest: 90, latest: 30 } as const;

/** Where each milestone's date comes from, shown next to the date. */
export const milestoneSources: Record<Milestone, { nl: string; en: string; url?: string }> = {
  now: { nl: "De dag dat het plan is gemaakt.", en: "The day the plan was made." },
  nomination_day: {
    nl: "Kieswet art. F 1 (gewone verkiezing: de maandag tussen 30 januari en 5 februari, in een schrikkeljaar 31 januari–6 februari) of art. F 2 (na ontbinding: bij koninklijk besluit). De IT-verantwoordelijke kan deze dag aanpassen.",
    en: "Elections Act art. F 1 (regular election: the Monday between 30 January and 5 February, 31 January–6 February in a leap year) or art. F 2 (after a dissolution: set by royal decree). The IT lead can correct this day.",
    url: "https://www.kiesraad.nl/kieswet-in-het-kort/verkiezing-tweede-kamer-provinciale-staten-waterschappen-gemeenteraden-eilandsraden-en-europees-parlement/kandidaatstelling-hoofdstuk-f-1-2",
  },
  candidate_lists_published: {
    nl: "Kieswet hoofdstuk I: op de vierde dag na de kandidaatstelling beslist het centraal stembureau in een openbare zitting over de geldigheid van de lijsten en nummert ze.",
    en: "Elections Act chapter I: on the fourth day after nomination day the central electoral committee decides in a public session on the validity of the lists and numbers them.",
    url: "https://www.kiesraad.nl/kieswet-in-het-kort/verkiezing-tweede-kamer-provinciale-staten-waterschappen-gemeenteraden-eilandsraden-en-europees-parlement/onderzoek-verbinding-en-nummering-kandidatenlijsten-hoofdstuk-i-1-19",
  },
  campaign_start: {
    nl: "Weerbaar: de dag nadat de lijsten zijn genummerd, ongeveer zes weken voor de verkiezing.",
    en: "Weerbaar: the day after the lists are numbered, about six weeks before the election.",
  },
  two_weeks_before: {
    nl: "Weerbaar: de laatste twee weken, als aanvallen en desinformatie pieken.",
    en: "Weerbaar: the last two weeks, when attacks and disinformation peak.",
  },
  election_day: {
    nl: "Kieswet art. J 1: de stemming is op de 44e dag na de kandidaatstelling.",
    en: "Elections Act art. J 1: voting is on the 44th day after nomination day.",
  },
  after_election: {
    nl: "Weerbaar: twee weken na de verkiezing, als de uitslag vaststaat.",
    en: "Weerbaar: two weeks after the election, when the result is final.",
  },
};

/** Whether a corrected nomination day lies in nominationDayRange before this election day: the one rule for the form, the model and the plan. */
export function isPlausibleNominationDay({ electionDate, nominationDate }: { electionDate: IsoDate; nominationDate: IsoDate }): boolean {
  const election = parseIsoDate({ date: electionDate });
  const corrected = parseIsoDate({ date: nominationDate });
  return corrected >= election - nominationDayRange.earliest && corrected <= election - nominationDayRange.latest;
}

/** The nomination day to plan with: the corrected day when it is plausible for this election, else election day − 44. */
export function nominationDayFor({ electionDate, nominationDate }: { electionDate: IsoDate; nominationDate?: IsoDate | null }): IsoDate {
  if (nominationDate && isPlausibleNominationDay({ electionDate, nominationDate })) return formatIsoDate({ days: parseIsoDate({ date: nominationDate }) });
  return formatIsoDate({ days: parseIsoDate({ date: electionDate }) - nominationDayDaysBefore });
}

/**
 * The date of each election milestone, in time order. "now" is today; nomination day is the corrected day
 * when given (see nominationDayFor), else election day − 44; the lists are public 4 days later and the campaign
 * starts the day after; two weeks before is election day − 14; after the election is election day + 14.
 */
export function milestoneDates({
  electionDate,
  today,
  nominationDate,
}: {
  electionDate: IsoDate;
  today: IsoDate;
  nominationDate?: IsoDate | null;
}): Record<Milestone, IsoDate> {
  const election = parseIsoDate({ date: electionDate });
  const nomination = parseIsoDate({ date: nominationDayFor({ electionDate, nominationDate }) });
  const lists = nomination + candidateListsDaysAfterNomination;
  return {
    now: formatIsoDate({ days: parseIsoDate({ date: today }) }),
    nomination_day: formatIsoDate({ days: nomination }),
    candidate_lists_published: formatIsoDate({ days: lists }),
    campaign_start: formatIsoDate({ days: lists + campaignStartDaysAfterLists }),
    two_weeks_before: formatIsoDate({ days: election - twoWeeksBeforeDays }),
    election_day: formatIsoDate({ days: election }),
    after_election: formatIsoDate({ days: election + afterElectionDays }),
  };
}

/** Monday of the ISO week holding a date (weeks run Monday to Sunday, as in the Dutch calendar). */
export function weekStartOf({ date }: { date: IsoDate }): IsoDate {
  const days = parseIsoDate({ date });
  // 1970-01-01 was a Thursday: (days + 3) mod 7 is 0 on Mondays.
  const weekday = (((days + 3) % 7) + 7) % 7;
  return formatIsoDate({ days: days - weekday });
}

/** Whether election day lies before today (election day itself is not past). */
export function isElectionPast({ electionDate, today }: { electionDate: IsoDate; today: IsoDate }): boolean {
  return parseIsoDate({ date: electionDate }) < parseIsoDate({ date: today });
}
