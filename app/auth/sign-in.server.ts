import { recordAuditEvent } from "../models/audit.server";
import { clearAccountFailures, guardedAttempt, pruneSignInFailures, releaseAttempt, reserveAttempt, type AttemptResult } from "../models/login-failures.server";

export { guardedAttempt, type AttemptResult };
import { getTwoStepState, mustUseTwoStep, verifySecondFactor, type CodeKind } from "../models/two-step.server";
import { getUserByEmail, normaliseEmail, verifyLogin } from "../models/users.server";
import type { PlatformRole } from "../security/permissions";

/** After the password: nothing more, a code from the app, or setting up two-step sign-in first. */
export type SecondStep = "none" | "code" | "set_up";

export type SignInResult =
  | { status: "ok"; user: { id: string; email: string }; platformRole: PlatformRole | null; secondStep: SecondStep }
  | { status: "invalid" }
  | { status: "locked"; retryAfterSeconds: number };

/** Password sign-in with lock-out and audit; the caller creates the session (pending when a second step follows). */
export async function signIn({
  email,
  password,
  ipAddress,
  now = new Date(),
}: {
  email: string;
  password: string;
  ipAddress: string;
  now?: Date;
}): Promise<SignInResult> {
  const normalised = normaliseEmail(email);
  const gate = reserveAttempt({ email: normalised, ipAddress, now });
  if (!gate.allowed) {
    recordAuditEvent({ action: "sign_in_refused", actorEmail: normalised.slice(0, 254), ipAddress, at: now });
    return { status: "locked", retryAfterSeconds: gate.retryAfterSeconds };
  }
  const user = await verifyLogin({ email: normalised, password });
  if (!user) {
    // The reservation stays as the failure.
    pruneSignInFailures({ now });
    const known = getUserByEmail({ email: normalised });
    recordAuditEvent({ action: "sign_in_failed", actorUserId: known?.id ?? null, actorEmail: normalised.slice(0, 254), ipAddress, at: now });
    return { status: "invalid" };
  }
  releaseAttempt({ attemptId: gate.attemptId });
  const twoStep = getTwoStepState({ userId: user.id });
  const secondStep: SecondStep = twoStep.enabled ? "code" : mustUseTwoStep(twoStep) ? "set_up" : "none";
  if (secondStep === "code") {
    // The account's failure count is cleared only after the code, or a right password would reset the
    // count of wrong codes and let someone guess codes without end.
    recordAuditEvent({ action: "sign_in_password_ok", actorUserId: user.id, ipAddress, at: now });
  } else {
    clearAccountFailures({ email: normalised });
    recordAuditEvent({ action: secondStep === "set_up" ? "sign_in_password_ok" : "sign_in", actorUserId: user.id, ipAddress, at: now });
  }
  return { status: "ok", user: { id: user.id, email: user.email }, platformRole: user.platformRole, secondStep };
}

export type SecondStepResult = { status: "ok"; method: CodeKind } | { status: "invalid" } | { status: "locked"; retryAfterSeconds: number };

/** The code step of sign-in: a code from the app or a recovery code, each usable once, under the lock-out rules. */
export async function completeSecondStep({
  userId,
  email,
  code,
  ipAddress,
  now = new Date(),
}: {
  userId: string;
  email: string;
  code: string;
  ipAddress: string;
  now?: Date;
}): Promise<SecondStepResult> {
  const outcome: { method: CodeKind | null } = { method: null };
  const attempt = await guardedAttempt({
    email,
    ipAddress,
    now,
    check: () => {
      const result = verifySecondFactor({ userId, input: code, now });
      if (result.ok) outcome.method = result.method;
      return result.ok;
    },
  });
  if (attempt.status === "locked") {
    recordAuditEvent({ action: "sign_in_refused", actorUserId: userId, ipAddress, at: now });
    return attempt;
  }
  const method = outcome.method;
  if (attempt.status === "invalid" || method === null) {
    recordAuditEvent({ action: "two_step_failed", actorUserId: userId, ipAddress, at: now });
    return { status: "invalid" };
  }
  clearAccountFailures({ email });
  if (method === "recovery_code") recordAuditEvent({ action: "recovery_code_used", actorUserId: userId, ipAddress, at: now });
  recordAuditEvent({ action: "sign_in", actorUserId: userId, ipAddress, at: now, details: { method } });
  return { status: "ok", method };
}
