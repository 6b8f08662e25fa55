import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { fieldErrors } from "../auth/forms";
import { requireUser } from "../auth/session.server";
import { ErrorSummary, Field } from "../components/field";
import { useT } from "../i18n/use-t";
import { changeEmailSchema } from "../auth/mail-forms";
import { requestEmailChange } from "../models/email-change.server";
import { formToObject, getClientAddress, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "accountEmail.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { email: user.email };
}

type Result = { sent: boolean; email: string; errors: Partial<Record<string, string>>; retryAfterMinutes: number | null };

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  if (!form) return data<Result>({ sent: false, email: "", errors: { form: "errors.tooLarge" }, retryAfterMinutes: null }, { status: 413 });
  const fields = formToObject(form);
  const email = (fields.email ?? "").slice(0, 254);
  const parsed = changeEmailSchema.safeParse(fields);
  if (!parsed.success) return data<Result>({ sent: false, email, errors: fieldErrors(parsed.error), retryAfterMinutes: null }, { status: 400 });
  const result = await requestEmailChange({
    actor: { userId: user.id, email: user.email, ipAddress: getClientAddress(context) },
    newEmail: parsed.data.email,
    password: parsed.data.password,
  });
  if (result.status === "locked")
    return data<Result>({ sent: false, email, errors: { form: "login.locked" }, retryAfterMinutes: Math.ceil(result.retryAfterSeconds / 60) }, { status: 429 });
  if (result.status === "invalid")
    return data<Result>({ sent: false, email, errors: { password: "accountEmail.wrongPassword" }, retryAfterMinutes: null }, { status: 401 });
  if (result.status === "same") return data<Result>({ sent: false, email, errors: { email: "accountEmail.same" }, retryAfterMinutes: null }, { status: 400 });
  return data<Result>({ sent: true, email: parsed.data.email, errors: {}, retryAfterMinutes: null });
}

export default function AccountEmail() {
  const t = useT();
  const { email } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const errors = result?.errors ?? {};
  const labels = { email: t("accountEmail.new"), password: t("accountEmail.password") };
  return (
    <div className="page narrow">
      <h1>{t("accountEmail.title")}</h1>
      <p className="lead">{t("accountEmail.lead", { email })}</p>
      {result?.sent ? (
        <p className="notice" role="status">
          {t("accountEmail.sent", { email: result.email })}
        </p>
      ) : null}
      {errors.form ? (
        <div className="error-summary" role="alert">
          <p>{errors.form === "login.locked" ? t("login.locked", { minutes: result?.retryAfterMinutes ?? 15 }) : t("errors.tooLarge")}</p>
        </div>
      ) : (
        <ErrorSummary errors={errors} labels={labels} />
      )}
      <Form method="post" className="stacked-form" noValidate>
        <Field
          label={labels.email}
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={result?.sent ? "" : result?.email}
          error={errors.email}
          name="email"
        />
        <Field label={labels.password} type="password" autoComplete="current-password" required maxLength={256} error={errors.password} name="password" />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("accountEmail.submit")}
        </button>
      </Form>
    </div>
  );
}
