import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { invitations, memberships, organisations, users } from "../../db/schema";
import { getDb, preparedQuery } from "../db.server";
import { hashPassword } from "../security/password.server";
import type { MemberRole } from "../security/permissions";
import { createId, createToken, sha256 } from "../utils/crypto.server";
import { recordAuditEvent } from "./audit.server";
import { normaliseEmail } from "./users.server";
import { enqueueInvitationMail } from "./mail-events.server";
import { cancelUnsentMail } from "./outbox.server";

export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

/**
 * Revokes the open invitations of one address to one organisation (before a new one is sent) and stops their
 * mail that has not gone out yet, so an older mail with a link that no longer works does not arrive later.
 */
export function revokeOpenInvitationsFor({ organisationId, email, now = new Date() }: { organisationId: string; email: string; now?: Date }): void {
  getDb().transaction((tx) => {
    const open = tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(
        and(
          eq(invitations.organisationId, organisationId),
          eq(invitations.email, normaliseEmail(email)),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .all();
    for (const { id } of open) {
      tx.update(invitations).set({ revokedAt: now }).where(eq(invitations.id, id)).run();
      cancelUnsentMail({ db: tx, subjectRef: `invitation:${id}` });
    }
  });
}

/** Creates a single-use invitation; returns the token once (only its hash is stored). */
export function createInvitation({
  organisationId,
  email,
  role,
  invitedByUserId,
  now = new Date(),
}: {
  organisationId: string;
  email: string;
  role: MemberRole;
  invitedByUserId: string;
  now?: Date;
}): { id: string; token: string; expiresAt: Date } {
  const token = createToken();
  const id = createId();
  const expiresAt = new Date(now.getTime() + invitationLifetimeMs);
  // The invitation and its mail are committed together: no mail without an invitation, nor the reverse.
  getDb().transaction((tx) => {
    tx.insert(invitations)
      .values({ id, organisationId, email: normaliseEmail(email), role, tokenHash: sha256(token), invitedByUserId, expiresAt, createdAt: now })
      .run();
    enqueueInvitationMail({ tx, invitationId: id, token, now });
  });
  return { id, token, expiresAt };
}

// Placeholders reach SQLite as they are, so the time is passed as the column stores it (milliseconds).
const openInvitationsOfOrganisation = preparedQuery((db) =>
  db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt, createdAt: invitations.createdAt })
    .from(invitations)
    .where(
      and(
        eq(invitations.organisationId, sql.placeholder("organisationId")),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, sql.placeholder("now")),
      ),
    )
    .orderBy(desc(invitations.createdAt))
    .prepare(),
);

/** Open invitations of one organisation (never their tokens). */
export function listOpenInvitations({ organisationId, now = new Date() }: { organisationId: string; now?: Date }) {
  return openInvitationsOfOrganisation().all({ organisationId, now: now.getTime() });
}

export function revokeInvitation({ organisationId, invitationId }: { organisationId: string; invitationId: string }): boolean {
  return getDb().transaction((tx) => {
    const result = tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.id, invitationId), eq(invitations.organisationId, organisationId), isNull(invitations.acceptedAt)))
      .run();
    // A mail not yet delivered would only lead to a link that no longer works.
    if (result.changes === 1) cancelUnsentMail({ db: tx, subjectRef: `invitation:${invitationId}` });
    return result.changes === 1;
  });
}

export type InvitationLookup =
  | {
      status: "valid";
      id: string;
      email: string;
      role: MemberRole;
      organisationId: string;
      organisationName: string;
      existingUser: { id: string; platformRole: string | null } | null;
    }
  | { status: "not_found" | "expired" | "used" };

/** Looks an invitation up by the token from its link. */
export function findInvitation({ token, now = new Date() }: { token: string; now?: Date }): InvitationLookup {
  const db = getDb();
  const row = db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      organisationId: invitations.organisationId,
      organisationName: organisations.name,
      organisationDisabledAt: organisations.disabledAt,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.tokenHash, sha256(token)))
    .get();
  if (!row || row.revokedAt || row.organisationDisabledAt) return { status: "not_found" };
  if (row.acceptedAt) return { status: "used" };
  if (row.expiresAt.getTime() <= now.getTime()) return { status: "expired" };
  const existingUser = db.select({ id: users.id, platformRole: users.platformRole }).from(users).where(eq(users.email, row.email)).get();
  return {
    status: "valid",
    id: row.id,
    email: row.email,
    role: row.role,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    existingUser: existingUser ?? null,
  };
}

export type AcceptResult =
  | { ok: true; userId: string; organisationId: string; invitationId: string; role: MemberRole }
  | { ok: false; error: "not_found" | "expired" | "used" | "wrong_account" | "account_exists" | "platform_account" };

/**
 * Accepts an invitation in one transaction: either creates the invited account with its password, or
 * (for an existing account, which must be the one signed in) adds the membership. Marks the token used.
 */
export async function acceptInvitation({
  token,
  signedInUserId,
  newAccount,
  ipAddress,
  now = new Date(),
}: {
  token: string;
  signedInUserId: string | null;
  /** A new account's name, password and the language it signed up in (its mail comes in that language). */
  newAccount: { name: string; password: string; language?: "nl" | "en" } | null;
  ipAddress: string;
  now?: Date;
}): Promise<AcceptResult> {
  const lookup = findInvitation({ token, now });
  if (lookup.status !== "valid") return { ok: false, error: lookup.status };
  const existing = lookup.existingUser;
  if (existing?.platformRole) return { ok: false, error: "platform_account" };
  if (existing && signedInUserId !== existing.id) return { ok: false, error: existing && !signedInUserId ? "account_exists" : "wrong_account" };
  if (!existing && signedInUserId) return { ok: false, error: "wrong_account" };
  if (!existing && !newAccount) return { ok: false, error: "not_found" };
  // Hash outside the transaction: better-sqlite3 transactions must be synchronous.
  const passwordHash = newAccount && !existing ? await hashPassword(newAccount.password) : null;

  return getDb().transaction((tx) => {
    // Mark used first and check the change count, so two simultaneous accepts cannot both succeed.
    const claimed = tx
      .update(invitations)
      .set({ acceptedAt: now })
      .where(and(eq(invitations.id, lookup.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .run();
    if (claimed.changes !== 1) return { ok: false, error: "used" } satisfies AcceptResult;
    let userId = existing?.id;
    if (!userId) {
      userId = createId();
      tx.insert(users)
        .values({
          id: userId,
          email: lookup.email,
          name: newAccount?.name.trim() ?? lookup.email,
          passwordHash: passwordHash ?? "",
          mailLanguage: newAccount?.language ?? "nl",
        })
        .run();
    }
    const membership = tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, lookup.organisationId)))
      .get();
    if (!membership) {
      tx.insert(memberships).values({ id: createId(), userId, organisationId: lookup.organisationId, role: lookup.role }).run();
    }
    recordAuditEvent({
      action: "invitation_accepted",
      actorUserId: userId,
      organisationId: lookup.organisationId,
      targetType: "invitation",
      targetId: lookup.id,
      ipAddress,
      details: { role: lookup.role },
    });
    return { ok: true, userId, organisationId: lookup.organisationId, invitationId: lookup.id, role: lookup.role } satisfies AcceptResult;
  });
}
