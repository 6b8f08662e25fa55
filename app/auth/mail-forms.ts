// Form schemas of the forgotten-password pages, shared by the browser and the server.
import { z } from "zod";
import { emailSchema } from "./forms";
import { checkPassword, passwordMaxLength } from "../security/password-policy";

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z
  .object({
    email: z.string().max(254).optional(),
    password: z.string({ error: "errors.password.required" }).max(passwordMaxLength * 4, { error: "errors.password.tooLong" }),
    confirmPassword: z.string({ error: "errors.password.confirm" }).max(passwordMaxLength * 4),
  })
  .superRefine((value, ctx) => {
    const problem = checkPassword(value.password, value.email);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: `errors.password.${problem}` });
    else if (value.password !== value.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "errors.password.mismatch" });
  });

export const mailSettingsSchema = z.object({
  language: z.enum(["nl", "en"], { error: "errors.badForm" }),
  // A checkbox: present ("on") when ticked, absent otherwise.
  reminders: z.literal("on").optional(),
});

export const changeEmailSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "errors.password.required" })
    .min(1, { error: "errors.password.required" })
    .max(passwordMaxLength, { error: "errors.password.tooLong" }),
});
