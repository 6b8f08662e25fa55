import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "../components/link";
import { z } from "zod";
import { emailSchema, fieldErrors, organisationNameSchema } from "../auth/forms";
import { requirePlatformRole } from "../auth/guards.server";
import { Field, useErrorText } from "../components/field";
import { formatDate, formatDateTime } from "../i18n/translate";
import { useLanguage, useT } from "../i18n/use-t";
import { inviteItLead, renameOrganisationAsAdmin, setOrganisationDisabledAsAdmin } from "../models/admin.server";
import { listOpenInvitations } from "../models/invitations.server";
import { listMembers } from "../models/memberships.server";
import { getOrganisation } from "../models/organisations.server";
import { getConfig } from "../utils/config.server";
import { formToObject, getClientAddress, notFound, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.organisation.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePlatformRole(request, "admin:organisations");
  const organisation = getOrganisation({ id: params.id ?? "" });
  if (!organisation) throw notFound();
  // The admin sees who has which role (needed to help a party), never anything they answered.
  const members = listMembers({ organisationId: organisation.id }).map((m) => ({ name: m.name, email: m.email, role: m.role, membershipId: m.membershipId }));
  const invitations = listOpenInvitations({ organisationId: organisation.id }).map((i) => ({
    id: i.id,
    email: i.email,
    role: i.role,
    expiresAt: i.expiresAt.toISOString(),
  }));
  return { organisation: { ...organisation, disabledAt: organisation.disabledAt?.toISOString() ?? null }, members, invitations };
}

const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("rename"), name: organisationNameSchema }),
  z.object({ intent: z.literal("disable") }),
  z.object({ intent: z.literal("enable") }),
  z.object({ intent: z.literal("invite"), email: emailSchema }),
]);

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePlatformRole(request, "admin:organisations");
  const organisation = getOrganisation({ id: params.id ?? "" });
  if (!organisation) throw notFound();
  const form = await readForm(request);
  if (!form) return data({ errors: { form: "errors.tooLarge" }, message: null, link: null, email: "" }, { status: 413 });
  const fields = formToObject(form);
  const email = (fields.email ?? "").slice(0, 254);
  const parsed = actionSchema.safeParse(fields);
  if (!parsed.success)
    return data({ errors: fieldErrors(parsed.error, { shownFields: ["name", "email"] }), message: null, link: null, email }, { status: 400 });
  const admin = { userId: user.id, ipAddress: getClientAddress(context) };
  const input = parsed.data;
  if (input.intent === "rename") {
    const result = renameOrganisationAsAdmin({ admin, organisationId: organisation.id, name: input.name });
    if (!result.ok) return data({ errors: { name: `admin.error.${result.error}` }, message: null, link: null, email }, { status: 409 });
    return { errors: {}, message: "admin.organisation.renamed", link: null, email: "" };
  }
  if (input.intent === "invite") {
    const result = inviteItLead({ admin, organisationId: organisation.id, email: input.email });
    if (!result.ok) return data({ errors: { email: result.error }, message: null, link: null, email }, { status: 409 });
    return {
      errors: {},
      message: null,
      link: { url: `${getConfig().baseUrl}/invitations/${result.token}`, email: input.email, expiresAt: result.expiresAt.toISOString() },
      email: "",
    };
  }
  setOrganisationDisabledAsAdmin({ admin, organisationId: organisation.id, disabled: input.intent === "disable" });
  return { errors: {}, message: input.intent === "disable" ? "admin.organisation.disabledNow" : "admin.organisation.enabledNow", link: null, email: "" };
}

export default function AdminOrganisation() {
  const t = useT();
  const language = useLanguage();
  const errorText = useErrorText();
  const { organisation, members, invitations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors: Partial<Record<string, string>> = actionData?.errors ?? {};
  return (
    <div className="page">
      <p>
        <Link to="/admin">{t("admin.organisation.back")}</Link>
      </p>
      <h1>{organisation.name}</h1>
      <p className="lead">
        {t(`organisation.kind.${organisation.kind}`)}
        {organisation.parentName ? ` — ${t("admin.organisation.branchOf", { parent: organisation.parentName })}` : null}
        {" — "}
        {organisation.disabledAt ? t("admin.status.disabled") : t("admin.status.active")}
      </p>
      <div role="status" aria-live="polite">
        {actionData?.message ? <p className="notice">{errorText(actionData.message)}</p> : null}
      </div>
      {errors.form ? (
        <div className="error-summary" role="alert">
          <p>{errorText(errors.form)}</p>
        </div>
      ) : null}

      <h2>{t("admin.organisation.members")}</h2>
      {members.length === 0 ? (
        <p>{t("admin.organisation.noMembers")}</p>
      ) : (
        <ul className="plain-list">
          {members.map((m) => (
            <li key={m.membershipId}>{`${m.name} <${m.email}> — ${t(`role.${m.role}`)}`}</li>
          ))}
        </ul>
      )}
      {invitations.length > 0 ? (
        <>
          <h3>{t("members.open.title")}</h3>
          <ul className="plain-list">
            {invitations.map((i) => (
              <li key={i.id}>{t("members.open.item", { email: i.email, role: t(`role.${i.role}`), date: formatDateTime(language, i.expiresAt) })}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{t("admin.organisation.inviteItLead")}</h2>
      {actionData?.link ? (
        <div className="notice" role="status">
          <p>{t("members.invite.created", { email: actionData.link.email, date: formatDate(language, actionData.link.expiresAt) })}</p>
          <label htmlFor="invite-link">{t("members.invite.link")}</label>
          <input id="invite-link" readOnly value={actionData.link.url} className="copy-field" />
        </div>
      ) : null}
      <Form method="post" className="stacked-form" noValidate>
        <input type="hidden" name="intent" value="invite" />
        <Field
          name="email"
          label={t("admin.organisations.itLeadEmail")}
          type="email"
          required
          maxLength={254}
          defaultValue={actionData?.email}
          error={errors.email}
        />
        <button type="submit">{t("members.invite.submit")}</button>
      </Form>

      <h2>{t("admin.organisation.rename")}</h2>
      <Form method="post" className="stacked-form" noValidate>
        <input type="hidden" name="intent" value="rename" />
        <Field name="name" label={t("admin.organisations.name")} required maxLength={120} defaultValue={organisation.name} error={errors.name} />
        <button type="submit">{t("admin.organisation.renameSubmit")}</button>
      </Form>

      <h2>{organisation.disabledAt ? t("admin.organisation.enable") : t("admin.organisation.disable")}</h2>
      <p>{organisation.disabledAt ? t("admin.organisation.enableBody") : t("admin.organisation.disableBody")}</p>
      <Form method="post">
        <input type="hidden" name="intent" value={organisation.disabledAt ? "enable" : "disable"} />
        <button type="submit" className={organisation.disabledAt ? undefined : "button-danger"}>
          {organisation.disabledAt ? t("admin.organisation.enable") : t("admin.organisation.disable")}
        </button>
      </Form>
    </div>
  );
}
