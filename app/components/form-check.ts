// Loaded on a form's first input, never with the page (docs/decisions/020): react-hook-form's form control
// with the zod resolver, driving the inputs the server rendered. Kept apart from checked-form.ts so the
// bundle puts react-hook-form, the resolver and the schema in chunks that only this import() fetches.
import { zodResolver } from "@hookform/resolvers/zod";
import { createFormControl, type FieldErrors, type FieldValues, type Mode } from "react-hook-form";
import type { z } from "zod";

export type FormCheck = Pick<ReturnType<typeof createFormControl<FieldValues>>, "register" | "handleSubmit">;

/** The first message (a catalogue key) of each field that has one. */
function messagesOf(errors: FieldErrors): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [name, error] of Object.entries(errors)) {
    if (error && typeof error.message === "string") messages[name] = error.message;
  }
  return messages;
}

/**
 * A form check on react-hook-form's control, without a component: its values come from the inputs it is
 * given (they get no default values, so react-hook-form reads what the user has typed so far instead of
 * resetting it) and from `fixedValues`, the values the schema checks that are no input (the account's
 * e-mail address a new password may not contain). Every change of its errors goes to `onErrors`.
 */
export function startFormCheck({
  schema,
  mode,
  fixedValues,
  onErrors,
}: {
  schema: z.ZodType<FieldValues, FieldValues>;
  mode: Mode;
  fixedValues: FieldValues;
  onErrors: (messages: Record<string, string>) => void;
}): FormCheck {
  const form = createFormControl<FieldValues>({ resolver: zodResolver(schema), mode, defaultValues: fixedValues });
  form.subscribe({ formState: { errors: true }, callback: (state) => onErrors(messagesOf(state.errors ?? {})) });
  return form;
}
