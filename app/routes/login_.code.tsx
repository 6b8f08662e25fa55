import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "../components/link";
import { fieldErrors, signInCodeSchema } from "../auth/forms";
import { homePathFor } from "../auth/guards.server";
import { createUserSession, getPendingSession, getSessionUser } from "../auth/session.server";
import { completeSecondStep } from "../auth/sign-in.server";
import { ErrorSummary, Field, useErrorText, useCheckedSubmit } from "../components/field";
import { useCheckedForm } from "../components/checked-form";
import { useT } from "../i18n/use-t";
import { formToObject, getClientAddress, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { safeRedirectTarget } from "../utils/redirect";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "loginCode.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirectTo = safeRedirectTarget({ target: url.searchParams.get("redirectTo"), fallback: "" });
  const pending = await getPendingSession(request);
  if (!pending) {
    const user = await getSessionUser(request);
    throw redirect(user ? homePathFor(user) : "/login");
  }
  if (!pending.twoStep.enabled) throw redirect(`/account/two-step${redirectTo ? `?redirectTo=${encodeURIComponent(redirectTo)}` : ""}`);
  return { recovery: url.searchParams.get("recovery") === "1", redirectTo };
}

type ActionData = { errors: Partial<Record<string, string>>; retryAfterMinutes: number | null };

export async function action({ request, context }: ActionFunctionArgs) {
  const pending = await getPendingSession(request);
  // The pending session ran out (15 minutes) or was never there: start again with the password.
  if (!pending) throw redirect("/login?expired=1");
  const form = await readForm(request, 4096);
  if (!form) return data<ActionData>({ errors: { form: "errors.tooLarge" }, retryAfterMinutes: null }, { status: 413 });
  const parsed = signInCodeSchema.safeParse(formToObject(form));
  if (!parsed.success) return data<ActionData>({ errors: fieldErrors(parsed.error), retryAfterMinutes: null }, { status: 400 });
  const ipAddress = getClientAddress(context);
  const result = await completeSecondStep({ userId: pending.userId, email: pending.email, code: parsed.data.code, ipAddress });
  if (result.status === "locked") {
    return data<ActionData>(
      { errors: { form: "loginCode.locked" }, retryAfterMinutes: Math.ceil(result.retryAfterSeconds / 60) },
      { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
    );
  }
  if (result.status === "invalid") return data<ActionData>({ errors: { code: "loginCode.invalid" }, retryAfterMinutes: null }, { status: 401 });
  // A new session id for the signed-in session: the pending one is deleted.
  const cookie = await createUserSession({ request, userId: pending.userId, ipAddress, organisationId: pending.organisationId });
  const target = safeRedirectTarget({ target: parsed.data.redirectTo, fallback: homePathFor(pending) });
  // After a recovery code, the security page says how many are left and offers new ones.
  const next = result.method === "recovery_code" ? "/account/security?notice=recovery-used" : target;
  return redirect(next, { headers: { "Set-Cookie": cookie } });
}

export default function LoginCode() {
  const t = useT();
  const { recovery, redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const errorText = useErrorText();
  const form = useCheckedForm({ schema: () => import("../auth/forms").then((forms) => forms.signInCodeSchema) });
  const checkedSubmit = useCheckedSubmit(form);
  const serverErrors = actionData?.errors ?? {};
  const codeError = form.formState.errors.code?.message ?? serverErrors.code;
  const formError = serverErrors.form;
  const busy = navigation.state === "submitting";
  const label = recovery ? t("loginCode.recoveryLabel") : t("loginCode.label");
  const toggle = new URLSearchParams({ ...(redirectTo ? { redirectTo } : {}), ...(recovery ? {} : { recovery: "1" }) }).toString();
  return (
    <div className="page narrow">
      <h1>{t("loginCode.title")}</h1>
      <p>{recovery ? t("loginCode.recoveryIntro") : t("loginCode.intro")}</p>
      {formError ? (
        <div className="error-summary" role="alert">
          <p>{formError === "loginCode.locked" ? t("loginCode.locked", { minutes: actionData?.retryAfterMinutes ?? 15 }) : errorText(formError)}</p>
        </div>
      ) : (
        <ErrorSummary errors={actionData && !formError ? { code: serverErrors.code } : {}} labels={{ code: label }} />
      )}
      <Form method="post" noValidate onSubmit={checkedSubmit.onSubmit}>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field
          label={label}
          hint={recovery ? t("loginCode.recoveryHint") : t("loginCode.hint")}
          autoComplete="one-time-code"
          inputMode={recovery ? "text" : "numeric"}
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={40}
          error={codeError}
          {...form.register("code")}
        />
        <button type="submit" disabled={busy}>
          {busy ? t("loginCode.busy") : t("loginCode.submit")}
        </button>
      </Form>
      <p>
        <Link to={`/login/code?${toggle}`}>{recovery ? t("loginCode.useApp") : t("loginCode.useRecovery")}</Link>
      </p>
      <Form method="post" action="/logout">
        <button type="submit" className="button-link">
          {t("loginCode.cancel")}
        </button>
      </Form>
    </div>
  );
}
