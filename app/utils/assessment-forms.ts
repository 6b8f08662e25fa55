// Client-safe form schemas for starting and importing assessments (error messages are catalogue keys).
import { z } from "zod";
import { electionTypes, knownElections } from "../plan/elections";
import { isCalendarDate, readDateField } from "./dates";

export const startAssessmentSchema = z
  .object({
    election: z.string({ error: "errors.election.required" }).min(1, { error: "errors.election.required" }).max(40),
    customType: z.string().max(40).optional(),
    customDate: z.string().max(40).optional().transform((value) => (value === undefined ? value : readDateField(value))),
    carryOver: z.string().max(10).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.election === "custom") {
      if (!electionTypes.some((type) => type === value.customType)) ctx.addIssue({ code: "custom", path: ["customType"], message: "errors.election.type" });
      if (!value.customDate || !isCalendarDate(value.customDate, { minYear: 2000, maxYear: 2100 })) ctx.addIssue({ code: "custom", path: ["customDate"], message: "errors.election.date" });
    } else if (!knownElections.some((election) => election.id === value.election)) {
      ctx.addIssue({ code: "custom", path: ["election"], message: "errors.election.required" });
    }
  });
export type StartAssessmentInput = z.infer<typeof startAssessmentSchema>;
