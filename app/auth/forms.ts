// Form schemas shared by the browser (react-hook-form) and the server (actions parse them again).
// Error messages are message-catalogue keys, so both sides show them in the user's language.
import { z } from "zod";
import { checkPassword, passwordMaxLength } from "../security/password-policy";
import { memberRoles } from "../security/permissions";
import { organisationKinds } from "../utils/organisation-kinds";
import { cleanLine } from "../utils/text";

// Drops control and zero-width characters that make names look alike or break layout (the same cleaning
// as for imported text).
const cleanText = (value: string) => cleanLine(value);

export const emailSchema = z
  .string({ error: "errors.email.required" })
  .transform((value) => cleanText(value).toLowerCase())
  .pipe(z.string().min(1, { error: "errors.email.required" }).max(254, { error: "errors.email.tooLong" }).email({ error: "errors.email.invalid" }));

export const nameSchema = z
  .string({ error: "errors.name.required" })
  .transform(cleanText)
  .pipe(z.string().min(1, { error: "errors.name.required" }).max(120, { error: "errors.name.tooLong" }));

export const loginSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "errors.password.required" })
    .min(1, { error: "errors.password.required" })
    .max(passwordMaxLength, { error: "errors.password.tooLong" }),
  // Not limited here: an unusable target falls back to the home page (safeRedirectTarget), it is no error of the user.
  redirectTo: z.string().optional(),
});

export const newPasswordSchema = z
  .object({
    email: z.string().max(254).optional(),
    name: nameSchema,
    password: z.string({ error: "errors.password.required" }).max(passwordMaxLength * 4, { error: "errors.password.tooLong" }),
    confirmPassword: z.string({ error: "errors.password.confirm" }).max(passwordMaxLength * 4),
  })
  .superRefine((value, ctx) => {
    const problem = checkPassword(value.password, value.email);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: `errors.password.${problem}` });
    else if (value.password !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "errors.password.mismatch" });
    }
  });

export const memberRoleSchema = z.enum(memberRoles, { error: "errors.role.invalid" });

export const inviteSchema = z.object({
  email: emailSchema,
  role: memberRoleSchema,
});

export const organisationNameSchema = z
  .string({ error: "errors.organisationName.required" })
  .transform(cleanText)
  .pipe(z.string().min(2, { error: "errors.organisationName.tooShort" }).max(120, { error: "errors.organisationName.tooLong" }));

export const createOrganisationSchema = z.object({
  name: organisationNameSchema,
  kind: z.enum(organisationKinds, { error: "errors.organisationKind.invalid" }),
  parentId: z.string().max(64).optional(),
  itLeadEmail: emailSchema,
});

// Two-step sign-in. A code from the app is six digits (a space in the middle is fine); a recovery code is
// sixteen letters and digits, hyphens optional. The server checks the code itself.
const compactCode = (value: string) => value.replace(/[\s-]/g, "");

export const signInCodeSchema = z.object({
  code: z
    .string({ error: "errors.code.required" })
    .trim()
    .min(1, { error: "errors.code.required" })
    .max(40, { error: "errors.code.format" })
    .refine((value) => /^(\d{6}|[a-z2-7]{16})$/i.test(compactCode(value)), { error: "errors.code.format" }),
  // Not limited here: an unusable target falls back to the home page (safeRedirectTarget), it is no error of the user.
  redirectTo: z.string().optional(),
});

export const setUpCodeSchema = z.object({
  code: z
    .string({ error: "errors.code.required" })
    .trim()
    .min(1, { error: "errors.code.required" })
    .max(20, { error: "errors.code.sixDigits" })
    .refine((value) => /^\d{6}$/.test(compactCode(value)), { error: "errors.code.sixDigits" }),
  // Not limited here: an unusable target falls back to the home page (safeRedirectTarget), it is no error of the user.
  redirectTo: z.string().optional(),
});

export const changePasswordSchema = z
  .object({
    email: z.string().max(254).optional(),
    currentPassword: z
      .string({ error: "errors.password.current" })
      .min(1, { error: "errors.password.current" })
      .max(passwordMaxLength, { error: "errors.password.tooLong" }),
    password: z.string({ error: "errors.password.required" }).max(passwordMaxLength * 4, { error: "errors.password.tooLong" }),
    confirmPassword: z.string({ error: "errors.password.confirm" }).max(passwordMaxLength * 4),
  })
  .superRefine((value, ctx) => {
    const problem = checkPassword(value.password, value.email);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: `errors.password.${problem}` });
    else if (value.password === value.currentPassword) ctx.addIssue({ code: "custom", path: ["password"], message: "errors.password.same" });
    else if (value.password !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "errors.password.mismatch" });
    }
  });

export type FieldErrors = Partial<Record<string, string>>;

/** Flattens zod issues to the first message per field. */
export function fieldErrors(error: z.ZodError, { shownFields }: { shownFields?: readonly string[] } = {}): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    // An error on a field the page does not show (a hidden intent, a field nobody should send) would be
    // a refusal without a message: it becomes the form's own error.
    if (shownFields && !shownFields.includes(field)) result.form ??= "errors.badForm";
    else result[field] ??= issue.message;
  }
  return result;
}
