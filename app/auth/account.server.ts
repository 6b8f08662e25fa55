// What a signed-in user can change about their own account's security (/account/security and the
// two-step set-up page). Secrets typed here count toward the sign-in lock-out, and a wrong one is
// audit-logged here, where it is judged; each change is audit-logged by the model function that makes it.
import { createCookie, data } from "@remix-run/node";
import { recordAuditEvent } from "../models/audit.server";
import { getTwoStepState, issueRecoveryCodes, mustUseTwoStep, removeTwoStep, verifySecondFactor } from "../models/two-step.server";
import { changeUserPassword, verifyLogin } from "../models/users.server";
import { listActiveSessions } from "../models/sessions.server";
import { getConfig } from "../utils/config.server";
import { describeDevice } from "../utils/user-agent";
import { openSecret, sealSecret } from "../security/secret-box.server";
import { guardedAttempt, type AttemptResult } from "./sign-in.server";

type Actor = { userId: string; email: string; ipAddress: string };

/** Sets a new password after checking the current one; every other session of the user ends. */
export async function changePassword({
  actor,
  currentPassword,
  newPassword,
  keepSessionIdHash,
}: {
  actor: Actor;
  currentPassword: string;
  newPassword: string;
  keepSessionIdHash: string;
}): Promise<AttemptResult> {
  const attempt = await guardedAttempt({
    email: actor.email,
    ipAddress: actor.ipAddress,
    check: async () => (await verifyLogin({ email: actor.email, password: currentPassword }))?.id === actor.userId,
  });
  if (attempt.status !== "ok") {
    if (attempt.status === "invalid") recordAuditEvent({ action: "password_change_failed", actorUserId: actor.userId, ipAddress: actor.ipAddress });
    return attempt;
  }
  await changeUserPassword({ userId: actor.userId, newPassword, keepSessionIdHash, ipAddress: actor.ipAddress });
  return attempt;
}

export type TurnOffResult = (AttemptResult & { status: "invalid" | "locked" }) | { status: "ok"; mustSetUpAgain: boolean };

/**
 * Turns two-step sign-in off with a current code (or a recovery code, for someone who lost their phone).
 * Someone who must use it (admin, analyst, or an organisation's rule) has to set it up again at once.
 */
export async function turnOffTwoStep({ actor, code, keepSessionIdHash }: { actor: Actor; code: string; keepSessionIdHash: string }): Promise<TurnOffResult> {
  const attempt = await guardedAttempt({
    email: actor.email,
    ipAddress: actor.ipAddress,
    check: () => verifySecondFactor({ userId: actor.userId, input: code }).ok,
  });
  if (attempt.status !== "ok") {
    if (attempt.status === "invalid") recordAuditEvent({ action: "two_step_failed", actorUserId: actor.userId, ipAddress: actor.ipAddress });
    return attempt;
  }
  removeTwoStep({ userId: actor.userId, keepSessionIdHash, by: "user", ipAddress: actor.ipAddress });
  return { status: "ok", mustSetUpAgain: mustUseTwoStep(getTwoStepState({ userId: actor.userId })) };
}

export type NewCodesResult = (AttemptResult & { status: "invalid" | "locked" }) | { status: "ok"; recoveryCodes: string[] };

/** Ten new recovery codes after a current code; the old ones stop working. */
export async function newRecoveryCodes({ actor, code }: { actor: Actor; code: string }): Promise<NewCodesResult> {
  const attempt = await guardedAttempt({
    email: actor.email,
    ipAddress: actor.ipAddress,
    check: () => verifySecondFactor({ userId: actor.userId, input: code }).ok,
  });
  if (attempt.status !== "ok") {
    if (attempt.status === "invalid") recordAuditEvent({ action: "two_step_failed", actorUserId: actor.userId, ipAddress: actor.ipAddress });
    return attempt;
  }
  const recoveryCodes = issueRecoveryCodes({ userId: actor.userId, ipAddress: actor.ipAddress });
  return { status: "ok", recoveryCodes };
}

// Recovery codes are shown once, on the page after the form that made them (post, redirect, get). They
// travel there in a short-lived, encrypted, HttpOnly cookie that the page clears as it shows them.
let flashCookie: ReturnType<typeof createCookie> | undefined;

function recoveryFlashCookie() {
  flashCookie ??= createCookie(getConfig().isProduction ? "__Host-weerbaar-codes" : "weerbaar-codes", {
    httpOnly: true,
    sameSite: "lax",
    secure: getConfig().isProduction,
    path: "/",
    maxAge: 5 * 60,
  });
  return flashCookie;
}

const flashContext = "recovery-codes-flash";

/** A Set-Cookie value carrying freshly made recovery codes to the page that shows them. */
export function setRecoveryCodesFlash({ userId, codes, next }: { userId: string; codes: string[]; next: string }): Promise<string> {
  return recoveryFlashCookie().serialize(sealSecret({ plaintext: JSON.stringify({ userId, codes, next }), context: flashContext }));
}

/** The codes for this user, if the cookie holds any, and the Set-Cookie value that clears it. */
export async function takeRecoveryCodesFlash({ request, userId }: { request: Request; userId: string }): Promise<{ codes: string[]; next: string } | null> {
  const value: unknown = await recoveryFlashCookie().parse(request.headers.get("Cookie"));
  if (typeof value !== "string") return null;
  const text = openSecret({ sealed: value, context: flashContext });
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== "object" || !("userId" in parsed) || !("codes" in parsed) || !("next" in parsed)) return null;
    const { codes, next } = parsed;
    if (parsed.userId !== userId || !Array.isArray(codes) || typeof next !== "string") return null;
    return { codes: codes.filter((code): code is string => typeof code === "string"), next };
  } catch {
    return null;
  }
}

export function clearRecoveryCodesFlash(): Promise<string> {
  return recoveryFlashCookie().serialize("", { maxAge: 0 });
}

/** The user's sessions as the security pages show them: device in words, times as ISO strings. */
export function listSessionsForPage({ userId, currentIdHash }: { userId: string; currentIdHash: string }) {
  return listActiveSessions({ userId, currentIdHash }).map((s) => ({
    handle: s.handle,
    current: s.current,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    device: describeDevice(s.userAgent),
    ipAddress: s.ipAddress,
  }));
}

/** The reply of a security form while the sign-in lock-out holds: 429 with the minutes to wait. */
export function lockedReply({ retryAfterSeconds }: { retryAfterSeconds: number }) {
  return data(
    { errors: { form: "security.locked" }, retryAfterMinutes: Math.ceil(retryAfterSeconds / 60) },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } },
  );
}
