// A forgotten password: a link by mail, valid one hour and once, of which only the hash is stored. The
// answer to a request is the same whether or not the address has an account; requests are limited per
// address and per account with the sign-in limiter's own atomic counting, under their own keys.
import { and, eq, gt, isNull } from "drizzle-orm";
import { passwordResets, sessions, users } from "../../db/schema";
import { getDb } from "../db.server";
import { hashPassword } from "../security/password.server";
import { renderMail } from "../mail/messages";
import { getConfig } from "../utils/config.server";
import { createToken, sha256 } from "../utils/crypto.server";
import { recordAuditEvent } from "./audit.server";
import { reserveAttempt } from "./login-failures.server";
import { enqueueMail } from "./outbox.server";
import { normaliseEmail } from "./users.server";

export const passwordResetLifetimeMs = 60 * 60 * 1000;

export type ResetRequestResult = { status: "sent" } | { status: "locked"; retryAfterSeconds: number };

/**
 * Mails a reset link when the address belongs to an active account. "sent" either way, so the page
 * cannot be used to find out who has an account.
 */
export function requestPasswordReset({ email, ipAddress, now = new Date() }: { email: string; ipAddress: string; now?: Date }): ResetRequestResult {
  const normalised = normaliseEmail(email);
  // Counted as attempts under "reset:" keys: limited like sign-in, without locking anyone out of signing in.
  const gate = reserveAttempt({ email: `reset:${normalised}`, ipAddress: `reset:${ipAddress}`, now });
  if (!gate.allowed) return { status: "locked", retryAfterSeconds: gate.retryAfterSeconds };
  const db = getDb();
  const user = db.select({ id: users.id, disabledAt: users.disabledAt, language: users.mailLanguage }).from(users).where(eq(users.email, normalised)).get();
  if (!user || user.disabledAt) return { status: "sent" };
  const token = createToken();
  const link = `${getConfig().baseUrl}/password/reset/${token}`;
  db.transaction((tx) => {
    // Only the newest link works: an older one lying in a mailbox is one less way in.
    tx.update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)))
      .run();
    tx.insert(passwordResets)
      .values({ tokenHash: sha256(token), userId: user.id, createdAt: now, expiresAt: new Date(now.getTime() + passwordResetLifetimeMs) })
      .run();
    enqueueMail({
      db: tx,
      kind: "password_reset",
      recipient: normalised,
      content: renderMail({ message: { kind: "password_reset", link }, language: user.language }),
      now,
    });
  });
  recordAuditEvent({ action: "password_reset_requested", actorUserId: user.id, targetType: "user", targetId: user.id, ipAddress, at: now });
  return { status: "sent" };
}

/** Whether a reset link still works; the page asks before showing the form. */
export function findPasswordReset({ token, now = new Date() }: { token: string; now?: Date }): { valid: true; email: string } | { valid: false } {
  const row = getDb()
    .select({ email: users.email, disabledAt: users.disabledAt })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(and(eq(passwordResets.tokenHash, sha256(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
    .get();
  if (!row || row.disabledAt) return { valid: false };
  return { valid: true, email: row.email };
}

/**
 * Sets the new password and uses up the link in one transaction; every session of the account ends, the
 * owner is told by mail and it is audited. Signing in afterwards still asks for the second step.
 */
export async function resetPassword({
  token,
  password,
  ipAddress,
  now = new Date(),
}: {
  token: string;
  password: string;
  ipAddress: string;
  now?: Date;
}): Promise<{ ok: true } | { ok: false }> {
  if (!findPasswordReset({ token, now }).valid) return { ok: false };
  // Hashing is slow and asynchronous; the transaction below must be synchronous.
  const passwordHash = await hashPassword(password);
  const db = getDb();
  const userId = db.transaction((tx) => {
    const claimed = tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.tokenHash, sha256(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
      .returning({ userId: passwordResets.userId })
      .get();
    if (!claimed) return null;
    const user = tx.select({ email: users.email, language: users.mailLanguage }).from(users).where(eq(users.id, claimed.userId)).get();
    if (!user) return null;
    tx.update(users).set({ passwordHash }).where(eq(users.id, claimed.userId)).run();
    tx.delete(sessions).where(eq(sessions.userId, claimed.userId)).run();
    const link = `${getConfig().baseUrl}/login`;
    enqueueMail({
      db: tx,
      kind: "password_changed",
      recipient: user.email,
      content: renderMail({ message: { kind: "password_changed", link }, language: user.language }),
      now,
    });
    return claimed.userId;
  });
  if (!userId) return { ok: false };
  recordAuditEvent({ action: "password_reset", actorUserId: userId, targetType: "user", targetId: userId, ipAddress, at: now });
  return { ok: true };
}
