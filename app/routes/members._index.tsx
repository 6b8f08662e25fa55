// The members of the current organisation: roles and removal here; inviting (members.invitations) and the
// two-step rule (members.two-step) post to the routes of their own concern.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { memberRoleSchema } from "../auth/forms";
import { requireMember } from "../auth/guards.server";
import { InviteSection, MembersFormOutcome, TwoStepRequirement, type MembersFormResult } from "../components/members";
import { useT } from "../i18n/use-t";
import { listOpenInvitations } from "../models/invitations.server";
import { listMembers } from "../models/memberships.server";
import { changeRole, removeFromOrganisation } from "../models/team.server";
import { getOrganisationRequiresTwoStep, listMembersWithoutTwoStep } from "../models/two-step.server";
import { can, memberRoles } from "../security/permissions";
import { formToObject, getClientAddress, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { BranchSharingLink } from "../components/branch-sharing-link";
import { branchSharingSummary } from "../models/branches.server";
import { ScrollTable } from "../components/scroll-table";
import "virtual:messages/page";

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
  z.object({ intent: z.literal("change-role"), membershipId: idSchema, role: memberRoleSchema }),
  z.object({ intent: z.literal("remove"), membershipId: idSchema }),
]);

export async function action({ request, context }: ActionFunctionArgs) {
  const member = await requireMember(request, "members:manage");
  const form = await readForm(request);
  if (!form) return data<MembersFormResult>({ intent: "row", error: "errors.tooLarge" }, { status: 413 });
  const parsed = actionSchema.safeParse(formToObject(form));
  if (!parsed.success) return data<MembersFormResult>({ intent: "row", error: "errors.badForm" }, { status: 400 });
  const actor = { userId: member.id, organisationId: member.current.organisationId, ipAddress: getClientAddress(context) };
  const input = parsed.data;
  if (input.intent === "change-role") {
    const result = changeRole({ actor, membershipId: input.membershipId, role: input.role });
    if (!result.ok)
      return data<MembersFormResult>(
        { intent: "row", error: `members.error.${result.error}`, membershipId: input.membershipId },
        { status: result.error === "not_found" ? 404 : 409 },
      );
    return data<MembersFormResult>({ intent: "done", message: "members.roleChanged" });
  }
  const result = removeFromOrganisation({ actor, membershipId: input.membershipId });
  if (!result.ok)
    return data<MembersFormResult>(
      { intent: "row", error: `members.error.${result.error}`, membershipId: input.membershipId },
      { status: result.error === "not_found" ? 404 : 409 },
    );
  if (result.userId === member.id) throw redirect("/home");
  return data<MembersFormResult>({ intent: "done", message: "members.removed" });
}

export default function Members() {
  const t = useT();
  const { organisationName, members, invitations, mayManage, myUserId, twoStep, branchSharing } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="page">
      <h1>{t("members.title")}</h1>
      <p className="lead">{t("members.lead", { organisation: organisationName })}</p>
      <BranchSharingLink sharing={branchSharing} />
      <MembersFormOutcome result={result} />
      <ScrollTable caption={t("members.tableCaption")} captionId="members-caption" hideCaption>
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
      </ScrollTable>

      {mayManage ? <TwoStepRequirement organisationName={organisationName} {...twoStep} /> : null}

      {mayManage ? <InviteSection invitations={invitations} result={undefined} /> : null}
    </div>
  );
}
