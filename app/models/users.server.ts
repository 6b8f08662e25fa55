import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { memberships, organisations, users } from "../../db/schema";
import { getDb, preparedQuery } from "../db.server";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "../security/password.server";
import type { MemberRole, PlatformRole } from "../security/permissions";
import { createId } from "../utils/crypto.server";
import { recordAuditEvent } from "./audit.server";
import { destroyOtherSessions } from "./sessions.server";

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Checks e-mail and password; a missing, disabled or wrong account all return null after the same work. */
export async function verifyLogin({ email, password }: { email: string; password: string }) {
  const user = getDb()
    .select({ id: users.id, email: users.email, passwordHash: users.passwordHash, disabledAt: users.disabledAt, platformRole: users.platformRole })
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .get();
  if (!user) return verifyAgainstDummy(password).then(() => null);
  const ok = await verifyPassword(user.passwordHash, password);
  if (!ok || user.disabledAt) return null;
  return { id: user.id, email: user.email, platformRole: user.platformRole };
}

export function getUserByEmail({ email }: { email: string }) {
  return getDb()
    .select({ id: users.id, email: users.email, name: users.name, platformRole: users.platformRole, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .get();
}

const userById = preparedQuery((db) =>
  db
    .select({ id: users.id, email: users.email, name: users.name, platformRole: users.platformRole, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, sql.placeholder("id")))
    .prepare(),
);

export function getUserById({ id }: { id: string }) {
  return userById().get({ id });
}

const membershipsOfUser = preparedQuery((db) =>
  db
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, sql.placeholder("userId")), isNull(organisations.disabledAt)))
    .orderBy(asc(organisations.name))
    .prepare(),
);

/** Active memberships of a user in organisations that are not disabled, alphabetically. */
export function listUserMemberships({ userId }: { userId: string }): Array<{
  organisationId: string;
  organisationName: string;
  organisationKind: string;
  role: MemberRole;
}> {
  return membershipsOfUser().all({ userId });
}

/** Creates a user; the caller has already validated the password against the policy. */
export async function createUser({
  email,
  name,
  password,
  platformRole = null,
}: {
  email: string;
  name: string;
  password: string;
  platformRole?: PlatformRole | null;
}) {
  const id = createId();
  const passwordHash = await hashPassword(password);
  getDb()
    .insert(users)
    .values({ id, email: normaliseEmail(email), name: name.trim(), passwordHash, platformRole })
    .run();
  return { id };
}

/** The operator's first (or next) platform admin, from the command line; audit-logged. */
export async function createPlatformAdmin({ email, password }: { email: string; password: string }): Promise<{ id: string }> {
  const { id } = await createUser({ email, name: "Platform admin", password, platformRole: "admin" });
  recordAuditEvent({ action: "admin_created", actorUserId: null, targetType: "user", targetId: id, ipAddress: "cli" });
  return { id };
}

export function listUsers() {
  return getDb()
    .select({ id: users.id, email: users.email, name: users.name, platformRole: users.platformRole, disabledAt: users.disabledAt, createdAt: users.createdAt })
    .from(users)
    .orderBy(asc(users.email))
    .all();
}

/**
 * Sets a user's new password (the caller checked the current one and the policy); every other session of
 * the user ends, and the change is audit-logged.
 */
export async function changeUserPassword({
  userId,
  newPassword,
  keepSessionIdHash,
  ipAddress,
}: {
  userId: string;
  newPassword: string;
  keepSessionIdHash: string;
  ipAddress: string;
}): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  getDb().transaction(() => {
    getDb().update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
    destroyOtherSessions({ userId, keepIdHash: keepSessionIdHash });
    recordAuditEvent({ action: "password_changed", actorUserId: userId, targetType: "user", targetId: userId, ipAddress });
  });
}

export function setUserDisabled({ userId, disabled }: { userId: string; disabled: boolean }): boolean {
  const result = getDb()
    .update(users)
    .set({ disabledAt: disabled ? new Date() : null })
    .where(eq(users.id, userId))
    .run();
  return result.changes === 1;
}
