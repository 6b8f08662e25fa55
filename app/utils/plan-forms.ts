// Client-safe schema for updating one plan action (messages are catalogue keys).
import { z } from "zod";
import { isCalendarDate, readDateField } from "./dates";


export const updateActionSchema = z
  .object({
    actionKey: z.string().min(1).max(200),
    owner: z.string().max(80).default(""),
    ownerName: z.string().max(500).default(""),
    dueDate: z.string().max(40).default("").transform(readDateField),
    status: z.enum(["todo", "in_progress", "done"], { error: "plan.error.status" }),
  })
  .superRefine((value, ctx) => {
    if (value.dueDate && !isCalendarDate(value.dueDate, { minYear: 1900, maxYear: 2100 })) ctx.addIssue({ code: "custom", path: ["dueDate"], message: "plan.error.dueDate" });
    if (value.owner === "other" && !value.ownerName.trim()) ctx.addIssue({ code: "custom", path: ["ownerName"], message: "plan.error.ownerName" });
    if (value.ownerName.trim().length > 120) ctx.addIssue({ code: "custom", path: ["ownerName"], message: "errors.name.tooLong" });
  });
