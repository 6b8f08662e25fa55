import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "../components/link";
import { fieldErrors } from "../auth/forms";
import { passwordMinLength } from "../security/password-policy";
import { ErrorSummary, useErrorText, useCheckedSubmit } from "../components/field";
import { NewPasswordFields } from "../components/new-password-fields";
import { useCheckedForm } from "../components/checked-form";
import { useT } from "../i18n/use-t";
import { resetPasswordSchema } from "../auth/mail-forms";
import { findPasswordReset, resetPassword } from "../models/password-reset.server";
import { formToObject, getClientAddress, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reset.title");

function lookup(token: string | undefined) {
  // Tokens are 43 URL-safe characters; anything else cannot match and is not looked up.
  if (!token || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { valid: false as const };
  return findPasswordReset({ token });
}

export function loader({ params }: LoaderFunctionArgs) {
  const reset = lookup(params.token);
  // The token in the address reaches no other site: every page has Referrer-Policy: same-origin.
  if (!reset.valid) return data({ valid: false, email: "" }, { status: 410 });
  return { valid: true, email: reset.email };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const reset = lookup(token);
  if (!reset.valid) return data({ errors: { form: "reset.invalid" } }, { status: 410 });
  const form = await readForm(request);
  if (!form) return data({ errors: { form: "errors.tooLarge" } }, { status: 413 });
  const parsed = resetPasswordSchema.safeParse({ ...formToObject(form), email: reset.email });
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error) }, { status: 400 });
  const result = await resetPassword({ token, password: parsed.data.password, ipAddress: getClientAddress(context) });
  if (!result.ok) return data({ errors: { form: "reset.invalid" } }, { status: 410 });
  return redirect("/login?reset=1");
}

export default function ResetPassword() {
  const t = useT();
  const errorText = useErrorText();
  const { valid, email } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const form = useCheckedForm({ schema: () => import("../auth/mail-forms").then((forms) => forms.resetPasswordSchema), fixedValues: { email } });
  const checkedSubmit = useCheckedSubmit(form);
  const serverErrors: Partial<Record<string, string>> = actionData?.errors ?? {};
  if (!valid || serverErrors.form === "reset.invalid") {
    return (
      <div className="page narrow">
        <h1>{t("reset.title")}</h1>
        <p>{t("reset.invalid")}</p>
        <p>
          <Link to="/login/forgot">{t("reset.askAgain")}</Link>
        </p>
      </div>
    );
  }
  const errors = {
    password: form.formState.errors.password?.message ?? serverErrors.password,
    confirmPassword: form.formState.errors.confirmPassword?.message ?? serverErrors.confirmPassword,
  };
  const labels = { password: t("reset.password"), confirmPassword: t("reset.confirmPassword") };
  return (
    <div className="page narrow">
      <h1>{t("reset.title")}</h1>
      <p>
        {t("reset.for")} <strong>{email}</strong>
      </p>
      {serverErrors.form ? (
        <div className="error-summary" role="alert">
          <p>{errorText(serverErrors.form)}</p>
        </div>
      ) : (
        <ErrorSummary errors={actionData ? errors : {}} labels={labels} />
      )}
      <Form method="post" noValidate className="stacked-form" onSubmit={checkedSubmit.onSubmit}>
        {/* The account's address for password managers, which save the new password under it. */}
        <input type="hidden" name="username" autoComplete="username" value={email} />
        <NewPasswordFields
          labels={labels}
          hint={t("invitation.passwordHint", { min: passwordMinLength })}
          errors={errors}
          password={form.register("password")}
          confirmPassword={form.register("confirmPassword")}
        />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("reset.submit")}
        </button>
      </Form>
      <p>{t("reset.afterwards")}</p>
    </div>
  );
}
