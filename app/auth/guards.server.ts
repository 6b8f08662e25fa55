import { data, redirect, type AppLoadContext } from "@remix-run/node";
import { getAssessment, type Actor } from "../models/assessments.server";
import { can, type Action, type MemberRole } from "../security/permissions";
import { requireUser, type SessionUser } from "./session.server";
import { isSensibleDate } from "../utils/dates";
import { forbidden, getClientAddress, notFound } from "../utils/http.server";

export type Member = SessionUser & {
  current: { organisationId: string; organisationName: string; organisationKind: string; role: MemberRole };
};

/**
 * A signed-in member of an organisation (the one chosen in the header), optionally allowed to do `action`.
 * Platform admins and analysts get 404: party pages do not exist for them.
 */
export async function requireMember(request: Request, action?: Action): Promise<Member> {
  const user = await requireUser(request);
  if (user.platformRole) throw notFound();
  const current = user.current;
  if (!current) throw redirect("/home");
  if (action && !can(current.role, action)) throw forbidden();
  return { ...user, current };
}

/** A signed-in platform admin or analyst; everyone else gets 404 so the pages do not reveal themselves. */
export async function requirePlatformRole(request: Request, action: Action): Promise<SessionUser & { platformRole: "admin" | "analyst" }> {
  const user = await requireUser(request);
  const role = user.platformRole;
  if (!role || !can(role, action)) throw notFound();
  return { ...user, platformRole: role };
}

/** The home page that fits the user's role. */
export function homePathFor(user: { platformRole: SessionUser["platformRole"] }): string {
  if (user.platformRole === "admin") return "/admin";
  if (user.platformRole === "analyst") return "/insights";
  return "/home";
}

/**
 * The member and an assessment of their organisation, when their role may do `action` with it (reading it,
 * unless said otherwise). Another organisation's id, or an admin/analyst, gets 404: the query is filtered
 * by the member's organisation, so nothing leaks through a missed check.
 */
export async function requireAssessment(
  request: Request,
  params: { id?: string },
  context: AppLoadContext | undefined,
  { needsElectionDate = false, action = "assessment:read" }: { needsElectionDate?: boolean; action?: Action } = {},
) {
  const member = await requireMember(request, action);
  const assessment = getAssessment({ id: params.id ?? "", organisationId: member.current.organisationId });
  if (!assessment) throw notFound();
  // The plan, its PDF and its calendar count from election day. A stored date that is no real date (an old
  // import let 2026-02-30 in) gets a page that says so, instead of a 500 on every visit.
  if (needsElectionDate && !isSensibleDate(assessment.electionDate)) {
    throw data({ messageKey: "error.badElectionDate.body", values: { date: assessment.electionDate.slice(0, 20) } }, { status: 422 });
  }
  const actor: Actor = { userId: member.id, organisationId: member.current.organisationId, role: member.current.role, ipAddress: getClientAddress(context) };
  return { member, assessment, actor };
}
