// When the demo data's assessments happen, counted from the day the demo is loaded, so that a new user's
// first plan lies ahead of them instead of being all late. Pure: the seed and the browser tests share it.
import { knownElections, type ElectionType } from "../app/plan/elections";
import { addDays, nominationDayDaysBefore, parseIsoDate, type IsoDate } from "../app/plan/timeline";

/** The demo prepares for an election whose nomination day is at least this far ahead: time to act. */
export const demoLeadDays = 28;

export type DemoDates = {
  election: { type: ElectionType; date: IsoDate };
  submitted: { createdAt: Date; answeredAt: Date; submittedAt: Date };
  draft: { createdAt: Date; answeredAt: Date };
};

/**
 * Nomination day of a regular election under Kieswet art. F 1: the Monday from 30 January to 5 February
 * (31 January to 6 February in a leap year). Election day follows it by nominationDayDaysBefore days.
 */
function regularElectionDay({ year }: { year: number }): IsoDate {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const first = `${year}-01-${leap ? "31" : "30"}`;
  // 1970-01-01 was a Thursday: day 4 (Monday) of a week that starts on Thursday at 0.
  const days = parseIsoDate({ date: first });
  const monday = days + ((4 - (days % 7) + 7) % 7);
  return addDays({ date: addDays({ date: first, days: monday - days }), days: nominationDayDaysBefore });
}

// Regular municipal elections are held every four years from 2026, provincial ones from 2027.
function regularElections({ fromYear }: { fromYear: number }): Array<{ type: ElectionType; date: IsoDate }> {
  const result: Array<{ type: ElectionType; date: IsoDate }> = [];
  for (let year = fromYear; year <= fromYear + 4; year++) {
    if ((year - 2026) % 4 === 0) result.push({ type: "gemeenteraad", date: regularElectionDay({ year }) });
    if ((year - 2027) % 4 === 0) result.push({ type: "provinciale_staten", date: regularElectionDay({ year }) });
  }
  return result;
}

/**
 * The next real election the demo party prepares for: the soonest known election (app/plan/elections.ts)
 * whose nomination day is still demoLeadDays away, or else the next regular one by the Kieswet. The
 * submitted assessment was done a few days ago, the draft (a second round) started after it.
 */
export function demoDates({ today }: { today: IsoDate }): DemoDates {
  const earliest = addDays({ date: today, days: demoLeadDays + nominationDayDaysBefore });
  const year = Number(today.slice(0, 4));
  const candidates = [...knownElections.map(({ type, date }) => ({ type, date })), ...regularElections({ fromYear: year })]
    .filter((election) => election.date >= earliest)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // Five years always hold a regular municipal election more than demoLeadDays ahead.
  const [election] = candidates;
  if (!election) throw new Error(`no election found after ${today}`);
  // Noon UTC on a day relative to today: a time of day that is the same Dutch date in winter and summer.
  const at = (days: number, hour = 12) => new Date(`${addDays({ date: today, days })}T${String(hour).padStart(2, "0")}:00:00Z`);
  return {
    election,
    // Submitted a few days ago: its plan starts now, with a step or two already due and hardly any late, so a
    // new user's first plan shows what this week holds instead of a wall of late actions.
    submitted: { createdAt: at(-14, 9), answeredAt: at(-5, 18), submittedAt: at(-4, 14) },
    draft: { createdAt: at(-3, 9), answeredAt: at(-1, 19) },
  };
}
