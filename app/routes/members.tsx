import { zodResolver } from "@hookform/resolvers/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { fieldErrors, inviteSchema, memberRoleSchema } from "../auth/forms";
import { requireMember } from "../auth/guards.server";
import { can, memberRoles } from "../auth/permissions";
import { Field, useErrorText, useCheckedSubmit } from "../components/field";
import { getConfig } from "../utils/config.server";
import { formatDate, formatDateTime } from "../i18n/translate";
import { useLanguage, useT } from "../i18n/use-t";
import { listOpenInvitations, revokeInvitation } from "../models/invitations.server";
import { listMembers } from "../models/memberships.server";
import { recordAuditEvent } from "../models/audit.server";
import { changeRole, inviteMember, removeFromOrganisation } from "../models/team.server";
import { getOrganisationRequiresTwoStep, listMembersWithoutTwoStep, setOrganisationTwoStepRequirement } from "../models/two-step.server";
import { forbidden, formToObject, getClientAddress, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { BranchSharingLink } from "../components/branch-sharing-link";
import { branchSharingSummary } from "../models/branches.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "members.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request, "members:read");
  const organisationId = member.current.organisationId;
  const mayManage = can(member.current.role, "members:manage");
  return {
    organisationName: member.current.organisationName,
    branchSharing: branchSharingSummary({ organisationId }),
    myUserId: member.id,
    mayManage,
    members: listMembers({ organisationId }).map((m) => ({ ...m, since: m.since.toISOString() })),
    invitations: mayManage
      ? listOpenInvitations({ organisationId }).map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt.toISOString() }))
      : [],
    twoStep: {
      required: getOrganisationRequiresTwoStep({ organisationId }),
      myOwnIsOn: member.twoStep.enabled,
      withoutTwoStep: mayManage ? listMembersWithoutTwoStep({ organisationId }).map((m) => m.name) : [],
    },
  };
}

const idSchema = z.string().min(1).max(64);
const actionSchema = z.discriminatedUnion("intent", [
  inviteSchema.extend({ intent: z.literal("invite") }),
  z.object({ intent: z.literal("change-role"), membershipId: idSchema, role: memberRoleSchema }),
  z.object({ intent: z.literal("remove"), membershipId: idSchema }),
  z.object({ intent: z.literal("revoke"), invitationId: idSchema }),
  z.object({ intent: z.literal("require-two-step"), required: z.enum(["on", "off"]) }),
]);

type ActionResult =
  | { intent: "invite"; errors: Partial<Record<string, string>>; link?: undefined; values: { email: string; role: string } }
  | { intent: "invite"; errors?: undefined; link: string; email: string; expiresAt: string }
  | { intent: "row"; error: string; membershipId?: string }
  | { intent: "done"; message: "members.roleChanged" | "members.removed" | "members.revoked" | "members.twoStep.nowRequired" | "members.twoStep.nowOptional" };

