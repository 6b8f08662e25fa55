// The forms of the account security page. The overview (/account/security) shows them all; each posts to
// the route of its own concern (password, sessions, two-step off, new recovery codes), which shows the same
// form alone, with its errors, when something was wrong (with or without JavaScript).
import { Form, useNavigation } from "@remix-run/react";
import { Link } from "./link";
import type { ReactNode } from "react";
import { formatDateTime } from "../i18n/translate";
import { useLanguage, useT } from "../i18n/use-t";
import { passwordMinLength } from "../security/password-policy";
import type { DeviceDescription } from "../utils/user-agent";
import { ErrorSummary, Field, useErrorText, useCheckedSubmit } from "./field";
import { NewPasswordFields } from "./new-password-fields";
import { ScrollTable } from "./scroll-table";
import { useCheckedForm } from "./checked-form";

/** What a security form's action answers when it does not redirect. */
export type SecurityFormResult = { errors: Partial<Record<string, string>>; retryAfterMinutes?: number };

export const securityPaths = {
  overview: "/account/security",
  password: "/account/security/password",
  sessions: "/account/security/sessions",
  twoStepOff: "/account/security/two-step-off",
  newCodes: "/account/security/new-codes",
} as const;

/** The frame of a page for one security concern: the page title and the way back to the overview. */
export function SecurityConcernPage({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="page">
      <h1>{t("security.title")}</h1>
      <p>
        <Link to={securityPaths.overview}>{t("security.back")}</Link>
      </p>
      {children}
    </div>
  );
}

export function FormProblem({ result }: { result: SecurityFormResult | undefined }) {
  const t = useT();
  const errorText = useErrorText();
  const problem = result?.errors.form;
  if (!problem) return null;
  return (
    <div className="error-summary" role="alert">
      <p>{problem === "security.locked" ? t("security.locked", { minutes: result?.retryAfterMinutes ?? 15 }) : errorText(problem)}</p>
    </div>
  );
}

export function PasswordForm({ email, result }: { email: string; result?: SecurityFormResult }) {
  const t = useT();
  const navigation = useNavigation();
  const form = useCheckedForm({ schema: () => import("../auth/forms").then((forms) => forms.changePasswordSchema), fixedValues: { email } });
  const checkedSubmit = useCheckedSubmit(form);
  const server = result?.errors ?? {};
  const errors = {
    currentPassword: form.formState.errors.currentPassword?.message ?? server.currentPassword,
    password: form.formState.errors.password?.message ?? server.password,
    confirmPassword: form.formState.errors.confirmPassword?.message ?? server.confirmPassword,
  };
  const labels = { currentPassword: t("security.password.current"), password: t("security.password.new"), confirmPassword: t("security.password.confirm") };
  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">{t("security.password.title")}</h2>
      <p>{t("security.password.intro")}</p>
      <FormProblem result={result} />
      <ErrorSummary errors={result && !server.form ? errors : {}} labels={labels} />
      <Form method="post" action={securityPaths.password} noValidate className="stacked-form" onSubmit={checkedSubmit.onSubmit}>
        <input type="hidden" name="username" autoComplete="username" value={email} />
        <Field
          label={labels.currentPassword}
          type="password"
          autoComplete="current-password"
          required
          maxLength={256}
          error={errors.currentPassword}
          {...form.register("currentPassword")}
        />
        <NewPasswordFields
          labels={labels}
          hint={t("security.password.hint", { min: passwordMinLength })}
          errors={errors}
          password={form.register("password")}
          confirmPassword={form.register("confirmPassword")}
        />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("security.password.submit")}
        </button>
      </Form>
    </section>
  );
}

/** A small form that asks for a current code (or a recovery code) before a two-step change. */
export function CodeForm({
  formName,
  submitLabel,
  danger,
  result,
}: {
  formName: "off" | "codes";
  submitLabel: string;
  danger?: boolean;
  result?: SecurityFormResult;
}) {
  const t = useT();
  const navigation = useNavigation();
  const form = useCheckedForm({ schema: () => import("../auth/forms").then((forms) => forms.signInCodeSchema) });
  const checkedSubmit = useCheckedSubmit(form);
  const codeError = form.formState.errors.code?.message ?? result?.errors.code;
  return (
    <>
      <FormProblem result={result} />
      <Form
        method="post"
        action={formName === "off" ? securityPaths.twoStepOff : securityPaths.newCodes}
        noValidate
        className="stacked-form"
        onSubmit={checkedSubmit.onSubmit}
      >
        <Field
          id={`field-${formName}-code`}
          label={t("security.codeLabel")}
          hint={t("security.codeHint")}
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={40}
          error={codeError}
          {...form.register("code")}
        />
        <button type="submit" className={danger ? "button-danger" : undefined} disabled={navigation.state === "submitting"}>
          {submitLabel}
        </button>
      </Form>
    </>
  );
}

export type SessionView = { handle: string; current: boolean; createdAt: string; lastSeenAt: string; device: DeviceDescription; ipAddress: string | null };

/** The devices where the user is signed in, each with a button that signs it out, and one for all others. */
export function SessionsSection({ sessions, result }: { sessions: SessionView[]; result?: SecurityFormResult }) {
  const t = useT();
  const language = useLanguage();
  const others = sessions.filter((s) => !s.current).length;
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t("security.sessions.title")}</h2>
      <p>{t("security.sessions.intro")}</p>
      <FormProblem result={result} />
      <ScrollTable caption={t("security.sessions.caption")} captionId="sessions-caption" hideCaption>
        <thead>
          <tr>
            <th scope="col">{t("security.sessions.device")}</th>
            <th scope="col">{t("security.sessions.since")}</th>
            <th scope="col">{t("security.sessions.lastUsed")}</th>
            <th scope="col">{t("security.sessions.address")}</th>
            <th scope="col">{t("security.sessions.action")}</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => {
            const device =
              s.device.browser && s.device.system
                ? t("security.sessions.browserOn", { browser: s.device.browser, system: s.device.system })
                : (s.device.browser ?? s.device.system ?? t("security.sessions.unknownDevice"));
            return (
              <tr key={s.handle}>
                <td>
                  {device}
                  {s.current ? <strong>{` ${t("security.sessions.thisDevice")}`}</strong> : null}
                </td>
                <td>{formatDateTime(language, s.createdAt)}</td>
                <td>{formatDateTime(language, s.lastSeenAt)}</td>
                <td>{s.ipAddress ?? "—"}</td>
                <td>
                  {s.current ? (
                    t("security.sessions.useSignOut")
                  ) : (
                    <Form method="post" action={securityPaths.sessions} className="inline-form">
                      <input type="hidden" name="intent" value="end-session" />
                      <input type="hidden" name="handle" value={s.handle} />
                      <button type="submit" className="button-secondary">
                        {t("security.sessions.end")}
                        <span className="visually-hidden">{` ${device}, ${formatDateTime(language, s.lastSeenAt)}`}</span>
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
      {others > 0 ? (
        <Form method="post" action={securityPaths.sessions}>
          <input type="hidden" name="intent" value="end-other-sessions" />
          <button type="submit" className="button-secondary">
            {t("security.sessions.endOthers", { count: others })}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
