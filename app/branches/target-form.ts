// Client-safe schema of the party target form: an election (type and day) and the day by which every branch submits.
import { z } from "zod";
import { electionTypes } from "../plan/elections";
import { isSensibleDate, readDateField } from "../utils/dates";

const dateField = (message: string) =>
  z
    .string({ error: message })
    .max(40, { error: message })
    .transform(readDateField)
    .refine((value) => isSensibleDate(value), { error: message });

export const partyTargetSchema = z
  .object({
    electionType: z.enum(electionTypes, { error: "errors.election.type" }),
    electionDate: dateField("errors.election.date"),
    dueDate: dateField("party.target.error.dueDate"),
  })
  .superRefine((value, ctx) => {
    if (value.dueDate > value.electionDate) ctx.addIssue({ code: "custom", path: ["dueDate"], message: "party.target.error.afterElection" });
  });
