// Client-safe schemas for changing plan actions (messages are catalogue keys): one action, or several at once.
import { z } from "zod";
import { measureOwners, milestones } from "../questionnaire/schema";
import { isSensibleDate, readDateField } from "./dates";
import { cleanLine } from "./text";

export const actionStatusValues = ["todo", "in_progress", "done"] as const;

/** The longest owner name kept; longer is refused rather than cut, so nobody's name is silently changed. */
export const ownerNameMaxLength = 120;

/** A name as stored: one line, no control or bidirectional characters, single spaces, trimmed (cleanLine). */
export function cleanOwnerName({ name }: { name: string }): string {
  return cleanLine(name);
}

/**
 * The owner field: "" keeps the measure's role, "role:<role>" another role, "user:<id>" a member, "other" a
 * named person who is not a member (then ownerName holds the name).
 */
const ownerValue = z
  .string()
  .max(80)
  .refine((value) => value === "" || value === "other" || value.startsWith("user:") || measureOwners.some((role) => value === `role:${role}`), {
    message: "plan.error.owner",
  });

export const updateActionSchema = z
  .object({
    actionKey: z.string().min(1).max(200),
    owner: ownerValue.default(""),
    ownerName: z
      .string()
      .max(500)
      .default("")
      .transform((value) => cleanLine(value)),
    dueDate: z.string().max(40).default("").transform(readDateField),
    status: z.enum(actionStatusValues, { error: "plan.error.status" }),
  })
  .superRefine((value, ctx) => {
    if (value.dueDate && !isSensibleDate(value.dueDate)) ctx.addIssue({ code: "custom", path: ["dueDate"], message: "plan.error.dueDate" });
    const name = cleanOwnerName({ name: value.ownerName });
    if (value.owner === "other" && !name) ctx.addIssue({ code: "custom", path: ["ownerName"], message: "plan.error.ownerName" });
    if (name.length > ownerNameMaxLength) ctx.addIssue({ code: "custom", path: ["ownerName"], message: "errors.name.tooLong" });
  });

/** Several actions at once: the keys ticked, and an owner and/or a status for all of them. */
export const bulkUpdateSchema = z
  .object({
    actionKeys: z.array(z.string().min(1).max(200)).min(1, { message: "plan.error.noneSelected" }).max(500),
    owner: z.union([ownerValue, z.literal("keep")]).default("keep"),
    ownerName: z.string().max(500).default(""),
    status: z.enum([...actionStatusValues, "keep"], { error: "plan.error.status" }).default("keep"),
  })
  .superRefine((value, ctx) => {
    if (value.owner === "keep" && value.status === "keep") ctx.addIssue({ code: "custom", path: ["owner"], message: "plan.error.nothingToChange" });
    const name = cleanOwnerName({ name: value.ownerName });
    if (value.owner === "other" && !name) ctx.addIssue({ code: "custom", path: ["ownerName"], message: "plan.error.ownerName" });
    if (name.length > ownerNameMaxLength) ctx.addIssue({ code: "custom", path: ["ownerName"], message: "errors.name.tooLong" });
  });

/** The plan page's filters, read from the URL; anything unknown is ignored rather than an error. */
export const planFilterSchema = z.object({
  owner: z.string().max(120).catch(""),
  status: z.enum(["", "open", "late", ...actionStatusValues]).catch(""),
  milestone: z.enum(["", ...milestones]).catch(""),
  critical: z.enum(["", "1"]).catch(""),
});
export type PlanFilter = z.infer<typeof planFilterSchema>;
