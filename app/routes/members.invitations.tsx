// Inviting a colleague into the current organisation, and withdrawing an open invitation (IT leads only).
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { fieldErrors, inviteSchema } from "../auth/forms";
import { requireMember } from "../auth/guards.server";
import { InviteSection, MembersConcernPage, MembersFormOutcome, type MembersFormResult } from "../components/members";
import { listOpenInvitations } from "../models/invitations.server";
import { inviteMember, withdrawInvitation } from "../models/team.server";
import { getConfig } from "../utils/config.server";
import { formToObject, getClientAddress, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "members.invite.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request, "members:invite");
  return {
    organisationName: member.current.organisationName,
    invitations: listOpenInvitations({ organisationId: member.current.organisationId }).map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      expiresAt: i.expiresAt.toISOString(),
    })),
  };
}

const actionSchema = z.discriminatedUnion("intent", [
  inviteSchema.extend({ intent: z.literal("invite") }),
  z.object({ intent: z.literal("revoke"), invitationId: z.string().min(1).max(64) }),
]);

export async function action({ request, context }: ActionFunctionArgs) {
  const member = await requireMember(request, "members:invite");
  const form = await readForm(request);
  if (!form) return data<MembersFormResult>({ intent: "row", error: "errors.tooLarge" }, { status: 413 });
  const fields = formToObject(form);
  const parsed = actionSchema.safeParse(fields);
  if (!parsed.success) {
    if (fields.intent === "invite") {
      return data<MembersFormResult>(
        { intent: "invite", errors: fieldErrors(parsed.error), values: { email: (fields.email ?? "").slice(0, 254), role: fields.role ?? "" } },
        { status: 400 },
      );
    }
    return data<MembersFormResult>({ intent: "row", error: "errors.badForm" }, { status: 400 });
  }
  const actor = { userId: member.id, organisationId: member.current.organisationId, ipAddress: getClientAddress(context) };
  const input = parsed.data;
  if (input.intent === "revoke") {
    if (!withdrawInvitation({ actor, invitationId: input.invitationId }))
      return data<MembersFormResult>({ intent: "row", error: "members.error.not_found" }, { status: 404 });
    return data<MembersFormResult>({ intent: "done", message: "members.revoked" });
  }
  const result = inviteMember({ actor, email: input.email, role: input.role });
  if (!result.ok) {
    return data<MembersFormResult>(
      { intent: "invite", errors: { email: `members.invite.${result.error}` }, values: { email: input.email, role: input.role } },
      { status: 409 },
    );
  }
  const link = `${getConfig().baseUrl}/invitations/${result.token}`;
  return data<MembersFormResult>({ intent: "invite", link, email: result.email, expiresAt: result.expiresAt.toISOString() });
}

export default function Invitations() {
  const { organisationName, invitations } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <MembersConcernPage organisationName={organisationName}>
      <MembersFormOutcome result={result} />
      <InviteSection invitations={invitations} result={result} />
    </MembersConcernPage>
  );
}
