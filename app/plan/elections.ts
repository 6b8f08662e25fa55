import type { Localized } from "../questionnaire/schema";
import type { ElectionType } from "../utils/election-types";

export { electionTypes, type ElectionType } from "../utils/election-types";

export type KnownElection = {
  id: string;
  type: ElectionType;
  /** Election day, YYYY-MM-DD. */
  date: string;
  label: Localized;
  source: { publisher: string; title: string; url: string };
};

// Upcoming Dutch elections whose date is fixed. Anything else (an early Tweede Kamer election, a
// by-election) is entered as a custom date. Review this list after each election.
export const knownElections: readonly KnownElection[] = [
  {
    id: "ps-2027",
    type: "provinciale_staten",
    date: "2027-03-17",
    label: { nl: "Provinciale Statenverkiezingen 2027", en: "Provincial elections 2027" },
    source: { publisher: "Kiesraad", title: "Provinciale Statenverkiezingen", url: "https://www.kiesraad.nl/verkiezingen/provinciale-staten" },
  },
  {
    id: "ws-2027",
    type: "waterschap",
    date: "2027-03-17",
    label: { nl: "Waterschapsverkiezingen 2027", en: "Water authority elections 2027" },
    source: { publisher: "Kiesraad", title: "Waterschapsverkiezingen", url: "https://www.kiesraad.nl/verkiezingen/waterschappen" },
  },
];

/** The known elections still ahead of `today` (YYYY-MM-DD), soonest first. */
export function upcomingElections({ today }: { today: string }): KnownElection[] {
  return knownElections.filter((election) => election.date >= today).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const dutchDayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });
/** Today's date in the Netherlands as YYYY-MM-DD (deadlines are Dutch calendar days). */
export function dutchToday(now: Date = new Date()): string {
  return dutchDayFormat.format(now);
}