export async function action({ request, context }: ActionFunctionArgs) {
  const member = await requireMember(request, "members:read");
  if (!can(member.current.role, "members:manage")) throw forbidden();
  const form = await readForm(request);
  if (!form) return data<ActionResult>({ intent: "row", error: "errors.tooLarge" }, { status: 413 });
  const parsed = actionSchema.safeParse(formToObject(form));
  if (!parsed.success) {
    const fields = formToObject(form);
    if (fields.intent === "invite") {
      return data<ActionResult>({ intent: "invite", errors: fieldErrors(parsed.error), values: { email: (fields.email ?? "").slice(0, 254), role: fields.role ?? "" } }, { status: 400 });
    }
    return data<ActionResult>({ intent: "row", error: "errors.badForm" }, { status: 400 });
  }
  const actor = { userId: member.id, organisationId: member.current.organisationId, ipAddress: getClientAddress(context) };
  const input = parsed.data;
  switch (input.intent) {
    case "invite": {
      const result = inviteMember({ actor, email: input.email, role: input.role });
      if (!result.ok) {
        return data<ActionResult>({ intent: "invite", errors: { email: `members.invite.${result.error}` }, values: { email: input.email, role: input.role } }, { status: 409 });
      }
      const link = `${getConfig().baseUrl}/invitations/${result.token}`;
      return data<ActionResult>({ intent: "invite", link, email: result.email, expiresAt: result.expiresAt.toISOString() });
    }
    case "change-role": {
      const result = changeRole({ actor, membershipId: input.membershipId, role: input.role });
      if (!result.ok) return data<ActionResult>({ intent: "row", error: `members.error.${result.error}`, membershipId: input.membershipId }, { status: result.error === "not_found" ? 404 : 409 });
      return data<ActionResult>({ intent: "done", message: "members.roleChanged" });
    }
    case "remove": {
      const result = removeFromOrganisation({ actor, membershipId: input.membershipId });
      if (!result.ok) return data<ActionResult>({ intent: "row", error: `members.error.${result.error}`, membershipId: input.membershipId }, { status: result.error === "not_found" ? 404 : 409 });
      if (result.userId === member.id) throw redirect("/home");
      return data<ActionResult>({ intent: "done", message: "members.removed" });
    }
    case "revoke": {
      if (!revokeInvitation({ organisationId: actor.organisationId, invitationId: input.invitationId })) {
        return data<ActionResult>({ intent: "row", error: "members.error.not_found" }, { status: 404 });
      }
      recordAuditEvent({ action: "invitation_revoked", actorUserId: actor.userId, organisationId: actor.organisationId, targetType: "invitation", targetId: input.invitationId, ipAddress: actor.ipAddress });
      return data<ActionResult>({ intent: "done", message: "members.revoked" });
    }
    case "require-two-step": {
      const required = input.required === "on";
      // Asking everyone for it starts with yourself, so the IT lead knows the steps their members take.
      if (required && !member.twoStep.enabled) return data<ActionResult>({ intent: "row", error: "members.twoStep.ownFirst" }, { status: 409 });
      setOrganisationTwoStepRequirement({ actor, required });
      return data<ActionResult>({ intent: "done", message: required ? "members.twoStep.nowRequired" : "members.twoStep.nowOptional" });
    }
  }
}

