// Client-safe schemas for changing plan actions (messages are catalogue keys): one action, or several at once.
import { z } from "zod";
import { measureOwners, milestones } from "../questionnaire/schema";
import { isCalendarDate } from "./dates";

export const actionStatusValues = ["todo", "in_progress", "done"] as const;

/** The longest owner name kept; longer is refused rather than cut, so nobody's name is silently changed. */
export const ownerNameMaxLength = 120;

// C0/C1 controls (line breaks included) and the bidirectional overrides and isolates, which can make a name
// display as something else (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C).
const unsafeCharacters = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** A name as stored: one line, no control or bidirectional characters, single spaces, trimmed. */
export function cleanOwnerName({ name }: { name: string }): string {
  return name.replace(/[\r\n\t\u2028\u2029]+/g, " ").replace(unsafeCharacters, "").replace(/\s+/g, " ").trim();
}

/**
 * The owner field: "" keeps the measure's role, "role:<role>" another role, "user:<id>" a member, "other" a
 * named person who is not a member (then ownerName holds the name).
 */
const ownerValue = z
  .string()
  .max(80)
  .refine((value) => value === "" || value === "other" || value.startsWith("user:") || measureOwners.some((role) => value === `role:${role}`), { message: "plan.error.owner" });

export const updateActionSchema = z
  .object({
    actionKey: z.string().min(1).max(200),
    owner: ownerValue.default(""),
    ownerName: z.string().max(500).default(""),
    dueDate: z.string().max(40).default(""),
    status: z.enum(actionStatusValues, { error: "plan.error.status" }),
  })
  .superRefine((value, ctx) => {
    if (value.dueDate && !isCalendarDate(value.dueDate, { minYear: 1900, maxYear: 2100 })) ctx.addIssue({ code: "custom", path: ["dueDate"], message: "plan.error.dueDate" });
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
