import { createCookie, redirect } from "@remix-run/node";
import { and, eq, lt, ne, or } from "drizzle-orm";
import { sessions } from "../../db/schema";
import { getDb } from "../db.server";
import { getConfig } from "../utils/config.server";
import { createToken, sha256 } from "../utils/crypto.server";
import { getUserById, listUserMemberships } from "../models/users.server";
import type { MemberRole, PlatformRole } from "./permissions";

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
};

/** The signed-in user for this request, or null for no, expired or revoked session and for disabled users. */
export async function getSessionUser(request: Request, now = new Date()): Promise<SessionUser | null> {
  const id = await readSessionId(request);
  if (!id) return null;
  const idHash = sha256(id);
  const db = getDb();
  const session = db.select().from(sessions).where(eq(sessions.idHash, idHash)).get();
  if (!session) return null;
  const time = now.getTime();
  // An expired row is kept for a day (cleaned up at the next sign-in) so a form posted just after expiry
  // can be tied to its author and restored once they sign in again (models/pending-saves.server.ts).
  if (session.expiresAt.getTime() <= time || session.lastSeenAt.getTime() + idleTimeoutMs <= time) return null;
  const user = getUserById({ id: session.userId });
  if (!user || user.disabledAt) return null;
  if (time - session.lastSeenAt.getTime() > touchIntervalMs) {
    db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash)).run();
  }
  const memberships = user.platformRole ? [] : listUserMemberships({ userId: user.id });
  const current = memberships.find((m) => m.organisationId === session.organisationId) ?? memberships[0] ?? null;
  return { sessionIdHash: idHash, id: user.id, email: user.email, name: user.name, platformRole: user.platformRole, memberships, current };
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
  now = new Date(),
}: {
  request: Request;
  userId: string;
  ipAddress: string;
  organisationId?: string | null;
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

/** Only same-site paths are accepted as a place to return to, so a link cannot bounce users elsewhere. */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.length > 500) return fallback;
  return value;
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getSessionUser(request);
  if (!user) {
    const url = new URL(request.url);
    const back = url.pathname + url.search;
    throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`);
  }
  return user;
}