function InviteForm({ result }: { result: ActionResult | undefined }) {
  const t = useT();
  const navigation = useNavigation();
  const kept = result?.intent === "invite" && result.errors ? result.values : undefined;
  const keptRole = memberRoles.find((role) => role === kept?.role) ?? "contributor";
  const form = useForm({ resolver: zodResolver(inviteSchema), mode: "onTouched", defaultValues: { email: kept?.email ?? "", role: keptRole } });
  const checkedSubmit = useCheckedSubmit(form);
  const serverErrors = result?.intent === "invite" ? (result.errors ?? {}) : {};
  const emailError = form.formState.errors.email?.message ?? serverErrors.email;
  const roleError = form.formState.errors.role?.message ?? serverErrors.role;
  const errorText = useErrorText();
  return (
    <Form
      method="post"
      ref={checkedSubmit.ref}
      noValidate
      className="stacked-form"
      onSubmit={checkedSubmit.onSubmit}
    >
      <input type="hidden" name="intent" value="invite" />
      <Field
        label={t("members.invite.email")}
        type="email"
        autoComplete="off"
        required
        maxLength={254}
        defaultValue={kept?.email}
        error={emailError}
        {...form.register("email")}
      />
      <div className={roleError ? "field field-invalid" : "field"}>
        <label htmlFor="field-role">{t("members.invite.role")}</label>
        {roleError ? <p className="field-error" id="field-role-error">{errorText(roleError)}</p> : null}
        <select id="field-role" defaultValue={keptRole} aria-invalid={roleError ? true : undefined} aria-describedby={roleError ? "field-role-error" : undefined} {...form.register("role")}>
          {memberRoles.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={navigation.state === "submitting"}>
        {t("members.invite.submit")}
      </button>
    </Form>
  );
}

function TwoStepRequirement({ organisationName, required, myOwnIsOn, withoutTwoStep }: { organisationName: string; required: boolean; myOwnIsOn: boolean; withoutTwoStep: string[] }) {
  const t = useT();
  return (
    <section aria-labelledby="two-step-heading">
      <h2 id="two-step-heading">{t("members.twoStep.title")}</h2>
      <p>{required ? t("members.twoStep.isRequired", { organisation: organisationName }) : t("members.twoStep.isOptional", { organisation: organisationName })}</p>
      {withoutTwoStep.length > 0 ? (
        <>
          <p>{t("members.twoStep.without")}</p>
          <ul className="plain-list">
            {withoutTwoStep.map((name, index) => (
              <li key={`${name}-${index}`}>{name}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t("members.twoStep.everyone")}</p>
      )}
      {!required && !myOwnIsOn ? (
        <p>
          {t("members.twoStep.ownFirst")} <Link to="/account/two-step">{t("members.twoStep.setUpOwn")}</Link>
        </p>
      ) : (
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value="require-two-step" />
          <input type="hidden" name="required" value={required ? "off" : "on"} />
          <button type="submit" className={required ? "button-secondary" : undefined}>
            {required ? t("members.twoStep.makeOptional") : t("members.twoStep.require")}
          </button>
        </Form>
      )}
    </section>
  );
}

export default function Members() {
  const t = useT();
  const language = useLanguage();
  const errorText = useErrorText();
  const { organisationName, members, invitations, mayManage, myUserId, twoStep, branchSharing } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="page">
      <h1>{t("members.title")}</h1>
      <p className="lead">{t("members.lead", { organisation: organisationName })}</p>
      <BranchSharingLink sharing={branchSharing} />
      <div role="status" aria-live="polite">
        {result?.intent === "done" ? <p className="notice">{t(result.message)}</p> : null}
      </div>
      {result?.intent === "row" ? (
        <div className="error-summary" role="alert">
          <p>{errorText(result.error)}</p>
        </div>
      ) : null}
      <div className="table-scroll" role="region" aria-labelledby="members-caption" tabIndex={0}>
        <table className="table">
          <caption id="members-caption" className="visually-hidden">{t("members.tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("members.name")}</th>
              <th scope="col">{t("members.email")}</th>
              <th scope="col">{t("members.role")}</th>
              {mayManage ? <th scope="col">{t("members.actions")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.membershipId}>
                <td>
                  {m.name}
                  {m.userId === myUserId ? ` ${t("members.you")}` : null}
                  {m.disabledAt ? ` ${t("members.disabled")}` : null}
                </td>
                <td>{m.email}</td>
                <td>
                  {mayManage ? (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="change-role" />
                      <input type="hidden" name="membershipId" value={m.membershipId} />
                      <label htmlFor={`role-${m.membershipId}`} className="visually-hidden">
                        {t("members.roleOf", { name: m.name })}
                      </label>
                      <select id={`role-${m.membershipId}`} name="role" defaultValue={m.role}>
                        {memberRoles.map((role) => (
                          <option key={role} value={role}>
                            {t(`role.${role}`)}
                          </option>
                        ))}
                      </select>
                      <button type="submit" className="button-secondary">
                        {t("members.changeRole")}
                        <span className="visually-hidden"> {m.name}</span>
                      </button>
                    </Form>
                  ) : (
                    t(`role.${m.role}`)
                  )}
                </td>
                {mayManage ? (
                  <td>
                    <details className="confirm">
                      <summary>
                        {t("members.remove")}
                        <span className="visually-hidden"> {m.name}</span>
                      </summary>
                      <Form method="post">
                        <input type="hidden" name="intent" value="remove" />
                        <input type="hidden" name="membershipId" value={m.membershipId} />
                        <p>{t("members.removeConfirm", { name: m.name, organisation: organisationName })}</p>
                        <button type="submit" className="button-danger">
                          {t("members.removeButton", { name: m.name })}
                        </button>
                      </Form>
                    </details>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {mayManage ? <TwoStepRequirement organisationName={organisationName} {...twoStep} /> : null}

      {mayManage ? (
        <section aria-labelledby="invite-heading">
          <h2 id="invite-heading">{t("members.invite.title")}</h2>
          <p>{t("members.invite.body")}</p>
          {result?.intent === "invite" && result.link ? (
            <div className="notice" role="status">
              <p>{t("members.invite.created", { email: result.email, date: formatDate(language, result.expiresAt) })}</p>
              <label htmlFor="invite-link">{t("members.invite.link")}</label>
              <input id="invite-link" readOnly value={result.link} className="copy-field" />
            </div>
          ) : null}
          <InviteForm result={result} />
          {invitations.length > 0 ? (
            <>
              <h3>{t("members.open.title")}</h3>
              <ul className="plain-list">
                {invitations.map((i) => (
                  <li key={i.id}>
                    <Form method="post" className="inline-form">
                      <span>{t("members.open.item", { email: i.email, role: t(`role.${i.role}`), date: formatDateTime(language, i.expiresAt) })}</span>
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="invitationId" value={i.id} />
                      <button type="submit" className="button-secondary">
                        {t("members.open.revoke")}
                        <span className="visually-hidden"> {i.email}</span>
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
