import { zodResolver } from "@hookform/resolvers/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { changePassword, newRecoveryCodes, setRecoveryCodesFlash, turnOffTwoStep } from "../auth/account.server";
import { changePasswordSchema, fieldErrors, signInCodeSchema } from "../auth/forms";
import { passwordMinLength } from "../auth/password-policy";
import {
  createUserSession,
  destroyOtherSessions,
  endSessionByHandle,
  listActiveSessions,
  markSessionPending,
  requireUser,
} from "../auth/session.server";
import { ErrorSummary, Field, useErrorText, useCheckedSubmit } from "../components/field";
import { formatDateTime, type MessageKey } from "../i18n/translate";
import { useLanguage, useT } from "../i18n/use-t";
import { recordAuditEvent } from "../models/audit.server";
import { countUnusedRecoveryCodes, mustUseTwoStep } from "../models/two-step.server";
import { formToObject, getClientAddress, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "security.title");

const notices = {
  password: "security.notice.password",
  off: "security.notice.off",
  session: "security.notice.session",
  others: "security.notice.others",
  "recovery-used": "security.notice.recoveryUsed",
} as const satisfies Record<string, MessageKey>;

function isNotice(value: string | null): value is keyof typeof notices {
  return value !== null && Object.hasOwn(notices, value);
}

/** "Firefox on Windows" from a User-Agent header, in words a person recognises; null when unclear. */
function describeDevice(userAgent: string | null): { browser: string | null; system: string | null } {
  const ua = userAgent ?? "";
  const browser = /Edg\//.test(ua)
    ? "Edge"
    : /Firefox\//.test(ua)
      ? "Firefox"
      : /Chrom(e|ium)\//.test(ua)
        ? "Chrome"
        : /Safari\//.test(ua)
          ? "Safari"
          : null;
  const system = /Windows/.test(ua)
    ? "Windows"
    : /iPhone|iPad/.test(ua)
      ? "iOS"
      : /Android/.test(ua)
        ? "Android"
        : /Mac OS X/.test(ua)
          ? "macOS"
          : /Linux/.test(ua)
            ? "Linux"
            : null;
  return { browser, system };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const notice = new URL(request.url).searchParams.get("notice");
  return {
    email: user.email,
    twoStep: { enabled: user.twoStep.enabled, required: mustUseTwoStep(user.twoStep) },
    unusedRecoveryCodes: user.twoStep.enabled ? countUnusedRecoveryCodes({ userId: user.id }) : 0,
    sessions: listActiveSessions({ userId: user.id, currentIdHash: user.sessionIdHash }).map((s) => ({
      handle: s.handle,
      current: s.current,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      device: describeDevice(s.userAgent),
      ipAddress: s.ipAddress,
    })),
    notice: isNotice(notice) ? notices[notice] : null,
  };
}

const handleSchema = z.string().regex(/^[0-9a-f]{32}$/);
const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("change-password"), currentPassword: z.string(), password: z.string(), confirmPassword: z.string() }),
  z.object({ intent: z.literal("two-step-off"), code: z.string() }),
  z.object({ intent: z.literal("new-codes"), code: z.string() }),
  z.object({ intent: z.literal("end-session"), handle: handleSchema }),
  z.object({ intent: z.literal("end-other-sessions") }),
]);

