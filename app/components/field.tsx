import { useSubmit } from "@remix-run/react";
import { forwardRef, type FormEvent, type InputHTMLAttributes, type ReactNode } from "react";
import { useIsMessageKey, useT } from "../i18n/use-t";

/** Turns an error (a message key from a schema, or a server key) into text in the page language. */
export function useErrorText(): (error: string | undefined) => string | undefined {
  const t = useT();
  const isMessageKey = useIsMessageKey();
  return (error) => (error === undefined ? undefined : isMessageKey(error) ? t(error) : t("errors.generic"));
}

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  error?: string;
  hint?: ReactNode;
};

/** A labelled input whose error and hint are tied to it for screen readers (forwards its ref for react-hook-form). */
export const Field = forwardRef<HTMLInputElement, FieldProps>(function Field({ name, label, error, hint, id, ...input }, ref) {
  const errorText = useErrorText()(error);
  const fieldId = id ?? `field-${name}`;
  const describedBy = [hint ? `${fieldId}-hint` : null, errorText ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={errorText ? "field field-invalid" : "field"}>
      <label htmlFor={fieldId}>{label}</label>
      {hint ? (
        <p className="hint" id={`${fieldId}-hint`}>
          {hint}
        </p>
      ) : null}
      {errorText ? (
        <p className="field-error" id={`${fieldId}-error`}>
          {errorText}
        </p>
      ) : null}
      <input ref={ref} id={fieldId} name={name} aria-invalid={errorText ? true : undefined} aria-describedby={describedBy} {...input} />
    </div>
  );
});

/** A summary at the top of a form that failed, linking to each field (WCAG 3.3.1). */
export function ErrorSummary({ errors, labels }: { errors: Partial<Record<string, string>>; labels: Partial<Record<string, string>> }) {
  const t = useT();
  const toText = useErrorText();
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => typeof entry[1] === "string");
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <h2>{t("errors.summaryTitle")}</h2>
      <ul>
        {entries.map(([field, error]) => (
          <li key={field}>{labels[field] ? <a href={`#field-${field}`}>{`${labels[field]}: ${toText(error)}`}</a> : toText(error)}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * `onSubmit` for a Remix <Form> that react-hook-form checks first: an invalid form stays on the page with
 * its errors, a valid one is submitted as the real form (the fields a no-JavaScript post sends). The form
 * is the event's own element, taken before the check runs (React clears currentTarget after the handler),
 * so no ref is read during render. The check may still be loading (checked-form.ts), so the browser's own
 * submit is stopped here, at once, and the form is sent once the check has passed.
 */
export function useCheckedSubmit(form: { handleSubmit: (onValid: () => void) => () => Promise<void> }) {
  const submit = useSubmit();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const element = event.currentTarget;
    event.preventDefault();
    void form.handleSubmit(() => {
      submit(element);
    })();
  }
  return { onSubmit };
}
