import { createCookie, redirect } from "@remix-run/node";
import { and, desc, eq, gt, lt, ne, or, sql } from "drizzle-orm";
import { sessions } from "../../db/schema";
import { getDb, preparedQuery } from "../db.server";
import { getConfig } from "../utils/config.server";
import { createToken, sha256 } from "../utils/crypto.server";
import { getUserById, listUserMemberships } from "../models/users.server";
import { getTwoStepState, type TwoStepState } from "../models/two-step.server";
import type { MemberRole, PlatformRole } from "../security/permissions";

export const idleTimeoutMs = 60 * 60 * 1000;
export const absoluteLifetimeMs = 12 * 60 * 60 * 1000;
// Writing last-seen on every request would turn each page view into a write; once a minute is enough.
const touchIntervalMs = 60 * 1000;

let cookie: ReturnType<typeof createCookie> | undefined;

function sessionCookie() {
  if (cookie) return cookie;
  const config = getConfig();
  // The __Host- prefix makes browsers insist on Secure, Path=/ and no Domain.
  cookie = createCookie(config.isProduction ? "__Host-weerbaar-session" : "weerbaar-session", {
    httpOnly: true,
    sameSite: "lax",
    secure: config.isProduction,
    path: "/",
    secrets: [config.sessionSecret],
  });
  return cookie;
}

/** The signed random id in the session cookie, if any (valid or not). */
export async function readSessionId(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 20 ? value : null;
}

export type SessionUser = {
  sessionIdHash: string;
  id: string;
  email: string;
  name: string;
  platformRole: PlatformRole | null;
  memberships: Array<{ organisationId: string; organisationName: string; organisationKind: string; role: MemberRole }>;
  /** The organisation chosen in the header switcher, when the user is a member of any. */
  current: { organisationId: string; organisationName: string; organisationKind: string; role: MemberRole } | null;
  twoStep: TwoStepState;
};

// Password checked, code not yet: such a session only opens the code (or set-up) page, and not for long.
export const pendingLifetimeMs = 15 * 60 * 1000;

type SessionRow = typeof sessions.$inferSelect;

const sessionByIdHash = preparedQuery((db) => db.select().from(sessions).where(eq(sessions.idHash, sql.placeholder("idHash"))).prepare());

async function readSessionRow(request: Request, now: Date): Promise<{ idHash: string; session: SessionRow } | null> {
  const id = await readSessionId(request);
  if (!id) return null;
  const idHash = sha256(id);
  const session = sessionByIdHash().get({ idHash });
  if (!session) return null;
  const time = now.getTime();
  // An expired row is kept for a day (cleaned up at the next sign-in) so a form posted just after expiry
  // can be tied to its author and restored once they sign in again (models/pending-saves.server.ts).
  if (session.expiresAt.getTime() <= time || session.lastSeenAt.getTime() + idleTimeoutMs <= time) return null;
  if (session.pendingSecondFactor && session.createdAt.getTime() + pendingLifetimeMs <= time) return null;
  return { idHash, session };
}

// Remix runs the root and the route loader of a request side by side and both ask for the user: one lookup
// per request object serves both (loaders after an action get a new request object, so they look again).
const usersByRequest = new WeakMap<Request, Promise<SessionUser | null>>();

/**
 * The signed-in user for this request, or null for no, expired or revoked session, for disabled users, and
 * for a session that still waits for its second step (that one only opens the code page: getPendingSession).
 */
export function getSessionUser(request: Request, now?: Date): Promise<SessionUser | null> {
  if (now) return lookUpSessionUser(request, now);
  let found = usersByRequest.get(request);
  if (!found) {
    found = lookUpSessionUser(request, new Date());
    usersByRequest.set(request, found);
  }
  return found;
}

async function lookUpSessionUser(request: Request, now: Date): Promise<SessionUser | null> {
  const found = await readSessionRow(request, now);
  if (!found || found.session.pendingSecondFactor) return null;
  const { idHash, session } = found;
  const user = getUserById({ id: session.userId });
  if (!user || user.disabledAt) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > touchIntervalMs) {
    getDb().update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash)).run();
  }
  const memberships = user.platformRole ? [] : listUserMemberships({ userId: user.id });
  const current = memberships.find((m) => m.organisationId === session.organisationId) ?? memberships[0] ?? null;
  return {
    sessionIdHash: idHash,
    id: user.id,
    email: user.email,
    name: user.name,
    platformRole: user.platformRole,
    memberships,
    current,
    twoStep: getTwoStepState({ userId: user.id }),
  };
}

export type PendingSession = {
  sessionIdHash: string;
  userId: string;
  email: string;
  name: string;
  platformRole: PlatformRole | null;
  organisationId: string | null;
  twoStep: TwoStepState;
};

/** A session whose password step passed but whose second step (code, or first set-up) has not. */
export async function getPendingSession(request: Request, now = new Date()): Promise<PendingSession | null> {
  const found = await readSessionRow(request, now);
  if (!found?.session.pendingSecondFactor) return null;
  const user = getUserById({ id: found.session.userId });
  if (!user || user.disabledAt) return null;
  return {
    sessionIdHash: found.idHash,
    userId: user.id,
    email: user.email,
    name: user.name,
    platformRole: user.platformRole,
    organisationId: found.session.organisationId,
    twoStep: getTwoStepState({ userId: user.id }),
  };
}

