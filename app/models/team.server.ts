import { and, eq } from "drizzle-orm";
import { memberships } from "../../db/schema";
import { getDb } from "../db.server";
import type { MemberRole } from "../security/permissions";
import { recordAuditEvent } from "./audit.server";
import { createInvitation, revokeInvitation, revokeOpenInvitationsFor } from "./invitations.server";
import { changeMemberRole, removeMember } from "./memberships.server";
import { getUserByEmail } from "./users.server";

type Actor = { userId: string; organisationId: string; ipAddress: string };

export type InviteResult = { ok: true; token: string; expiresAt: Date; email: string } | { ok: false; error: "already_member" | "platform_account" };

/** Invites someone into the actor's organisation; an older open invitation for the same address is revoked. */
export function inviteMember({ actor, email, role }: { actor: Actor; email: string; role: MemberRole }): InviteResult {
  const existing = getUserByEmail({ email });
  if (existing?.platformRole) return { ok: false, error: "platform_account" };
  if (existing) {
    const member = getDb()
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, existing.id), eq(memberships.organisationId, actor.organisationId)))
      .get();
    if (member) return { ok: false, error: "already_member" };
  }
  revokeOpenInvitationsFor({ organisationId: actor.organisationId, email });
  const invitation = createInvitation({ organisationId: actor.organisationId, email, role, invitedByUserId: actor.userId });
  recordAuditEvent({
    action: "invitation_sent",
    actorUserId: actor.userId,
    organisationId: actor.organisationId,
    targetType: "invitation",
    targetId: invitation.id,
    ipAddress: actor.ipAddress,
    details: { role },
  });
  return { ok: true, token: invitation.token, expiresAt: invitation.expiresAt, email };
}

/** Withdraws an open invitation of the actor's organisation; false when there is no such open invitation. */
export function withdrawInvitation({ actor, invitationId }: { actor: Actor; invitationId: string }): boolean {
  if (!revokeInvitation({ organisationId: actor.organisationId, invitationId })) return false;
  recordAuditEvent({
    action: "invitation_revoked",
    actorUserId: actor.userId,
    organisationId: actor.organisationId,
    targetType: "invitation",
    targetId: invitationId,
    ipAddress: actor.ipAddress,
  });
  return true;
}

export function changeRole({ actor, membershipId, role }: { actor: Actor; membershipId: string; role: MemberRole }) {
  const result = changeMemberRole({ organisationId: actor.organisationId, membershipId, role });
  if (result.ok) {
    recordAuditEvent({
      action: "role_changed",
      actorUserId: actor.userId,
      organisationId: actor.organisationId,
      targetType: "user",
      targetId: result.userId,
      ipAddress: actor.ipAddress,
      details: { from: result.previousRole, to: role },
    });
  }
  return result;
}

export function removeFromOrganisation({ actor, membershipId }: { actor: Actor; membershipId: string }) {
  const result = removeMember({ organisationId: actor.organisationId, membershipId });
  if (result.ok) {
    recordAuditEvent({
      action: "member_removed",
      actorUserId: actor.userId,
      organisationId: actor.organisationId,
      targetType: "user",
      targetId: result.userId,
      ipAddress: actor.ipAddress,
      details: { role: result.previousRole },
    });
  }
  return result;
}
