// Every date that enters is a real calendar date in 2000–2100; a bad one already stored breaks no page.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createUserSession } from "../../app/auth/session.server";
import { getDb } from "../../app/db.server";
import { formatDate, formatDateTime, formatTime } from "../../app/i18n/translate";
import { startAssessment } from "../../app/models/assessments.server";
import { exportAssessment, importAssessment } from "../../app/models/exchange.server";
import { loader as listLoader } from "../../app/routes/assessments._index";
import { loader as overviewLoader } from "../../app/routes/assessments.$id._index";
import { loader as planLoader } from "../../app/routes/assessments.$id.plan/route";
import { loader as pdfLoader } from "../../app/routes/assessments.$id.plan[.pdf]";
import { loader as icsLoader } from "../../app/routes/assessments.$id.plan[.ics]";
import { loader as resultsLoader } from "../../app/routes/assessments.$id.results";
import { isSensibleDate } from "../../app/utils/dates";
import { startAssessmentSchema } from "../../app/utils/assessment-forms";
import { updateActionSchema } from "../../app/utils/plan-forms";
import { assessments } from "../../db/schema";
import { cookieFrom, getRequest, makeOrganisation, makeUser, outcomeStatus } from "../helpers/factory";

const impossible = ["2026-02-30", "9999-99-99", "0000-00-00", "2026-13-01", "1899-12-31", "2101-01-01", "2026-2-3", "", "2026-02-28T00:00"];

describe("dates entering the system", () => {
  it.each(impossible)("refuses %j", (value) => {
    expect(isSensibleDate(value)).toBe(false);
  });

  it("accepts real dates, leap days only in leap years", () => {
    expect(isSensibleDate("2028-02-29")).toBe(true);
    expect(isSensibleDate("2027-02-29")).toBe(false);
    expect(isSensibleDate("2000-01-01") && isSensibleDate("2100-12-31")).toBe(true);
  });

  it("refuses an imported file with an impossible election date, naming the field", async () => {
    const org = makeOrganisation();
    const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
    const actor = { userId: lead.id, organisationId: org.id, role: "it_lead" as const, ipAddress: "::1" };
    const started = startAssessment({ actor, electionType: "gemeenteraad", electionDate: "2030-03-20", carryOver: false });
    if (!started.ok) throw new Error(started.error);
    const row = getDb().select().from(assessments).where(eq(assessments.id, started.id)).get();
    if (!row) throw new Error("no assessment");
    const exported = exportAssessment({ assessment: row });
    for (const date of ["2026-02-30", "9999-99-99", "0000-00-00"]) {
      const file = structuredClone(exported);
      file.election.date = date;
      const result = importAssessment({ actor, text: JSON.stringify(file) });
      expect(result.ok, date).toBe(false);
      if (!result.ok) expect(result.problems[0]).toMatchObject({ code: "invalid_field" });
    }
  });

  it("is checked by the forms' schemas", () => {
    const start = startAssessmentSchema.safeParse({ election: "custom", customType: "gemeenteraad", customDate: "2026-02-30" });
    expect(start.success).toBe(false);
    const due = updateActionSchema.safeParse({ actionKey: "x", status: "todo", dueDate: "1950-01-01" });
    expect(due.success).toBe(false);
    expect(updateActionSchema.safeParse({ actionKey: "x", status: "todo", dueDate: "2027-01-31" }).success).toBe(true);
  });
});

describe("a bad election date already stored", () => {
  it("breaks no page: the list and overview render, the plan, PDF and calendar say what is wrong", async () => {
    const org = makeOrganisation();
    const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
    const actor = { userId: lead.id, organisationId: org.id, role: "it_lead" as const, ipAddress: "::1" };
    const started = startAssessment({ actor, electionType: "gemeenteraad", electionDate: "2030-03-20", carryOver: false });
    if (!started.ok) throw new Error(started.error);
    for (const date of ["2026-02-30", "9999-99-99", "0000-00-00"]) {
      getDb().update(assessments).set({ electionDate: date }).where(eq(assessments.id, started.id)).run();
      const cookie = cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId: lead.id, ipAddress: "::1" }));
      const args = (path: string) => ({ request: getRequest(path, { Cookie: cookie }), params: { id: started.id }, context: {} });
      expect(await outcomeStatus(() => listLoader(args("/assessments"))), date).toBe(200);
      expect(await outcomeStatus(() => overviewLoader(args(`/assessments/${started.id}`))), date).toBe(200);
      expect(await outcomeStatus(() => resultsLoader(args(`/assessments/${started.id}/results`))), date).toBe(200);
      for (const loader of [planLoader, pdfLoader, icsLoader]) {
        const thrown = await Promise.resolve(loader(args(`/assessments/${started.id}/plan`))).then(
          () => null,
          (error: unknown) => error,
        );
        expect(thrown, date).toMatchObject({ init: { status: 422 }, data: { messageKey: "error.badElectionDate.body", values: { date } } });
      }
    }
  });

  it("is shown as stored by the date formatter instead of throwing", () => {
    expect(formatDate("nl", "9999-99-99T12:00:00Z")).toBe("9999-99-99");
    expect(formatDate("en", "0000-00-00T12:00:00Z")).toBe("0000-00-00");
    expect(formatDate("en", "2027-03-17T12:00:00Z")).toBe("17 March 2027");
  });

  it("formats a moment once per formatter, and each language and style keeps its own text", () => {
    const moment = "2026-11-30T15:04:00Z";
    const seen = [formatDateTime("nl", moment), formatDateTime("en", moment), formatDate("nl", moment), formatTime("en", moment)];
    expect(seen).toEqual(["30 nov 2026, 16:04", "30 Nov 2026, 16:04", "30 november 2026", "16:04"]);
    // Asked again, in any form the pages pass it (string, Date, number): the same text.
    expect([formatDateTime("nl", new Date(moment)), formatDateTime("en", Date.parse(moment)), formatDate("nl", moment), formatTime("en", moment)]).toEqual(
      seen,
    );
    expect(formatDateTime("nl", "2026-11-30T15:05:00Z")).toBe("30 nov 2026, 16:05");
  });
});
