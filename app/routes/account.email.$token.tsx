import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { useT } from "../i18n/use-t";
import { confirmEmailChange } from "../models/email-change.server";
import { getClientAddress } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "accountEmail.confirmTitle");

// Opening the link changes nothing (mail scanners open links too); the button does.
export function loader(_args: LoaderFunctionArgs) {
  return null;
}

export function action({ params, context }: ActionFunctionArgs) {
  const token = params.token ?? "";
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return data({ error: "accountEmail.invalid" as const }, { status: 410 });
  const result = confirmEmailChange({ token, ipAddress: getClientAddress(context) });
  if (!result.ok) return data({ error: result.error === "taken" ? ("accountEmail.taken" as const) : ("accountEmail.invalid" as const) }, { status: 410 });
  return redirect("/login?emailChanged=1");
}

export default function ConfirmEmail() {
  const t = useT();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  return (
    <div className="page narrow">
      <h1>{t("accountEmail.confirmTitle")}</h1>
      {result?.error ? (
        <div className="error-summary" role="alert">
          <p>{t(result.error)}</p>
        </div>
      ) : (
        <p>{t("accountEmail.confirmLead")}</p>
      )}
      <Form method="post">
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("accountEmail.confirm")}
        </button>
      </Form>
    </div>
  );
}
