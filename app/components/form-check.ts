// Loaded on a form's first input, never with the page (docs/decisions/020): react-hook-form's form control
// with the zod resolver, driving the inputs the server rendered. Kept apart from checked-form.ts so the
// bundle puts react-hook-form, the resolver and the schema in chunks that only this import() fetches.
import { zodResolver } from "@hookform/resolvers/zod";
import { createFormControl, type FieldErrors, type FieldValues, type Mode } from "react-hook-form";
import type { z } from "zod";

export type FormCheck = Pick<ReturnType<typeof createFormControl<FieldValues>>, "register" | "handleSubmit" | "setValue">;

/** The values as the browser would send the form: an unticked checkbox (false) is left out. */
function asSent(values: FieldValues): FieldValues {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== false));
}

/** The first message (a catalogue key) of each field that has one. */
function messagesOf(errors: FieldErrors): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [name, error] of Object.entries(errors)) {
    if (error && typeof error.message === "string") messages[name] = error.message;
  }
  return messages;
}

/**
 * A form check on react-hook-form's control, without a component. `values` are what the inputs hold when
 * it starts (react-hook-form writes its default values into the inputs it is given, so anything else would
 * undo what the user typed before the check arrived) and the values the schema checks that are no input
 * (the account's e-mail address a new password may not contain). Every change of its errors goes to
 * `onErrors`.
 */
export function startFormCheck({
  schema,
  mode,
  values,
  onErrors,
}: {
  schema: z.ZodType<FieldValues, FieldValues>;
  mode: Mode;
  values: FieldValues;
  onErrors: (messages: Record<string, string>) => void;
}): FormCheck {
  const resolve = zodResolver(schema);
  const form = createFormControl<FieldValues>({
    // The schemas describe what a form sends: a checkbox that is not ticked sends nothing, where
    // react-hook-form holds `false`. The schema gets the values as the form would send them.
    resolver: (formValues, context, options) => resolve(asSent(formValues), context, options),
    mode,
    defaultValues: values,
  });
  form.subscribe({ formState: { errors: true }, callback: (state) => onErrors(messagesOf(state.errors ?? {})) });
  return form;
}
