import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { Link } from "../components/link";
import { z } from "zod";
import { emailSchema, fieldErrors, organisationNameSchema } from "../auth/forms";
import { Field, ErrorSummary } from "../components/field";
import { formatDate } from "../i18n/translate";
import { useLanguage, useT } from "../i18n/use-t";
import { createBranch } from "../models/branches.server";
import { getConfig } from "../utils/config.server";
import { formToObject, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { requirePartyActor } from "../utils/party.server";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "party.new.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePartyActor(request, context, "party:manage-branches");
  return null;
}

const schema = z.object({ name: organisationNameSchema, itLeadEmail: emailSchema });

type Result =
  | { ok: false; errors: Partial<Record<string, string>>; values: { name: string; itLeadEmail: string } }
  | { ok: true; branchId: string; name: string; email: string; link: string; expiresAt: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const { actor } = await requirePartyActor(request, context, "party:manage-branches");
  const form = await readForm(request);
  if (!form) return data<Result>({ ok: false, errors: { form: "errors.tooLarge" }, values: { name: "", itLeadEmail: "" } }, { status: 413 });
  const fields = formToObject(form);
  const values = { name: (fields.name ?? "").slice(0, 200), itLeadEmail: (fields.itLeadEmail ?? "").slice(0, 254) };
  const parsed = schema.safeParse(fields);
  if (!parsed.success) return data<Result>({ ok: false, errors: fieldErrors(parsed.error, { shownFields: ["name", "itLeadEmail"] }), values }, { status: 400 });
  const result = createBranch({ actor, name: parsed.data.name, itLeadEmail: parsed.data.itLeadEmail });
  if (!result.ok) return data<Result>({ ok: false, errors: { [result.field]: result.error }, values }, { status: result.field === "form" ? 403 : 409 });
  return data<Result>({
    ok: true,
    branchId: result.branchId,
    name: parsed.data.name,
    email: parsed.data.itLeadEmail,
    link: `${getConfig().baseUrl}/invitations/${result.token}`,
    expiresAt: result.expiresAt.toISOString(),
  });
}

export default function NewBranch() {
  const t = useT();
  const language = useLanguage();
  const result = useActionData<typeof action>();
  const errors = result && !result.ok ? result.errors : {};
  return (
    <div className="page narrow">
      <p>
        <Link to="/party">{t("party.back")}</Link>
      </p>
      <h1>{t("party.new.title")}</h1>
      <p className="lead">{t("party.new.lead")}</p>
      {result?.ok ? (
        <div className="notice" role="status">
          <p>{t("party.new.created", { name: result.name })}</p>
          <p>{t("members.invite.created", { email: result.email, date: formatDate(language, result.expiresAt) })}</p>
          <label htmlFor="invite-link">{t("members.invite.link")}</label>
          <input id="invite-link" readOnly value={result.link} className="copy-field" />
          <p>{t("party.new.defaultSharing")}</p>
          <p>
            <Link to={`/party/branches/${result.branchId}`}>{t("party.new.open")}</Link>
          </p>
        </div>
      ) : null}
      <ErrorSummary errors={errors} labels={{ name: t("party.new.name"), itLeadEmail: t("party.new.email") }} />
      <Form method="post" className="stacked-form" noValidate>
        <Field
          name="name"
          label={t("party.new.name")}
          required
          maxLength={120}
          defaultValue={result && !result.ok ? result.values.name : ""}
          error={errors.name}
        />
        <Field
          name="itLeadEmail"
          label={t("party.new.email")}
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          defaultValue={result && !result.ok ? result.values.itLeadEmail : ""}
          error={errors.itLeadEmail}
        />
        <p className="muted">{t("party.new.defaultSharing")}</p>
        <button type="submit">{t("party.new.submit")}</button>
      </Form>
    </div>
  );
}
