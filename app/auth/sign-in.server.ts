import { recordAuditEvent } from "../models/audit.server";
import { checkSignInAllowed, clearAccountFailures, recordSignInFailure } from "../models/login-failures.server";
import { getUserByEmail, normaliseEmail, verifyLogin } from "../models/users.server";
import type { PlatformRole } from "./permissions";

export type SignInResult =
  | { status: "ok"; user: { id: string; email: string }; platformRole: PlatformRole | null }
  | { status: "invalid" }
  | { status: "locked"; retryAfterSeconds: number };

/** Password sign-in with lock-out and audit; the caller creates the session. */
export async function signIn({ email, password, ipAddress, now = new Date() }: { email: string; password: string; ipAddress: string; now?: Date }): Promise<SignInResult> {
  const normalised = normaliseEmail(email);
  const gate = checkSignInAllowed({ email: normalised, ipAddress, now });
  if (!gate.allowed) {
    recordAuditEvent({ action: "sign_in_refused", actorEmail: normalised.slice(0, 254), ipAddress, at: now });
    return { status: "locked", retryAfterSeconds: gate.retryAfterSeconds };
  }
  const user = await verifyLogin({ email: normalised, password });
  if (!user) {
    recordSignInFailure({ email: normalised, ipAddress, now });
    const known = getUserByEmail({ email: normalised });
    recordAuditEvent({ action: "sign_in_failed", actorUserId: known?.id ?? null, actorEmail: normalised.slice(0, 254), ipAddress, at: now });
    return { status: "invalid" };
  }
  clearAccountFailures({ email: normalised });
  const full = getUserByEmail({ email: normalised });
  recordAuditEvent({ action: "sign_in", actorUserId: user.id, ipAddress, at: now });
  return { status: "ok", user, platformRole: full?.platformRole ?? null };
}