/**
 * Starts a new session for the user (a fresh random id, so a planted cookie is never promoted) and
 * ends the one the request came with. Returns the Set-Cookie header value.
 */
export async function createUserSession({
  request,
  userId,
  ipAddress,
  organisationId = null,
  pendingSecondFactor = false,
  now = new Date(),
}: {
  request: Request;
  userId: string;
  ipAddress: string;
  organisationId?: string | null;
  /** Password checked, second step still to come. */
  pendingSecondFactor?: boolean;
  now?: Date;
}): Promise<string> {
  const previous = await readSessionId(request);
  const db = getDb();
  if (previous) db.delete(sessions).where(eq(sessions.idHash, sha256(previous))).run();
  // Remove this user's expired sessions, and anyone's that expired over a day ago, while we are here.
  db.delete(sessions)
    .where(
      or(
        and(eq(sessions.userId, userId), or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, new Date(now.getTime() - idleTimeoutMs)))),
        lt(sessions.lastSeenAt, new Date(now.getTime() - idleTimeoutMs - 24 * 60 * 60 * 1000)),
      ),
    )
    .run();
  const id = createToken();
  db.insert(sessions)
    .values({
      idHash: sha256(id),
      userId,
      organisationId,
      pendingSecondFactor,
      userAgent: request.headers.get("User-Agent")?.slice(0, 300) ?? null,
      ipAddress,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + absoluteLifetimeMs),
    })
    .run();
  return sessionCookie().serialize(id, { maxAge: absoluteLifetimeMs / 1000 });
}

/** Ends the request's session (if any) and returns a Set-Cookie header that clears the cookie. */
export async function destroyUserSession(request: Request): Promise<string> {
  const id = await readSessionId(request);
  if (id) getDb().delete(sessions).where(eq(sessions.idHash, sha256(id))).run();
  return sessionCookie().serialize("", { maxAge: 0 });
}

/** Ends every session of a user except, optionally, one. */
export function destroyOtherSessions({ userId, keepIdHash }: { userId: string; keepIdHash?: string }): void {
  getDb()
    .delete(sessions)
    .where(keepIdHash ? and(eq(sessions.userId, userId), ne(sessions.idHash, keepIdHash)) : eq(sessions.userId, userId))
    .run();
}

export function setCurrentOrganisation({ sessionIdHash, organisationId }: { sessionIdHash: string; organisationId: string }): void {
  getDb().update(sessions).set({ organisationId }).where(eq(sessions.idHash, sessionIdHash)).run();
}

/** Where a request without a full session goes: the code page, the set-up page, or sign-in. */
async function signInPathFor(request: Request): Promise<string> {
  const url = new URL(request.url);
  const back = encodeURIComponent(url.pathname + url.search);
  const pending = await getPendingSession(request);
  if (pending) return pending.twoStep.enabled ? `/login/code?redirectTo=${back}` : `/account/two-step?redirectTo=${back}`;
  return `/login?redirectTo=${back}`;
}

/**
 * The signed-in user. Without a full session: to sign-in (or, mid sign-in, to the code page). A member of an
 * organisation that requires two-step sign-in, who has not set it up, is sent to set it up first.
 * (Platform admins and analysts can only get a full session by completing two-step sign-in: sign-in.server.ts.)
 */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getSessionUser(request);
  if (!user) throw redirect(await signInPathFor(request));
  if (user.twoStep.requiredByOrganisation && !user.twoStep.enabled) {
    const url = new URL(request.url);
    throw redirect(`/account/two-step?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return user;
}

/** Marks the request's session as waiting for its second step again (after two-step sign-in was turned off). */
export function markSessionPending({ sessionIdHash, now = new Date() }: { sessionIdHash: string; now?: Date }): void {
  getDb().update(sessions).set({ pendingSecondFactor: true, createdAt: now }).where(eq(sessions.idHash, sessionIdHash)).run();
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

/** The user's signed-in sessions (not expired, past the second step), most recently used first. */
export function listActiveSessions({ userId, currentIdHash, now = new Date() }: { userId: string; currentIdHash: string; now?: Date }): ActiveSession[] {
  const rows = getDb()
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        eq(sessions.pendingSecondFactor, false),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, new Date(now.getTime() - idleTimeoutMs)),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt))
    .all();
  return rows.map((row) => ({
    handle: handleFor(row.idHash),
    current: row.idHash === currentIdHash,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    userAgent: row.userAgent,
    ipAddress: row.ipAddress,
  }));
}

/** Ends one of the user's own sessions by its handle; false when there is no such session of theirs. */
export function endSessionByHandle({ userId, handle }: { userId: string; handle: string }): boolean {
  const db = getDb();
  const rows = db.select({ idHash: sessions.idHash }).from(sessions).where(eq(sessions.userId, userId)).all();
  const target = rows.find((row) => handleFor(row.idHash) === handle);
  if (!target) return false;
  return db.delete(sessions).where(and(eq(sessions.userId, userId), eq(sessions.idHash, target.idHash))).run().changes === 1;
}
