import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requireUser } from "../auth/session.server";
import { useT } from "../i18n/use-t";
import { mailSettingsSchema } from "../auth/mail-forms";
import { getMailSettings, setMailSettings } from "../models/mail-settings.server";
import { formToObject, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "accountMail.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return getMailSettings({ userId: user.id });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  if (!form) return data({ saved: false, error: "errors.tooLarge" }, { status: 413 });
  const parsed = mailSettingsSchema.safeParse(formToObject(form));
  if (!parsed.success) return data({ saved: false, error: "errors.badForm" }, { status: 400 });
  setMailSettings({ userId: user.id, settings: { language: parsed.data.language, reminders: parsed.data.reminders === "on" } });
  return { saved: true, error: null };
}

export default function AccountMail() {
  const t = useT();
  const settings = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  return (
    <div className="page narrow">
      <h1>{t("accountMail.title")}</h1>
      <p className="lead">{t("accountMail.lead")}</p>
      {result?.saved ? (
        <p className="notice" role="status">
          {t("accountMail.saved")}
        </p>
      ) : null}
      {result?.error ? (
        <div className="error-summary" role="alert">
          <p>{t(result.error === "errors.tooLarge" ? "errors.tooLarge" : "errors.badForm")}</p>
        </div>
      ) : null}
      <Form method="post" className="stacked-form">
        <fieldset>
          <legend>{t("accountMail.language")}</legend>
          <label className="choice">
            <input type="radio" name="language" value="nl" defaultChecked={settings.language === "nl"} /> Nederlands
          </label>
          <label className="choice">
            <input type="radio" name="language" value="en" defaultChecked={settings.language === "en"} lang="en" /> <span lang="en">English</span>
          </label>
        </fieldset>
        <fieldset>
          <legend>{t("accountMail.reminders")}</legend>
          <label className="choice">
            <input type="checkbox" name="reminders" defaultChecked={settings.reminders} /> {t("accountMail.remindersLabel")}
          </label>
          <p className="hint">{t("accountMail.remindersHint")}</p>
        </fieldset>
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("accountMail.submit")}
        </button>
      </Form>
    </div>
  );
}
