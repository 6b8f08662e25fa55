import type { AppLoadContext } from "@remix-run/node";
import { requireMember, type Member } from "../auth/guards.server";
import type { Action } from "../security/permissions";
import type { OrgActor } from "../models/branches.server";
import { getClientAddress, notFound } from "./http.server";

/**
 * A member acting for a national party with a role that may do `action`. Any other organisation kind gets
 * 404 (the party pages do not exist for a branch or a local party); admins and analysts get 404 from requireMember.
 */
export async function requirePartyActor(request: Request, context: AppLoadContext | undefined, action: Action): Promise<{ member: Member; actor: OrgActor }> {
  const member = await requireMember(request, action);
  if (member.current.organisationKind !== "national_party") throw notFound();
  return {
    member,
    actor: { userId: member.id, organisationId: member.current.organisationId, role: member.current.role, ipAddress: getClientAddress(context) },
  };
}

/** A member acting for a local branch; other organisation kinds get 404. */
export async function requireBranchActor(request: Request, context: AppLoadContext | undefined, action: Action): Promise<{ member: Member; actor: OrgActor }> {
  const member = await requireMember(request, action);
  if (member.current.organisationKind !== "local_branch") throw notFound();
  return {
    member,
    actor: { userId: member.id, organisationId: member.current.organisationId, role: member.current.role, ipAddress: getClientAddress(context) },
  };
}
