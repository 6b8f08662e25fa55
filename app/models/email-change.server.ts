// Changing one's e-mail address: the new address confirms with a link (24 hours, once, only its hash
// stored), the old address is told at once. The current password is asked first, under the lock-out rules.
import { and, eq, gt, isNull } from "drizzle-orm";
import { emailChanges, users } from "../../db/schema";
import { getDb } from "../db.server";
import { guardedAttempt } from "./login-failures.server";
import { renderMail } from "../mail/messages";
import { getConfig } from "../utils/config.server";
import { createToken, sha256 } from "../utils/crypto.server";
import { recordAuditEvent } from "./audit.server";
import { enqueueMail } from "./outbox.server";
import { getUserByEmail, normaliseEmail, verifyLogin } from "./users.server";

export const emailChangeLifetimeMs = 24 * 60 * 60 * 1000;

export type EmailChangeRequest = { status: "sent" } | { status: "same" } | { status: "invalid" } | { status: "locked"; retryAfterSeconds: number };

export async function requestEmailChange({
  actor,
  newEmail,
  password,
  now = new Date(),
}: {
  actor: { userId: string; email: string; ipAddress: string };
  newEmail: string;
  password: string;
  now?: Date;
}): Promise<EmailChangeRequest> {
  const target = normaliseEmail(newEmail);
  if (target === actor.email) return { status: "same" };
  const attempt = await guardedAttempt({
    email: actor.email,
    ipAddress: actor.ipAddress,
    now,
    check: async () => (await verifyLogin({ email: actor.email, password }))?.id === actor.userId,
  });
  if (attempt.status !== "ok") return attempt;
  const db = getDb();
  const user = db.select({ language: users.mailLanguage }).from(users).where(eq(users.id, actor.userId)).get();
  const language = user?.language ?? "nl";
  const token = createToken();
  const baseUrl = getConfig().baseUrl;
  // An address that already has an account gets no link; the page says the same either way.
  const taken = Boolean(getUserByEmail({ email: target }));
  db.transaction((tx) => {
    tx.update(emailChanges)
      .set({ usedAt: now })
      .where(and(eq(emailChanges.userId, actor.userId), isNull(emailChanges.usedAt)))
      .run();
    if (!taken) {
      tx.insert(emailChanges)
        .values({
          tokenHash: sha256(token),
          userId: actor.userId,
          newEmail: target,
          createdAt: now,
          expiresAt: new Date(now.getTime() + emailChangeLifetimeMs),
        })
        .run();
      enqueueMail({
        db: tx,
        kind: "email_change_confirm",
        recipient: target,
        content: renderMail({ message: { kind: "email_change_confirm", newEmail: target, link: `${baseUrl}/account/email/${token}` }, language }),
        now,
      });
    }
    enqueueMail({
      db: tx,
      kind: "email_change_notice",
      recipient: actor.email,
      content: renderMail({ message: { kind: "email_change_notice", newEmail: target, link: `${baseUrl}/account/security` }, language }),
      now,
    });
  });
  return { status: "sent" };
}

export type EmailChangeResult = { ok: true; email: string } | { ok: false; error: "invalid" | "taken" };

/** Applies a confirmed change, if the link is valid and the address is still free. */
export function confirmEmailChange({ token, ipAddress, now = new Date() }: { token: string; ipAddress: string; now?: Date }): EmailChangeResult {
  const result = getDb().transaction((tx): EmailChangeResult & { userId?: string } => {
    const row = tx
      .update(emailChanges)
      .set({ usedAt: now })
      .where(and(eq(emailChanges.tokenHash, sha256(token)), isNull(emailChanges.usedAt), gt(emailChanges.expiresAt, now)))
      .returning({ userId: emailChanges.userId, newEmail: emailChanges.newEmail })
      .get();
    if (!row) return { ok: false, error: "invalid" };
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, row.newEmail)).get()) return { ok: false, error: "taken" };
    tx.update(users).set({ email: row.newEmail }).where(eq(users.id, row.userId)).run();
    return { ok: true, email: row.newEmail, userId: row.userId };
  });
  if (result.ok && result.userId)
    recordAuditEvent({ action: "email_changed", actorUserId: result.userId, targetType: "user", targetId: result.userId, ipAddress, at: now });
  return result.ok ? { ok: true, email: result.email } : { ok: false, error: result.error };
}
