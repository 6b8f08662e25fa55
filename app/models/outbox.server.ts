import { and, count, desc, eq, gt, inArray, isNotNull, max, min, sql } from "drizzle-orm";
import { outbox } from "../../db/schema";
import type { Db } from "../../db/client";
import { getDb } from "../db.server";
import { openSecret, sealSecret } from "../security/secret-box.server";
import { mailContentSchema, type MailContent } from "../mail/messages";
import { createId } from "../utils/crypto.server";

/** The database or a transaction: mail is written with the change that causes it. */
export type MailWriter = Pick<Db, "insert" | "update">;

/** After this many failed attempts a message is given up and shown to the operator as failed. */
export const maxDeliveryAttempts = 12;
/** How long a claim holds; longer than any SMTP exchange may take (the transport's time-outs are shorter). */
export const claimLeaseMs = 5 * 60 * 1000;
const firstRetryMs = 30 * 1000;
const longestRetryMs = 6 * 60 * 60 * 1000;

let enqueuedListener: (() => void) | null = null;

/** The worker asks to hear of new mail, so it goes out at once rather than at the next poll. */
export function onMailEnqueued(listener: (() => void) | null): void {
  enqueuedListener = listener;
}

/**
 * Puts one message in the outbox, inside the caller's transaction when `db` is one: the mail exists
 * exactly when the change that causes it was committed. The content is sealed, because it may hold a link
 * with a token that only the recipient should have.
 */
export function enqueueMail({
  db = getDb(),
  kind,
  recipient,
  content,
  subjectRef = null,
  now = new Date(),
}: {
  db?: MailWriter;
  kind: string;
  recipient: string;
  content: MailContent;
  subjectRef?: string | null;
  now?: Date;
}): { id: string } {
  const id = createId();
  const sealedMessage = sealSecret({ plaintext: JSON.stringify(content), context: `outbox:${id}` });
  db.insert(outbox).values({ id, kind, recipient, subjectRef, sealedMessage, status: "pending", nextAttemptAt: now, createdAt: now }).run();
  // After the caller's synchronous transaction has committed (or rolled back: then the worker finds nothing).
  if (enqueuedListener) setImmediate(enqueuedListener);
  return { id };
}

/** Stops mail that has not gone out yet about something withdrawn (a revoked invitation). */
export function cancelUnsentMail({ db = getDb(), subjectRef }: { db?: MailWriter; subjectRef: string }): void {
  db.update(outbox)
    .set({ status: "failed", sealedMessage: null, lastError: "cancelled: withdrawn before delivery" })
    .where(and(eq(outbox.subjectRef, subjectRef), inArray(outbox.status, ["pending", "sending"])))
    .run();
}

/**
 * At start-up, mail waiting for a retry is tried at once: a restart is often what follows fixing the
 * mail server's settings, and the operator should not wait out a back-off of hours.
 */
export function makeWaitingMailDue({ now = new Date() }: { now?: Date } = {}): number {
  return getDb()
    .update(outbox)
    .set({ nextAttemptAt: now })
    .where(and(eq(outbox.status, "pending"), gt(outbox.nextAttemptAt, now)))
    .run().changes;
}

export type ClaimedMail = { id: string; kind: string; recipient: string; attempts: number; content: MailContent | null };

/**
 * Claims the next due message in one UPDATE, so two workers (or a worker restarted after a crash) never
 * hold the same row at once. A row still "sending" after its lease belonged to a process that died
 * mid-delivery: it is due again (at-least-once; see docs/decisions/019-mail.md).
 */