type FormName = "password" | "off" | "codes" | "sessions";
type ActionData = { form: FormName; errors: Partial<Record<string, string>>; retryAfterMinutes?: number };

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request, 8192);
  if (!form) return data<ActionData>({ form: "sessions", errors: { form: "errors.tooLarge" } }, { status: 413 });
  const fields = formToObject(form);
  const parsed = actionSchema.safeParse(fields);
  if (!parsed.success) return data<ActionData>({ form: "sessions", errors: { form: "errors.badForm" } }, { status: 400 });
  const ipAddress = getClientAddress(context);
  const actor = { userId: user.id, email: user.email, ipAddress };
  const input = parsed.data;
  const locked = (formName: FormName, seconds: number) =>
    data<ActionData>({ form: formName, errors: { form: "security.locked" }, retryAfterMinutes: Math.ceil(seconds / 60) }, { status: 429, headers: { "Retry-After": String(seconds) } });

  switch (input.intent) {
    case "change-password": {
      const checked = changePasswordSchema.safeParse({ ...input, email: user.email });
      if (!checked.success) return data<ActionData>({ form: "password", errors: fieldErrors(checked.error) }, { status: 400 });
      const result = await changePassword({ actor, currentPassword: checked.data.currentPassword, newPassword: checked.data.password, keepSessionIdHash: user.sessionIdHash });
      if (result.status === "locked") return locked("password", result.retryAfterSeconds);
      if (result.status === "invalid") return data<ActionData>({ form: "password", errors: { currentPassword: "security.password.wrongCurrent" } }, { status: 400 });
      // The other sessions are gone; this one continues under a new id.
      const cookie = await createUserSession({ request, userId: user.id, ipAddress, organisationId: user.current?.organisationId ?? null });
      return redirect("/account/security?notice=password", { headers: { "Set-Cookie": cookie } });
    }
    case "two-step-off":
    case "new-codes": {
      const formName = input.intent === "two-step-off" ? "off" : "codes";
      if (!user.twoStep.enabled) return redirect("/account/security");
      const checked = signInCodeSchema.safeParse({ code: input.code });
      if (!checked.success) return data<ActionData>({ form: formName, errors: fieldErrors(checked.error) }, { status: 400 });
      if (input.intent === "new-codes") {
        const result = await newRecoveryCodes({ actor, code: checked.data.code });
        if (result.status === "locked") return locked(formName, result.retryAfterSeconds);
        if (result.status === "invalid") return data<ActionData>({ form: formName, errors: { code: "security.wrongCode" } }, { status: 400 });
        const cookie = await setRecoveryCodesFlash({ userId: user.id, codes: result.recoveryCodes, next: "/account/security" });
        return redirect("/account/recovery-codes", { headers: { "Set-Cookie": cookie } });
      }
      const result = await turnOffTwoStep({ actor, code: checked.data.code, keepSessionIdHash: user.sessionIdHash });
      if (result.status === "locked") return locked(formName, result.retryAfterSeconds);
      if (result.status === "invalid") return data<ActionData>({ form: formName, errors: { code: "security.wrongCode" } }, { status: 400 });
      if (result.mustSetUpAgain) {
        // Two-step sign-in is not optional for this account: this session opens only the set-up page now.
        markSessionPending({ sessionIdHash: user.sessionIdHash });
        return redirect("/account/two-step?redirectTo=%2Faccount%2Fsecurity");
      }
      return redirect("/account/security?notice=off");
    }
    case "end-session": {
      const mine = listActiveSessions({ userId: user.id, currentIdHash: user.sessionIdHash }).find((s) => s.handle === input.handle);
      // This device is ended with "Sign out"; another user's session is simply not found.
      if (!mine || mine.current || !endSessionByHandle({ userId: user.id, handle: input.handle })) {
        return data<ActionData>({ form: "sessions", errors: { form: "security.sessions.notFound" } }, { status: 404 });
      }
      recordAuditEvent({ action: "session_ended", actorUserId: user.id, targetType: "session", targetId: input.handle.slice(0, 8), ipAddress });
      return redirect("/account/security?notice=session");
    }
    case "end-other-sessions": {
      destroyOtherSessions({ userId: user.id, keepIdHash: user.sessionIdHash });
      recordAuditEvent({ action: "session_ended", actorUserId: user.id, targetType: "session", targetId: "others", ipAddress });
      return redirect("/account/security?notice=others");
    }
  }
}

function useFormErrors(formName: FormName) {
  const result = useActionData<typeof action>();
  return result?.form === formName ? result : undefined;
}

