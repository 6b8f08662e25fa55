import { useRef, useState, type ChangeEvent, type FocusEvent } from "react";
import type { FieldValues, Mode, UseFormRegisterReturn } from "react-hook-form";
import type { z } from "zod";
import type { FormCheck } from "./form-check";

// A form page's check in the browser without its weight at page load (docs/decisions/020). The page renders
// plain inputs that work without JavaScript; this hook gives them react-hook-form's `register` shape and
// loads react-hook-form, the zod resolver and the form's schema on the first focus, input or submit. Until
// then nothing is checked and nothing is held back: the inputs keep what is typed, and react-hook-form then
// takes them over with their values. If the check cannot load, the form is sent and the server checks it,
// as it always does.

type Schema = z.ZodType<FieldValues, FieldValues>;
type FieldName<S extends Schema> = Extract<keyof z.input<S>, string>;
type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export type CheckedForm<S extends Schema> = {
  register: (name: FieldName<S>) => {
    name: string;
    ref: (element: FieldElement | null) => void;
    onChange: (event: ChangeEvent<FieldElement>) => void;
    onBlur: (event: FocusEvent<FieldElement>) => void;
    onFocus: () => void;
  };
  formState: { errors: Partial<Record<FieldName<S>, { message?: string }>> };
  handleSubmit: (onValid: () => void) => () => Promise<void>;
};

/** react-hook-form's check for a server-rendered form, loaded when the user first touches the form. */
export function useCheckedForm<S extends Schema>({
  schema,
  mode = "onTouched",
  fixedValues = {},
}: {
  /** The form's schema, imported when the check loads: `() => import("../auth/forms").then((forms) => forms.loginSchema)`. */
  schema: () => Promise<S>;
  mode?: Mode;
  /** Values the schema checks that are no input of the form. */
  fixedValues?: Partial<z.input<S>>;
}): CheckedForm<S> {
  const [messages, setMessages] = useState<Record<string, string>>({});
  const state = useRef<{
    elements: Map<string, Set<FieldElement>>;
    blurred: Map<string, FieldElement>;
    check: FormCheck | null;
    loading: Promise<FormCheck | null> | null;
    registrations: Map<string, UseFormRegisterReturn>;
  }>({ elements: new Map(), blurred: new Map(), check: null, loading: null, registrations: new Map() });

  function registrationOf(check: FormCheck, name: string) {
    const known = state.current.registrations.get(name);
    if (known) return known;
    const registration = check.register(name);
    state.current.registrations.set(name, registration);
    return registration;
  }

  // Called from event handlers only (never while rendering), so the download waits for the user.
  function loadCheck(): Promise<FormCheck | null> {
    const current = state.current;
    current.loading ??= Promise.all([import("./form-check"), schema()])
      .then(([{ startFormCheck }, loaded]) => {
        // The check starts from what the inputs hold now, so taking them over changes none of them.
        const values = { ...valuesOf(current.elements), ...fixedValues };
        const check = startFormCheck({ schema: loaded, mode, values, onErrors: setMessages });
        for (const [name, elements] of current.elements) for (const element of elements) check.register(name).ref(element);
        // Registering a radio group one input at a time, react-hook-form reads the group's value from the
        // inputs it has so far and writes it into the next one, which unchecks an option chosen since the
        // page loaded. Writing the values read above once all are registered puts every input back.
        for (const [name, value] of Object.entries(values)) if (current.elements.has(name)) check.setValue(name, value);
        current.check = check;
        // A field left before the check arrived is left again now, so react-hook-form marks it touched and
        // checks it, as it would have on leaving it.
        for (const [name, element] of current.blurred) void registrationOf(check, name).onBlur({ target: element, type: "blur" });
        return check;
      })
      .catch(() => null);
    return current.loading;
  }

  function register(name: FieldName<S>) {
    return {
      name,
      ref(element: FieldElement | null) {
        const current = state.current;
        if (element) {
          const elements = current.elements.get(name) ?? new Set();
          elements.add(element);
          current.elements.set(name, elements);
        }
        // Registered again on every attach, as useForm's register() runs on every render: React detaches
        // and attaches the input whenever the ref callback is new, and a fresh register() marks it mounted.
        // A detach is not passed on (react-hook-form keeps the value of a field that goes, as with useForm).
        if (current.check && element) current.check.register(name).ref(element);
      },
      onChange(event: ChangeEvent<FieldElement>) {
        const check = state.current.check;
        if (check) void registrationOf(check, name).onChange(event);
        else void loadCheck();
      },
      onBlur(event: FocusEvent<FieldElement>) {
        const check = state.current.check;
        if (check) void registrationOf(check, name).onBlur(event);
        else state.current.blurred.set(name, event.currentTarget);
      },
      onFocus() {
        if (!state.current.check) void loadCheck();
      },
    };
  }

  function handleSubmit(onValid: () => void) {
    return async () => {
      const check = await loadCheck();
      if (check) await check.handleSubmit(onValid)();
      else onValid();
    };
  }

  return { register, formState: { errors: errorsOf<FieldName<S>>(messages) }, handleSubmit };
}

/**
 * What the inputs hold, as react-hook-form reads them: the checked option of a radio group (or "" when
 * none is), a single checkbox's value or false, any other input's value.
 */
function valuesOf(elements: Map<string, Set<FieldElement>>): FieldValues {
  const values: FieldValues = {};
  for (const [name, set] of elements) {
    const inputs = [...set];
    const first = inputs[0];
    if (!first) continue;
    if (first instanceof HTMLInputElement && first.type === "radio") {
      values[name] = inputs.find((input) => input instanceof HTMLInputElement && input.checked)?.value ?? "";
    } else if (first instanceof HTMLInputElement && first.type === "checkbox") {
      values[name] = first.checked ? first.value : false;
    } else {
      values[name] = first.value;
    }
  }
  return values;
}

function errorsOf<Name extends string>(messages: Record<string, string>): Partial<Record<Name, { message?: string }>> {
  const errors: Partial<Record<string, { message?: string }>> = {};
  for (const [name, message] of Object.entries(messages)) errors[name] = { message };
  return errors;
}
