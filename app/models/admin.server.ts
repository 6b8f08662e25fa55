import { recordAuditEvent } from "./audit.server";
import { createInvitation } from "./invitations.server";
import { createOrganisation, renameOrganisation, setOrganisationDisabled } from "./organisations.server";
import type { OrganisationKind } from "../utils/organisation-kinds";
import { getUserByEmail, setUserDisabled } from "./users.server";
import { destroyOtherSessions } from "./sessions.server";
import { getDb } from "../db.server";

type Admin = { userId: string; ipAddress: string };

export type CreateWithInvitationResult =
  { ok: true; organisationId: string; token: string; expiresAt: Date } | { ok: false; field: "name" | "parentId" | "itLeadEmail"; error: string };

/** Creates an organisation and invites its first IT lead, atomically. */
export function createOrganisationWithItLead({
  admin,
  name,
  kind,
  parentId,
  itLeadEmail,
}: {
  admin: Admin;
  name: string;
  kind: OrganisationKind;
  parentId?: string | null;
  itLeadEmail: string;
}): CreateWithInvitationResult {
  const existing = getUserByEmail({ email: itLeadEmail });
  if (existing?.platformRole) return { ok: false, field: "itLeadEmail", error: "members.invite.platform_account" };
  return getDb().transaction(() => {
    const created = createOrganisation({ name, kind, parentId });
    if (!created.ok) {
      return { ok: false, field: created.error === "name_taken" ? "name" : "parentId", error: `admin.error.${created.error}` } as const;
    }
    const invitation = createInvitation({ organisationId: created.id, email: itLeadEmail, role: "it_lead", invitedByUserId: admin.userId });
    recordAuditEvent({
      action: "organisation_created",
      actorUserId: admin.userId,
      organisationId: created.id,
      targetType: "organisation",
      targetId: created.id,
      ipAddress: admin.ipAddress,
      details: { kind },
    });
    recordAuditEvent({
      action: "invitation_sent",
      actorUserId: admin.userId,
      organisationId: created.id,
      targetType: "invitation",
      targetId: invitation.id,
      ipAddress: admin.ipAddress,
      details: { role: "it_lead" },
    });
    return { ok: true, organisationId: created.id, token: invitation.token, expiresAt: invitation.expiresAt } as const;
  });
}

export function inviteItLead({ admin, organisationId, email }: { admin: Admin; organisationId: string; email: string }) {
  const existing = getUserByEmail({ email });
  if (existing?.platformRole) return { ok: false, error: "members.invite.platform_account" } as const;
  const invitation = createInvitation({ organisationId, email, role: "it_lead", invitedByUserId: admin.userId });
  recordAuditEvent({
    action: "invitation_sent",
    actorUserId: admin.userId,
    organisationId,
    targetType: "invitation",
    targetId: invitation.id,
    ipAddress: admin.ipAddress,
    details: { role: "it_lead" },
  });
  return { ok: true, token: invitation.token, expiresAt: invitation.expiresAt } as const;
}

export function renameOrganisationAsAdmin({ admin, organisationId, name }: { admin: Admin; organisationId: string; name: string }) {
  const result = renameOrganisation({ id: organisationId, name });
  if (result.ok)
    recordAuditEvent({
      action: "organisation_renamed",
      actorUserId: admin.userId,
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
      ipAddress: admin.ipAddress,
    });
  return result;
}

export function setOrganisationDisabledAsAdmin({ admin, organisationId, disabled }: { admin: Admin; organisationId: string; disabled: boolean }): boolean {
  const changed = setOrganisationDisabled({ id: organisationId, disabled });
  if (changed) {
    recordAuditEvent({
      action: disabled ? "organisation_disabled" : "organisation_enabled",
      actorUserId: admin.userId,
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
      ipAddress: admin.ipAddress,
    });
  }
  return changed;
}

export type DisableUserResult = { ok: true } | { ok: false; error: "not_found" | "self" };

/** Disables (or enables) an account; disabling also ends all its sessions at once. */
export function setUserDisabledAsAdmin({ admin, userId, disabled }: { admin: Admin; userId: string; disabled: boolean }): DisableUserResult {
  if (userId === admin.userId) return { ok: false, error: "self" };
  if (!setUserDisabled({ userId, disabled })) return { ok: false, error: "not_found" };
  if (disabled) destroyOtherSessions({ userId });
  recordAuditEvent({
    action: disabled ? "user_disabled" : "user_enabled",
    actorUserId: admin.userId,
    targetType: "user",
    targetId: userId,
    ipAddress: admin.ipAddress,
  });
  return { ok: true };
}
