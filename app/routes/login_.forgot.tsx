import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { Link } from "../components/link";
import { fieldErrors } from "../auth/forms";
import { ErrorSummary, Field, useCheckedSubmit } from "../components/field";
import { useCheckedForm } from "../components/checked-form";
import { useT } from "../i18n/use-t";
import { forgotPasswordSchema } from "../auth/mail-forms";
import { requestPasswordReset } from "../models/password-reset.server";
import { formToObject, getClientAddress, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "forgot.title");

type ActionResult = { sent: true; email: string } | { sent: false; errors: Partial<Record<string, string>>; email: string; retryAfterMinutes: number | null };

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  if (!form) return data<ActionResult>({ sent: false, errors: { form: "errors.tooLarge" }, email: "", retryAfterMinutes: null }, { status: 413 });
  const fields = formToObject(form);
  const email = (fields.email ?? "").slice(0, 254);
  const parsed = forgotPasswordSchema.safeParse(fields);
  if (!parsed.success) return data<ActionResult>({ sent: false, errors: fieldErrors(parsed.error), email, retryAfterMinutes: null }, { status: 400 });
  const result = requestPasswordReset({ email: parsed.data.email, ipAddress: getClientAddress(context) });
  if (result.status === "locked") {
    const retryAfterMinutes = Math.ceil(result.retryAfterSeconds / 60);
    return data<ActionResult>(
      { sent: false, errors: { form: "forgot.locked" }, email, retryAfterMinutes },
      { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
    );
  }
  // The same answer for every address: whether it has an account is not told here.
  return data<ActionResult>({ sent: true, email: parsed.data.email });
}

export default function ForgotPassword() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const form = useCheckedForm({ schema: () => import("../auth/mail-forms").then((forms) => forms.forgotPasswordSchema) });
  const checkedSubmit = useCheckedSubmit(form);
  if (actionData?.sent) {
    return (
      <div className="page narrow">
        <h1>{t("forgot.title")}</h1>
        <div className="notice" role="status">
          <p>{t("forgot.sent", { email: actionData.email })}</p>
        </div>
        <p>{t("forgot.sentHelp")}</p>
        <p>
          <Link to="/login">{t("forgot.backToLogin")}</Link>
        </p>
      </div>
    );
  }
  const serverErrors = actionData?.errors ?? {};
  const emailError = form.formState.errors.email?.message ?? serverErrors.email;
  const formError = serverErrors.form;
  return (
    <div className="page narrow">
      <h1>{t("forgot.title")}</h1>
      <p>{t("forgot.intro")}</p>
      {formError ? (
        <div className="error-summary" role="alert">
          <p>{formError === "forgot.locked" ? t("forgot.locked", { minutes: actionData?.retryAfterMinutes ?? 15 }) : t("errors.tooLarge")}</p>
        </div>
      ) : (
        <ErrorSummary errors={actionData ? { email: emailError } : {}} labels={{ email: t("login.email") }} />
      )}
      <Form method="post" noValidate onSubmit={checkedSubmit.onSubmit}>
        <Field label={t("login.email")} type="email" autoComplete="username" required maxLength={254} error={emailError} {...form.register("email")} />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("forgot.submit")}
        </button>
      </Form>
      <p>
        <Link to="/login">{t("forgot.backToLogin")}</Link>
      </p>
    </div>
  );
}
