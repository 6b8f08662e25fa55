import { and, desc, eq, lt } from "drizzle-orm";
import { auditEvents, organisations, users } from "../../db/schema";
import { getDb } from "../db.server";

export const auditActions = [
  "sign_in",
  "sign_in_failed",
  "sign_in_refused",
  "sign_out",
  "invitation_sent",
  "invitation_accepted",
  "invitation_revoked",
  "role_changed",
  "member_removed",
  "organisation_created",
  "organisation_renamed",
  "organisation_disabled",
  "organisation_enabled",
  "user_disabled",
  "user_enabled",
  "admin_created",
  "assessment_started",
  "assessment_imported",
  "assessment_version_changed",
  "assessment_submitted",
  "assessment_deleted",
  "assessment_archived",
  "assessment_unarchived",
  "sections_assigned",
  "nomination_day_set",
  "plan_action_updated",
  // Two-step sign-in and account security
  "sign_in_password_ok",
  "two_step_failed",
  "two_step_enabled",
  "two_step_disabled",
  "two_step_reset",
  "recovery_code_used",
  "recovery_codes_regenerated",
  "password_changed",
  "password_change_failed",
  "session_ended",
  "two_step_requirement_changed",
  // Anonymised insights. Sharing and withdrawing leave no audit event on purpose: who shared when is the
  // very link between a party and its contribution (ADR 018). Only releases are recorded.
  "insights_release_published",
  // A national party and its branches
  "branch_created",
  "branch_closed",
  "branch_reopened",
  "branch_sharing_changed",
  "party_target_set",
  "party_target_cleared",
  // Mail: a forgotten password
  "password_reset_requested",
  "password_reset",
  "email_changed",
] as const;
export type AuditAction = (typeof auditActions)[number];

type Details = Record<string, string | number | boolean | null>;

/** Writes one audit event. Callers pass ids and role names only: never passwords, tokens or content. */
export function recordAuditEvent(event: {
  action: AuditAction;
  actorUserId?: string | null;
  actorEmail?: string | null;
  organisationId?: string | null;
  targetType?: string;
  targetId?: string;
  ipAddress?: string | null;
  details?: Details;
  at?: Date;
}): void {
  getDb()
    .insert(auditEvents)
    .values({
      at: event.at ?? new Date(),
      action: event.action,
      actorUserId: event.actorUserId ?? null,
      actorEmail: event.actorEmail ?? null,
      organisationId: event.organisationId ?? null,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      ipAddress: event.ipAddress ?? null,
      details: event.details ?? null,
    })
    .run();
}

export const auditPageSize = 50;

/** Audit events newest first, for the platform admin; `beforeId` pages backwards. */
export function listAuditEvents({ beforeId, organisationId }: { beforeId?: number; organisationId?: string }) {
  const conditions = [beforeId ? lt(auditEvents.id, beforeId) : undefined, organisationId ? eq(auditEvents.organisationId, organisationId) : undefined].filter(
    (condition) => condition !== undefined,
  );
  return getDb()
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      actorEmail: auditEvents.actorEmail,
      actorUserEmail: users.email,
      organisationName: organisations.name,
      targetType: auditEvents.targetType,
      targetId: auditEvents.targetId,
      ipAddress: auditEvents.ipAddress,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(organisations, eq(organisations.id, auditEvents.organisationId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(auditPageSize)
    .all();
}

// What the platform admin may see of an event: who did what kind of thing when, never which question,
// answer, action or score (trust principle 7). Details are shown only for keys on this list; anything
// else stored (also in rows written before this rule) stays out of the admin's view.
const detailsShownToAdmin = new Set(["role", "from", "to", "method", "required", "kind", "carriedOver", "people"]);
const targetsShownToAdmin = new Set(["user", "invitation", "organisation", "session", "release", "assessment"]);
// Which organisation shares with the ministry, and when, is itself something the operator must not learn:
// these events appear as one neutral kind, without who, which organisation or which assessment.
const neutralForAdmin = new Set<string>(["assessment_shared", "assessment_share_withdrawn"]);

export type AdminAuditRow = {
  id: number;
  at: Date;
  action: string;
  actor: string | null;
  organisation: string | null;
  target: string | null;
  ipAddress: string | null;
  details: string | null;
};

/** The audit log as the platform admin sees it: content-free, and sharing events neutral. */
export function listAuditEventsForAdmin({ beforeId }: { beforeId?: number }): AdminAuditRow[] {
  return listAuditEvents({ beforeId }).map((event) => {
    if (neutralForAdmin.has(event.action)) {
      // The day only: an exact time would line up with the sign-in of whoever shared.
      const day = new Date(Date.UTC(event.at.getUTCFullYear(), event.at.getUTCMonth(), event.at.getUTCDate()));
      return { id: event.id, at: day, action: "sharing_changed", actor: null, organisation: null, target: null, ipAddress: null, details: null };
    }
    const details = Object.entries(event.details ?? {})
      .filter(([key]) => detailsShownToAdmin.has(key))
      .map(([key, value]) => `${key}: ${String(value)}`)
      .join(", ");
    const targetType = event.targetType && targetsShownToAdmin.has(event.targetType) ? event.targetType : null;
    return {
      id: event.id,
      at: event.at,
      action: event.action,
      actor: event.actorUserEmail ?? event.actorEmail ?? null,
      organisation: event.organisationName,
      // An assessment is named only as such: its id would let the admin follow one party's work.
      target: targetType ? (targetType === "assessment" ? targetType : `${targetType} ${event.targetId ?? ""}`.trim()) : null,
      ipAddress: event.ipAddress,
      details: details || null,
    };
  });
}
