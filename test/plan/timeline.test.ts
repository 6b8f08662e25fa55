import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, formatIsoDate, isElectionPast, milestoneDates, nominationDayFor, parseIsoDate, weekStartOf } from "../../app/plan";
import { milestones } from "../../app/questionnaire/schema";

describe("milestoneDates", () => {
  it("matches the real timeline of the Tweede Kamer election of 29 October 2025", () => {
    // The Kiesraad's nomination day for that election was Monday 15 September 2025.
    expect(milestoneDates({ electionDate: "2025-10-29", today: "2025-08-01" })).toEqual({
      now: "2025-08-01",
      nomination_day: "2025-09-15",
      // The Kiesraad numbered the lists in its public session of Friday 19 September 2025.
      candidate_lists_published: "2025-09-19",
      campaign_start: "2025-09-20",
      two_weeks_before: "2025-10-15",
      election_day: "2025-10-29",
      after_election: "2025-11-12",
    });
  });

  it.each([
    ["2021-03-17", "2021-02-01"], // Tweede Kamer 2021
    ["2023-03-15", "2023-01-30"], // Provinciale Staten 2023
    ["2026-03-18", "2026-02-02"], // gemeenteraad 2026
    ["2024-03-20", "2024-02-05"], // leap year: the count crosses 29 February
  ])("puts nomination day for election %s on %s", (electionDate, nominationDay) => {
    expect(milestoneDates({ electionDate, today: "2020-01-01" }).nomination_day).toBe(nominationDay);
  });

  it("crosses month and year ends on calendar dates", () => {
    expect(milestoneDates({ electionDate: "2027-01-10", today: "2026-10-01" })).toEqual({
      now: "2026-10-01",
      nomination_day: "2026-11-27",
      candidate_lists_published: "2026-12-01",
      campaign_start: "2026-12-02",
      two_weeks_before: "2026-12-27",
      election_day: "2027-01-10",
      after_election: "2027-01-24",
    });
  });

  it("rejects anything that is not an existing YYYY-MM-DD date", () => {
    for (const date of ["2025-02-30", "2023-02-29", "2025-13-01", "2025-2-3", "2025-10-29T00:00:00Z", "", "29-10-2025"]) {
      expect(() => milestoneDates({ electionDate: date, today: "2025-01-01" }), date).toThrow(RangeError);
      expect(() => milestoneDates({ electionDate: "2025-10-29", today: date }), date).toThrow(RangeError);
    }
    expect(parseIsoDate({ date: "2024-02-29" })).toBe(parseIsoDate({ date: "2024-02-28" }) + 1);
  });

  it("keeps milestones 44, 14 and 14 days apart, in time order, for any election date", () => {
    // Roughly the years 1900–2199, in days since 1970-01-01.
    fc.assert(
      fc.property(fc.integer({ min: -25_505, max: 83_965 }), (days) => {
        const electionDate = formatIsoDate({ days });
        const dates = milestoneDates({ electionDate, today: electionDate });
        expect(parseIsoDate({ date: dates.election_day }) - parseIsoDate({ date: dates.nomination_day })).toBe(44);
        expect(parseIsoDate({ date: dates.election_day }) - parseIsoDate({ date: dates.two_weeks_before })).toBe(14);
        expect(parseIsoDate({ date: dates.after_election }) - parseIsoDate({ date: dates.election_day })).toBe(14);
        // String order is time order, which the plan relies on when it compares dates with <.
        expect(dates.nomination_day < dates.candidate_lists_published).toBe(true);
        expect(dates.candidate_lists_published < dates.campaign_start).toBe(true);
        expect(dates.campaign_start < dates.two_weeks_before).toBe(true);
        expect(dates.two_weeks_before < dates.election_day).toBe(true);
        expect(dates.election_day < dates.after_election).toBe(true);
      }),
    );
  });

  it("adds and subtracts days without drifting", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 80_000 }), fc.integer({ min: -2_000, max: 2_000 }), (days, offset) => {
        const date = formatIsoDate({ days });
        expect(parseIsoDate({ date })).toBe(days);
        expect(addDays({ date: addDays({ date, days: offset }), days: -offset })).toBe(date);
      }),
    );
  });
});

describe("a corrected nomination day", () => {
  it("moves nomination day, list publication and campaign start, not election day", () => {
    const dates = milestoneDates({ electionDate: "2026-03-18", today: "2026-01-05", nominationDate: "2026-01-26" });
    expect(dates).toMatchObject({
      nomination_day: "2026-01-26",
      candidate_lists_published: "2026-01-30",
      campaign_start: "2026-01-31",
      two_weeks_before: "2026-03-04",
      election_day: "2026-03-18",
    });
  });

  it("falls back to election day − 44 for a day that cannot be this election's nomination day", () => {
    for (const nominationDate of ["2026-03-10", "2025-10-01", null, undefined]) {
      expect(nominationDayFor({ electionDate: "2026-03-18", nominationDate }), String(nominationDate)).toBe("2026-02-02");
    }
  });

  it("keeps every milestone in time order for any corrected day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 18_262, max: 23_741 }), fc.integer({ min: -200, max: 200 }), (days, offset) => {
        const electionDate = formatIsoDate({ days });
        const dates = milestoneDates({ electionDate, today: electionDate, nominationDate: formatIsoDate({ days: days + offset }) });
        const inOrder = milestones.slice(1).map((milestone) => dates[milestone]);
        expect([...inOrder].sort()).toEqual(inOrder);
        expect(new Set(inOrder).size).toBe(inOrder.length);
      }),
    );
  });
});

describe("weekStartOf", () => {
  it("gives the Monday of the week", () => {
    expect(weekStartOf({ date: "2026-12-01" })).toBe("2026-11-30"); // a Tuesday
    expect(weekStartOf({ date: "2026-11-30" })).toBe("2026-11-30");
    expect(weekStartOf({ date: "2026-12-06" })).toBe("2026-11-30"); // a Sunday
  });
});

describe("isElectionPast", () => {
  it("is false on election day and true the day after", () => {
    expect(isElectionPast({ electionDate: "2026-03-18", today: "2026-03-17" })).toBe(false);
    expect(isElectionPast({ electionDate: "2026-03-18", today: "2026-03-18" })).toBe(false);
    expect(isElectionPast({ electionDate: "2026-03-18", today: "2026-03-19" })).toBe(true);
  });
});
