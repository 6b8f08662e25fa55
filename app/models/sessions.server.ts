// Session rows. The cookie that carries a session's id, and who counts as signed in, live in
// app/auth/session.server.ts; this module only reads and writes the stored rows (by the SHA-256 of the id).
import { and, desc, eq, gt, lt, ne, or, sql } from "drizzle-orm";
import { sessions } from "../../db/schema";
import { getDb, preparedQuery } from "../db.server";
import { sha256 } from "../utils/crypto.server";
import { recordAuditEvent } from "./audit.server";

export const idleTimeoutMs = 60 * 60 * 1000;
export const absoluteLifetimeMs = 12 * 60 * 60 * 1000;
// Password checked, code not yet: such a session only opens the code (or set-up) page, and not for long.
export const pendingLifetimeMs = 15 * 60 * 1000;

export type SessionRow = typeof sessions.$inferSelect;

const sessionByIdHash = preparedQuery((db) =>
  db
    .select()
    .from(sessions)
    .where(eq(sessions.idHash, sql.placeholder("idHash")))
    .prepare(),
);

/** The stored row for a session id hash, expired or not (the caller judges expiry). */
export function getSessionRow({ idHash }: { idHash: string }): SessionRow | undefined {
  return sessionByIdHash().get({ idHash });
}

/** Moves a session's last-seen time on (its idle timeout starts again). */
export function touchSession({ idHash, now }: { idHash: string; now: Date }): void {
  getDb().update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash)).run();
}

/**
 * Stores a new session row for the hash of a fresh random id, after removing the row the request came with
 * (a planted cookie is never promoted) and this user's expired rows, and anyone's that expired over a day ago.
 * With `signIn`, the row completes a sign-in that no earlier step logged, and is audit-logged as one.
 */
export function insertSession({
  idHash,
  previousIdHash,
  userId,
  organisationId,
  pendingSecondFactor,
  userAgent,
  ipAddress,
  now,
  signIn,
}: {
  idHash: string;
  previousIdHash: string | null;
  userId: string;
  organisationId: string | null;
  pendingSecondFactor: boolean;
  userAgent: string | null;
  ipAddress: string;
  now: Date;
  signIn?: { method?: string };
}): void {
  const db = getDb();
  if (previousIdHash) db.delete(sessions).where(eq(sessions.idHash, previousIdHash)).run();
  db.delete(sessions)
    .where(
      or(
        and(eq(sessions.userId, userId), or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, new Date(now.getTime() - idleTimeoutMs)))),
        lt(sessions.lastSeenAt, new Date(now.getTime() - idleTimeoutMs - 24 * 60 * 60 * 1000)),
      ),
    )
    .run();
  db.insert(sessions)
    .values({
      idHash,
      userId,
      organisationId,
      pendingSecondFactor,
      userAgent: userAgent?.slice(0, 300) ?? null,
      ipAddress,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + absoluteLifetimeMs),
    })
    .run();
  if (signIn) recordAuditEvent({ action: "sign_in", actorUserId: userId, ipAddress, details: signIn.method ? { method: signIn.method } : undefined });
}

/** Deletes one session row; with `signedOut` (a signed-in user's own sign-out) it is audit-logged. */
export function deleteSession({ idHash, signedOut }: { idHash: string; signedOut?: { userId: string; ipAddress: string } }): void {
  getDb().delete(sessions).where(eq(sessions.idHash, idHash)).run();
  if (signedOut) recordAuditEvent({ action: "sign_out", actorUserId: signedOut.userId, ipAddress: signedOut.ipAddress });
}

/** Ends every session of a user except, optionally, one. */
export function destroyOtherSessions({ userId, keepIdHash }: { userId: string; keepIdHash?: string }): void {
  getDb()
    .delete(sessions)
    .where(keepIdHash ? and(eq(sessions.userId, userId), ne(sessions.idHash, keepIdHash)) : eq(sessions.userId, userId))
    .run();
}

/** The organisation chosen in the header switcher for this session. */
export function setCurrentOrganisation({ sessionIdHash, organisationId }: { sessionIdHash: string; organisationId: string }): void {
  getDb().update(sessions).set({ organisationId }).where(eq(sessions.idHash, sessionIdHash)).run();
}

/** Marks a session as waiting for its second step again (after two-step sign-in was turned off). */
export function markSessionPending({ sessionIdHash, now = new Date() }: { sessionIdHash: string; now?: Date }): void {
  getDb().update(sessions).set({ pendingSecondFactor: true, createdAt: now }).where(eq(sessions.idHash, sessionIdHash)).run();
}

/** The user who owns a stored session, expired or not (a form posted just after expiry is kept for them). */
export function getSessionOwner({ idHash }: { idHash: string }): string | null {
  return getDb().select({ userId: sessions.userId }).from(sessions).where(eq(sessions.idHash, idHash)).get()?.userId ?? null;
}

export type ActiveSession = {
  /** A stable handle for the page; not the stored hash and not the cookie. */
  handle: string;
  current: boolean;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
  ipAddress: string | null;
};

function handleFor(idHash: string): string {
  return sha256(`session-handle:${idHash}`).slice(0, 32);
}

// Placeholders reach SQLite as they are, so times are passed as the columns store them (milliseconds).
const activeSessionsOfUser = preparedQuery((db) =>
  db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, sql.placeholder("userId")),
        eq(sessions.pendingSecondFactor, false),
        gt(sessions.expiresAt, sql.placeholder("now")),
        gt(sessions.lastSeenAt, sql.placeholder("seenSince")),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt))
    .prepare(),
);

/** The user's signed-in sessions (not expired, past the second step), most recently used first. */
export function listActiveSessions({ userId, currentIdHash, now = new Date() }: { userId: string; currentIdHash: string; now?: Date }): ActiveSession[] {
  const rows = activeSessionsOfUser().all({ userId, now: now.getTime(), seenSince: now.getTime() - idleTimeoutMs });
  return rows.map((row) => ({
    handle: handleFor(row.idHash),
    current: row.idHash === currentIdHash,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    userAgent: row.userAgent,
    ipAddress: row.ipAddress,
  }));
}

/**
 * Ends one of the user's own active sessions by its handle, never the one they are using (that one ends
 * with "Sign out"), and audit-logs it. False when there is no such other session of theirs.
 */
export function endSessionByHandle({
  userId,
  currentIdHash,
  handle,
  ipAddress,
}: {
  userId: string;
  currentIdHash: string;
  handle: string;
  ipAddress: string;
}): boolean {
  const mine = listActiveSessions({ userId, currentIdHash }).find((s) => s.handle === handle);
  if (!mine || mine.current) return false;
  const db = getDb();
  const rows = db.select({ idHash: sessions.idHash }).from(sessions).where(eq(sessions.userId, userId)).all();
  const target = rows.find((row) => handleFor(row.idHash) === handle);
  if (!target) return false;
  const ended =
    db
      .delete(sessions)
      .where(and(eq(sessions.userId, userId), eq(sessions.idHash, target.idHash)))
      .run().changes === 1;
  if (ended) recordAuditEvent({ action: "session_ended", actorUserId: userId, targetType: "session", targetId: handle.slice(0, 8), ipAddress });
  return ended;
}

/** Ends every other session of the user ("sign out everywhere else"), audit-logged. */
export function endOtherSessions({ userId, keepIdHash, ipAddress }: { userId: string; keepIdHash: string; ipAddress: string }): void {
  destroyOtherSessions({ userId, keepIdHash });
  recordAuditEvent({ action: "session_ended", actorUserId: userId, targetType: "session", targetId: "others", ipAddress });
}