function FormProblem({ result }: { result: ActionData | undefined }) {
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

function PasswordForm({ email }: { email: string }) {
  const t = useT();
  const result = useFormErrors("password");
  const navigation = useNavigation();
  const form = useForm({
    resolver: zodResolver(changePasswordSchema),
    mode: "onTouched",
    defaultValues: { email, currentPassword: "", password: "", confirmPassword: "" },
  });
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
      <Form
        method="post"
        ref={checkedSubmit.ref}
        noValidate
        className="stacked-form"
        onSubmit={checkedSubmit.onSubmit}
      >
        <input type="hidden" name="intent" value="change-password" />
        <input type="hidden" name="username" autoComplete="username" value={email} />
        <Field label={labels.currentPassword} type="password" autoComplete="current-password" required maxLength={256} error={errors.currentPassword} {...form.register("currentPassword")} />
        <Field
          label={labels.password}
          hint={t("security.password.hint", { min: passwordMinLength })}
          type="password"
          autoComplete="new-password"
          required
          maxLength={1024}
          error={errors.password}
          {...form.register("password")}
        />
        <Field label={labels.confirmPassword} type="password" autoComplete="new-password" required maxLength={1024} error={errors.confirmPassword} {...form.register("confirmPassword")} />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("security.password.submit")}
        </button>
      </Form>
    </section>
  );
}

/** A small form that asks for a current code (or a recovery code) before a two-step change. */
function CodeForm({ formName, intent, submitLabel, danger }: { formName: FormName; intent: string; submitLabel: string; danger?: boolean }) {
  const t = useT();
  const result = useFormErrors(formName);
  const navigation = useNavigation();
  const form = useForm({ resolver: zodResolver(signInCodeSchema), mode: "onTouched", defaultValues: { code: "" } });
  const checkedSubmit = useCheckedSubmit(form);
  const codeError = form.formState.errors.code?.message ?? result?.errors.code;
  return (
    <>
      <FormProblem result={result} />
      <Form
        method="post"
        ref={checkedSubmit.ref}
        noValidate
        className="stacked-form"
        onSubmit={checkedSubmit.onSubmit}
      >
        <input type="hidden" name="intent" value={intent} />
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

export default function AccountSecurity() {
  const t = useT();
  const language = useLanguage();
  const { email, twoStep, unusedRecoveryCodes, sessions, notice } = useLoaderData<typeof loader>();
  const sessionsResult = useFormErrors("sessions");
  const others = sessions.filter((s) => !s.current).length;
  return (
    <div className="page">
      <h1>{t("security.title")}</h1>
      <p className="lead">{t("security.lead", { email })}</p>
      <p>
        <Link to="/account/mail">{t("accountMail.link")}</Link> · <Link to="/account/email">{t("accountEmail.link")}</Link>
      </p>
      <div role="status" aria-live="polite">
        {notice ? <p className="notice">{t(notice)}</p> : null}
      </div>

      <section aria-labelledby="two-step-heading">
        <h2 id="two-step-heading">{t("security.twoStep.title")}</h2>
        {twoStep.enabled ? (
          <>
            <p>
              <strong>{t("security.twoStep.on")}</strong> {t("security.twoStep.onBody")}
            </p>
            <p>{t("security.twoStep.codesLeft", { count: unusedRecoveryCodes })}</p>
            <h3>{t("security.codes.title")}</h3>
            <p>{t("security.codes.body")}</p>
            <CodeForm formName="codes" intent="new-codes" submitLabel={t("security.codes.submit")} />
            <h3>{twoStep.required ? t("security.off.titleRequired") : t("security.off.title")}</h3>
            <p>{twoStep.required ? t("security.off.bodyRequired") : t("security.off.body")}</p>
            <CodeForm formName="off" intent="two-step-off" submitLabel={twoStep.required ? t("security.off.submitRequired") : t("security.off.submit")} danger />
          </>
        ) : (
          <>
            <p>
              <strong>{t("security.twoStep.off")}</strong> {t("security.twoStep.offBody")}
            </p>
            <p>
              <Link to="/account/two-step" className="button">
                {t("security.twoStep.turnOn")}
              </Link>
            </p>
          </>
        )}
      </section>

      <PasswordForm email={email} />

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t("security.sessions.title")}</h2>
        <p>{t("security.sessions.intro")}</p>
        <FormProblem result={sessionsResult} />
        <div className="table-scroll" role="region" aria-labelledby="sessions-caption" tabIndex={0}>
          <table className="table">
            <caption id="sessions-caption" className="visually-hidden">
              {t("security.sessions.caption")}
            </caption>
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
                        <Form method="post" className="inline-form">
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
          </table>
        </div>
        {others > 0 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="end-other-sessions" />
            <button type="submit" className="button-secondary">
              {t("security.sessions.endOthers", { count: others })}
            </button>
          </Form>
        ) : null}
      </section>
    </div>
  );
}
