import { describe, expect, it } from "vitest";
import { startAssessmentSchema } from "../app/utils/assessment-forms";
import { formatDateField, isCalendarDate, readDateField } from "../app/utils/dates";
import { updateActionSchema } from "../app/utils/plan-forms";

describe("date fields read and show day-month-year", () => {
  it("reads the Dutch ways of writing a date, and YYYY-MM-DD", () => {
    expect(readDateField("17-03-2027")).toBe("2027-03-17");
    expect(readDateField(" 7-3-2027 ")).toBe("2027-03-07");
    expect(readDateField("17/03/2027")).toBe("2027-03-17");
    expect(readDateField("17.03.2027")).toBe("2027-03-17");
    expect(readDateField("2027-03-17")).toBe("2027-03-17");
  });

  it("leaves anything else for the check to refuse", () => {
    for (const text of ["morgen", "03-17-27", "2027/03/17", "117-03-2027", ""])
      expect(isCalendarDate(readDateField(text), { minYear: 1900, maxYear: 2100 }), text).toBe(false);
    // 31 February is read as a date string, then refused because it does not exist.
    expect(isCalendarDate(readDateField("31-02-2030"), { minYear: 1900, maxYear: 2100 })).toBe(false);
  });

  it("shows a stored date the way the field asks for it", () => {
    expect(formatDateField("2027-03-17")).toBe("17-03-2027");
    expect(formatDateField("")).toBe("");
    expect(readDateField(formatDateField("2030-12-01"))).toBe("2030-12-01");
  });

  it("gives the routes YYYY-MM-DD from both forms' schemas", () => {
    const start = startAssessmentSchema.safeParse({ election: "custom", customType: "gemeenteraad", customDate: "20-03-2030" });
    expect(start.success && start.data.customDate).toBe("2030-03-20");
    expect(startAssessmentSchema.safeParse({ election: "custom", customType: "gemeenteraad", customDate: "30-02-2030" }).success).toBe(false);
    const update = updateActionSchema.safeParse({ actionKey: "q:basic", status: "todo", dueDate: "01-02-2030" });
    expect(update.success && update.data.dueDate).toBe("2030-02-01");
    expect(updateActionSchema.safeParse({ actionKey: "q:basic", status: "todo", dueDate: "" }).success).toBe(true);
  });
});
