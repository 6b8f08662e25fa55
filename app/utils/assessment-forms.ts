// Client-safe form schemas for starting and importing assessments (error messages are catalogue keys).
import { z } from "zod";
import { dutchToday, electionTypes, knownElections } from "../plan/elections";
import { isSensibleDate, readDateField } from "./dates";
import { isPlausibleNominationDay } from "../plan/timeline";

export const startAssessmentSchema = z
  .object({
    election: z.string({ error: "errors.election.required" }).min(1, { error: "errors.election.required" }).max(40),
    customType: z.string().max(40).optional(),
    customDate: z
      .string()
      .max(40)
      .optional()
      .transform((value) => (value === undefined ? value : readDateField(value))),
    carryOver: z.string().max(10).optional(),
    // Ticked only after the server refused a second draft for the same election.
    secondDraft: z.string().max(10).optional(),
  })
  .superRefine((value, ctx) => {
    // Today in the Netherlands, read at each check, so a page left open overnight still refuses yesterday.
    const today = dutchToday();
    if (value.election === "custom") {
      if (!electionTypes.some((type) => type === value.customType)) ctx.addIssue({ code: "custom", path: ["customType"], message: "errors.election.type" });
      if (!value.customDate || !isSensibleDate(value.customDate)) ctx.addIssue({ code: "custom", path: ["customDate"], message: "errors.election.date" });
      else if (value.customDate < today) ctx.addIssue({ code: "custom", path: ["customDate"], message: "errors.election.past" });
    } else {
      const known = knownElections.find((election) => election.id === value.election);
      if (!known) ctx.addIssue({ code: "custom", path: ["election"], message: "errors.election.required" });
      else if (known.date < today) ctx.addIssue({ code: "custom", path: ["election"], message: "errors.election.past" });
    }
  });
export type StartAssessmentInput = z.infer<typeof startAssessmentSchema>;

/**
 * The IT lead's correction of nomination day: empty means "use the computed day"; otherwise an existing
 * calendar date before election day. Built per assessment, so the browser and the server check the same day.
 */
export function nominationDaySchemaFor({ electionDate }: { electionDate: string }) {
  return z.object({
    nominationDate: z
      .string()
      .max(40)
      .optional()
      .transform((value) => readDateField(value ?? ""))
      .superRefine((value, ctx) => {
        if (value === "") return;
        if (!isSensibleDate(value)) ctx.addIssue({ code: "custom", message: "errors.nominationDate.date" });
        else if (value >= electionDate) ctx.addIssue({ code: "custom", message: "errors.nominationDate.beforeElection" });
        // The plan only uses a day in this range (nominationDayFor); a form that saved another would say "saved" for nothing.
        else if (!isPlausibleNominationDay({ electionDate, nominationDate: value })) ctx.addIssue({ code: "custom", message: "errors.nominationDate.range" });
      }),
  });
}
