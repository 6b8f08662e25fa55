// The two fields of a new password, on the invitation, password-reset and change-password pages: the
// password with its rule as hint, and the same again. The rules are in app/security/password-policy and the
// forms' schemas check them; each page keeps its own labels and its own form wiring.
import type { ComponentPropsWithRef, ReactNode } from "react";
import { passwordMaxLength } from "../security/password-policy";
import { Field } from "./field";

/** What a page hands each field besides its label and error: its name and, with react-hook-form, what register() returns. */
type FieldInput = Omit<ComponentPropsWithRef<typeof Field>, "label" | "error" | "hint" | "type">;

export function NewPasswordFields({
  labels,
  hint,
  errors,
  password,
  confirmPassword,
}: {
  labels: { password: string; confirmPassword: string };
  hint: ReactNode;
  errors: { password?: string; confirmPassword?: string };
  password: FieldInput;
  confirmPassword: FieldInput;
}) {
  // Longer than the rule allows, so that a pasted long password is answered with "too long", not cut short.
  const maxLength = passwordMaxLength * 4;
  return (
    <>
      <Field
        label={labels.password}
        hint={hint}
        type="password"
        autoComplete="new-password"
        required
        maxLength={maxLength}
        error={errors.password}
        {...password}
      />
      <Field
        label={labels.confirmPassword}
        type="password"
        autoComplete="new-password"
        required
        maxLength={maxLength}
        error={errors.confirmPassword}
        {...confirmPassword}
      />
    </>
  );
}