export function claimNextMail({ now = new Date() }: { now?: Date } = {}): ClaimedMail | null {
  const at = now.getTime();
  const row = getDb()
    .update(outbox)
    .set({ status: "sending", claimedUntil: new Date(at + claimLeaseMs), attempts: sql`${outbox.attempts} + 1` })
    .where(
      eq(
        outbox.id,
        sql`(select ${outbox.id} from ${outbox} where (${outbox.status} = 'pending' and ${outbox.nextAttemptAt} <= ${at}) or (${outbox.status} = 'sending' and ${outbox.claimedUntil} <= ${at}) order by ${outbox.nextAttemptAt} limit 1)`,
      ),
    )
    .returning({ id: outbox.id, kind: outbox.kind, recipient: outbox.recipient, attempts: outbox.attempts, sealedMessage: outbox.sealedMessage })
    .get();
  if (!row) return null;
  const opened = row.sealedMessage ? openSecret({ sealed: row.sealedMessage, context: `outbox:${row.id}` }) : null;
  return { id: row.id, kind: row.kind, recipient: row.recipient, attempts: row.attempts, content: opened ? parseContent(opened) : null };
}

function parseContent(json: string): MailContent | null {
  const parsed = mailContentSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

/** The mail server took the message: its content is dropped, only the fact that it was sent stays. */
export function markMailSent({ id, now = new Date() }: { id: string; now?: Date }): void {
  getDb()
    .update(outbox)
    .set({ status: "sent", sentAt: now, sealedMessage: null, claimedUntil: null, lastError: null })
    .where(and(eq(outbox.id, id), eq(outbox.status, "sending")))
    .run();
}

/** Backs off 30 s, 1 min, 2 min … up to 6 hours; after the last attempt the message is given up. */
export function retryDelayMs({ attempts }: { attempts: number }): number {
  return Math.min(longestRetryMs, firstRetryMs * 2 ** Math.max(0, attempts - 1));
}

/** A failed attempt: due again after the back-off, or failed for good after the last attempt. */
export function markMailFailed({ id, attempts, error, now = new Date() }: { id: string; attempts: number; error: string; now?: Date }): void {
  const givenUp = attempts >= maxDeliveryAttempts;
  getDb()
    .update(outbox)
    .set({
      status: givenUp ? "failed" : "pending",
      claimedUntil: null,
      lastError: error.slice(0, 300),
      nextAttemptAt: new Date(now.getTime() + retryDelayMs({ attempts })),
      ...(givenUp ? { sealedMessage: null } : {}),
    })
    .where(and(eq(outbox.id, id), eq(outbox.status, "sending")))
    .run();
}

export type OutboxHealth = {
  waiting: number;
  retrying: number;
  failed: number;
  oldestWaitingSince: Date | null;
  lastSentAt: Date | null;
  problems: Array<{ kind: string; status: string; attempts: number; createdAt: Date; nextAttemptAt: Date; lastError: string | null }>;
};

/** What the operator sees: counts and errors, never a message's content or recipient. */
export function getOutboxHealth(): OutboxHealth {
  const db = getDb();
  const byStatus = db
    .select({ status: outbox.status, n: count(), oldest: min(outbox.createdAt), lastSent: max(outbox.sentAt) })
    .from(outbox)
    .groupBy(outbox.status)
    .all();
  const retrying =
    db
      .select({ n: count() })
      .from(outbox)
      .where(and(inArray(outbox.status, ["pending", "sending"]), isNotNull(outbox.lastError)))
      .get()?.n ?? 0;
  const problems = db
    .select({
      kind: outbox.kind,
      status: outbox.status,
      attempts: outbox.attempts,
      createdAt: outbox.createdAt,
      nextAttemptAt: outbox.nextAttemptAt,
      lastError: outbox.lastError,
    })
    .from(outbox)
    .where(isNotNull(outbox.lastError))
    .orderBy(desc(outbox.createdAt))
    .limit(50)
    .all();
  const waitingRows = byStatus.filter((row) => row.status === "pending" || row.status === "sending");
  const oldest = waitingRows.map((row) => row.oldest).filter((date): date is Date => date !== null);
  return {
    waiting: waitingRows.reduce((sum, row) => sum + row.n, 0),
    retrying,
    failed: byStatus.find((row) => row.status === "failed")?.n ?? 0,
    oldestWaitingSince: oldest.length > 0 ? new Date(Math.min(...oldest.map((date) => date.getTime()))) : null,
    lastSentAt: byStatus.find((row) => row.status === "sent")?.lastSent ?? null,
    problems,
  };
}
