import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "../components/link";
import { z } from "zod";
import { emailSchema, fieldErrors, organisationNameSchema } from "../auth/forms";
import { can } from "../security/permissions";
import { Field, useErrorText } from "../components/field";
import { formatDate, formatDateTime } from "../i18n/translate";
import { useLanguage, useT } from "../i18n/use-t";
import { getPartyBranch, inviteBranchItLead, renameBranch, setBranchClosed } from "../models/branches.server";
import { getConfig } from "../utils/config.server";
import { formToObject, notFound, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { requirePartyActor } from "../utils/party.server";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "party.branch.title");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, actor } = await requirePartyActor(request, context, "party:read-branches");
  const found = getPartyBranch({ actor, branchId: params.id ?? "" });
  if (!found) throw notFound();
  return {
    branch: {
      id: found.id,
      name: found.name,
      sharingLevel: found.sharingLevel,
      closedAt: found.closedAt?.toISOString() ?? null,
      createdAt: found.createdAt.toISOString(),
      itLeads: found.itLeads,
      openInvitations: found.openInvitations,
    },
    mayManage: can(member.current.role, "party:manage-branches"),
  };
}

const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("rename"), name: organisationNameSchema }),
  z.object({ intent: z.literal("invite"), email: emailSchema }),
  z.object({ intent: z.literal("close") }),
  z.object({ intent: z.literal("reopen") }),
]);

type Result = { errors: Partial<Record<string, string>>; message: string | null; link: { url: string; email: string; expiresAt: string } | null };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { actor } = await requirePartyActor(request, context, "party:manage-branches");
  const branchId = params.id ?? "";
  if (!getPartyBranch({ actor, branchId })) throw notFound();
  const form = await readForm(request);
  if (!form) return data<Result>({ errors: { form: "errors.tooLarge" }, message: null, link: null }, { status: 413 });
  const parsed = schema.safeParse(formToObject(form));
  if (!parsed.success)
    return data<Result>({ errors: fieldErrors(parsed.error, { shownFields: ["name", "email"] }), message: null, link: null }, { status: 400 });
  const input = parsed.data;
  if (input.intent === "rename") {
    const result = renameBranch({ actor, branchId, name: input.name });
    if (!result.ok)
      return data<Result>(
        { errors: { name: result.error === "name_taken" ? "admin.error.name_taken" : "party.error.not_found" }, message: null, link: null },
        { status: 409 },
      );
    return data<Result>({ errors: {}, message: "party.branch.renamed", link: null });
  }
  if (input.intent === "invite") {
    const result = inviteBranchItLead({ actor, branchId, email: input.email });
    if (!result.ok) return data<Result>({ errors: { email: result.error }, message: null, link: null }, { status: 409 });
    return data<Result>({
      errors: {},
      message: null,
      link: { url: `${getConfig().baseUrl}/invitations/${result.token}`, email: input.email, expiresAt: result.expiresAt.toISOString() },
    });
  }
  const closed = input.intent === "close";
  setBranchClosed({ actor, branchId, closed });
  return data<Result>({ errors: {}, message: closed ? "party.branch.closedNow" : "party.branch.reopenedNow", link: null });
}

export default function PartyBranch() {
  const t = useT();
  const language = useLanguage();
  const errorText = useErrorText();
  const { branch, mayManage } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result?.errors ?? {};
  return (
    <div className="page narrow">
      <p>
        <Link to="/party">{t("party.back")}</Link>
      </p>
      <h1>{branch.name}</h1>
      <p className="lead">
        {t("party.branch.facts", { level: t(`sharing.level.${branch.sharingLevel}`), date: formatDate(language, branch.createdAt) })}
        {branch.closedAt ? ` ${t("party.branch.closedOn", { date: formatDateTime(language, branch.closedAt) })}` : ""}
      </p>
      <p>{t("party.branch.sharingIsTheirs")}</p>
      <div role="status" aria-live="polite">
        {result?.message ? <p className="notice">{errorText(result.message)}</p> : null}
      </div>
      {errors.form ? (
        <div className="error-summary" role="alert">
          <p>{errorText(errors.form)}</p>
        </div>
      ) : null}
      <h2>{t("party.branch.itLeads")}</h2>
      {branch.itLeads.length === 0 ? (
        <p>{t("party.branch.noItLead")}</p>
      ) : (
        <ul className="plain-list">
          {branch.itLeads.map((name, index) => (
            <li key={`${name}-${index}`}>{name}</li>
          ))}
        </ul>
      )}
      {branch.openInvitations > 0 ? <p>{t("party.branch.openInvitations", { count: branch.openInvitations })}</p> : null}
      {mayManage ? (
        <>
          {!branch.closedAt ? (
            <>
              <h2>{t("party.branch.invite")}</h2>
              {result?.link ? (
                <div className="notice" role="status">
                  <p>{t("members.invite.created", { email: result.link.email, date: formatDate(language, result.link.expiresAt) })}</p>
                  <label htmlFor="invite-link">{t("members.invite.link")}</label>
                  <input id="invite-link" readOnly value={result.link.url} className="copy-field" />
                </div>
              ) : null}
              <Form method="post" className="stacked-form" noValidate>
                <input type="hidden" name="intent" value="invite" />
                <Field name="email" label={t("party.new.email")} type="email" required maxLength={254} error={errors.email} />
                <button type="submit">{t("members.invite.submit")}</button>
              </Form>
            </>
          ) : null}
          <h2>{t("party.branch.rename")}</h2>
          <Form method="post" className="stacked-form" noValidate>
            <input type="hidden" name="intent" value="rename" />
            <Field name="name" label={t("party.new.name")} required maxLength={120} defaultValue={branch.name} error={errors.name} />
            <button type="submit">{t("party.branch.renameSubmit")}</button>
          </Form>
          <h2>{branch.closedAt ? t("party.branch.reopen") : t("party.branch.close")}</h2>
          <p>{branch.closedAt ? t("party.branch.reopenBody") : t("party.branch.closeBody")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value={branch.closedAt ? "reopen" : "close"} />
            <button type="submit" className={branch.closedAt ? undefined : "button-danger"}>
              {branch.closedAt ? t("party.branch.reopen") : t("party.branch.close")}
            </button>
          </Form>
        </>
      ) : null}
    </div>
  );
}
