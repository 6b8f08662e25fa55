// Client-safe schema for updating one plan action (messages are catalogue keys).
import { z } from "zod";
import { isSensibleDate } from "./dates";
import { cleanLine } from "./text";

export const updateActionSchema = z
  .object({
    actionKey: z.string().min(1).max(200),
    owner: z.string().max(80).default(""),
    ownerName: z.string().max(500).default("").transform((value) => cleanLine(value)),
    dueDate: z.string().max(40).default(""),
    status: z.enum(["todo", "in_progress", "done"], { error: "plan.error.status" }),
  })
  .superRefine((value, ctx) => {
    if (value.dueDate && !isSensibleDate(value.dueDate)) ctx.addIssue({ code: "custom", path: ["dueDate"], message: "plan.error.dueDate" });
    if (value.owner === "other" && !value.ownerName.trim()) ctx.addIssue({ code: "custom", path: ["ownerName"], message: "plan.error.ownerName" });
    if (value.ownerName.trim().length > 120) ctx.addIssue({ code: "custom", path: ["ownerName"], message: "errors.name.tooLong" });
  });
