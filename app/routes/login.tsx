import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { Link } from "../components/link";
import { loginSchema, fieldErrors } from "../auth/forms";
import { homePathFor } from "../auth/guards.server";
import { createUserSession, getSessionUser } from "../auth/session.server";
import { signIn } from "../auth/sign-in.server";
import { ErrorSummary, Field, useErrorText, useCheckedSubmit } from "../components/field";
import { useCheckedForm } from "../components/checked-form";
import { useT } from "../i18n/use-t";
import { formToObject, getClientAddress, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { safeRedirectTarget } from "../utils/redirect";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "login.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  if (user) throw redirect(homePathFor(user));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  if (!form) return data({ errors: { form: "errors.tooLarge" }, retryAfterMinutes: null, email: "" }, { status: 413 });
  const fields = formToObject(form);
  // Typed input comes back (never the password), so a page without JavaScript keeps it.
  const email = (fields.email ?? "").slice(0, 254);
  const parsed = loginSchema.safeParse(fields);
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error), retryAfterMinutes: null, email }, { status: 400 });
  const ipAddress = getClientAddress(context);
  const result = await signIn({ email: parsed.data.email, password: parsed.data.password, ipAddress });
  if (result.status === "locked") {
    return data(
      { errors: { form: "login.locked" }, retryAfterMinutes: Math.ceil(result.retryAfterSeconds / 60), email },
      { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
    );
  }
  if (result.status === "invalid") return data({ errors: { form: "login.invalid" }, retryAfterMinutes: null, email }, { status: 401 });
  const pendingSecondFactor = result.secondStep !== "none";
  const cookie = await createUserSession({ request, userId: result.user.id, ipAddress, pendingSecondFactor });
  const target = safeRedirectTarget({ target: parsed.data.redirectTo, fallback: homePathFor(result) });
  if (!pendingSecondFactor) return redirect(target, { headers: { "Set-Cookie": cookie } });
  // Password right; the code (or, the first time, setting up the app) comes on its own page.
  const next = result.secondStep === "code" ? "/login/code" : "/account/two-step";
  return redirect(`${next}?redirectTo=${encodeURIComponent(target)}`, { headers: { "Set-Cookie": cookie } });
}

export default function Login() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const errorText = useErrorText();
  const form = useCheckedForm({ schema: () => import("../auth/forms").then((forms) => forms.loginSchema) });
  const checkedSubmit = useCheckedSubmit(form);
  const serverErrors = actionData?.errors ?? {};
  const errors = {
    email: form.formState.errors.email?.message ?? ("email" in serverErrors ? serverErrors.email : undefined),
    password: form.formState.errors.password?.message ?? ("password" in serverErrors ? serverErrors.password : undefined),
  };
  const formError = "form" in serverErrors ? serverErrors.form : undefined;
  const busy = navigation.state === "submitting";
  return (
    <div className="page narrow">
      <h1>{t("login.title")}</h1>
      <p>{t("login.intro")}</p>
      {searchParams.get("expired") === "1" ? <p className="notice">{t("login.expired")}</p> : null}
      {searchParams.get("reset") === "1" ? (
        <p className="notice" role="status">
          {t("login.resetDone")}
        </p>
      ) : null}
      {searchParams.get("emailChanged") === "1" ? (
        <p className="notice" role="status">
          {t("login.emailChanged")}
        </p>
      ) : null}
      {formError ? (
        <div className="error-summary" role="alert">
          <p>{formError === "login.locked" ? t("login.locked", { minutes: actionData?.retryAfterMinutes ?? 15 }) : errorText(formError)}</p>
        </div>
      ) : (
        <ErrorSummary errors={actionData && !formError ? errors : {}} labels={{ email: t("login.email"), password: t("login.password") }} />
      )}
      <Form method="post" noValidate onSubmit={checkedSubmit.onSubmit}>
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <Field
          label={t("login.email")}
          type="email"
          autoComplete="username"
          required
          maxLength={254}
          defaultValue={actionData?.email}
          error={errors.email}
          {...form.register("email")}
        />
        <Field
          label={t("login.password")}
          type="password"
          autoComplete="current-password"
          required
          maxLength={256}
          error={errors.password}
          {...form.register("password")}
        />
        <button type="submit" disabled={busy}>
          {busy ? t("login.busy") : t("login.submit")}
        </button>
      </Form>
      <p>
        <Link to="/login/forgot">{t("login.forgot")}</Link>
      </p>
    </div>
  );
}
