// The session cookie and who counts as signed in. The rows themselves are read and written through
// app/models/sessions.server.ts.
import { createCookie, redirect } from "@remix-run/node";
import { getConfig } from "../utils/config.server";
import { createToken, sha256 } from "../utils/crypto.server";
import {
  absoluteLifetimeMs,
  deleteSession,
  getSessionRow,
  idleTimeoutMs,
  insertSession,
  pendingLifetimeMs,
  touchSession,
  type SessionRow,
} from "../models/sessions.server";
import { getUserById, listUserMemberships } from "../models/users.server";
import { getTwoStepState, type TwoStepState } from "../models/two-step.server";
import type { MemberRole, PlatformRole } from "../security/permissions";

export { absoluteLifetimeMs, idleTimeoutMs, pendingLifetimeMs } from "../models/sessions.server";
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

// Checking the cookie's signature is a hash over the header; the answer for one header never changes, and a
// browser sends the same header with every request of a session. So answers are kept, for headers of a
// browser's usual size and up to a bound (at most about 2 MB, whatever anyone sends).
const idsByCookieHeader = new Map<string, string | null>();
const maxCookieHeaders = 1_000;
const maxKeptHeaderLength = 1_024;

/** The signed random id in the session cookie, if any (valid or not). */
export async function readSessionId(request: Request): Promise<string | null> {
  const header = request.headers.get("Cookie");
  if (header === null) return null;
  const known = idsByCookieHeader.get(header);
  if (known !== undefined) return known;
  const value: unknown = await sessionCookie().parse(header);
  const id = typeof value === "string" && value.length > 20 ? value : null;
  if (header.length <= maxKeptHeaderLength) {
    if (idsByCookieHeader.size >= maxCookieHeaders) idsByCookieHeader.clear();
    idsByCookieHeader.set(header, id);
  }
  return id;
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

async function readSessionRow(request: Request, now: Date): Promise<{ idHash: string; session: SessionRow } | null> {
  const id = await readSessionId(request);
  if (!id) return null;
  const idHash = sha256(id);
  const session = getSessionRow({ idHash });
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
// Both get the same object only because scripts/patch-router.js stops Remix from copying the request for
// each loader when there is no search parameter of its own to strip.
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
    touchSession({ idHash, now });
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
  signIn,
  now = new Date(),
}: {
  request: Request;
  userId: string;
  ipAddress: string;
  organisationId?: string | null;
  /** Password checked, second step still to come. */
  pendingSecondFactor?: boolean;
  /** This session completes a sign-in that no earlier step logged (set-up as second step, a new invited account). */
  signIn?: { method?: string };
  now?: Date;
}): Promise<string> {
  const previous = await readSessionId(request);
  const id = createToken();
  insertSession({
    idHash: sha256(id),
    previousIdHash: previous ? sha256(previous) : null,
    userId,
    organisationId,
    pendingSecondFactor,
    userAgent: request.headers.get("User-Agent"),
    ipAddress,
    now,
    signIn,
  });
  return sessionCookie().serialize(id, { maxAge: absoluteLifetimeMs / 1000 });
}

/** Signs out: ends the request's session (if any, audit-logged for a signed-in user) and returns a Set-Cookie header that clears the cookie. */
export async function destroyUserSession({ request, ipAddress }: { request: Request; ipAddress: string }): Promise<string> {
  const id = await readSessionId(request);
  const user = await getSessionUser(request);
  if (id) deleteSession({ idHash: sha256(id), signedOut: user ? { userId: user.id, ipAddress } : undefined });
  return sessionCookie().serialize("", { maxAge: 0 });
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
