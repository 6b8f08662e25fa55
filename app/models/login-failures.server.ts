import { and, count, eq, gt, lt, min } from "drizzle-orm";
import { loginFailures } from "../../db/schema";
import { getDb } from "../db.server";

export const lockoutWindowMs = 15 * 60 * 1000;
export const maxFailuresPerAccount = 5;
export const maxFailuresPerAddress = 30;

export type SignInGate = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Refuses further attempts once an account has 5 failures, or an address 30, within 15 minutes.
 * Counts live in SQLite, so a restart does not reset them.
 */
export function checkSignInAllowed({ email, ipAddress, now = new Date() }: { email: string; ipAddress: string; now?: Date }): SignInGate {
  const since = new Date(now.getTime() - lockoutWindowMs);
  const db = getDb();
  const account = db
    .select({ n: count(), first: min(loginFailures.at) })
    .from(loginFailures)
    .where(and(eq(loginFailures.email, email), gt(loginFailures.at, since)))
    .get();
  const address = db
    .select({ n: count(), first: min(loginFailures.at) })
    .from(loginFailures)
    .where(and(eq(loginFailures.ipAddress, ipAddress), gt(loginFailures.at, since)))
    .get();
  const blockedUntil = [
    account && account.n >= maxFailuresPerAccount ? oldestInWindow(email, "email", since, maxFailuresPerAccount) : null,
    address && address.n >= maxFailuresPerAddress ? oldestInWindow(ipAddress, "ip", since, maxFailuresPerAddress) : null,
  ].filter((value): value is number => value !== null);
  if (blockedUntil.length === 0) return { allowed: true };
  const until = Math.max(...blockedUntil);
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
}

// The lock lifts when enough failures have aged out of the window that fewer than the limit remain.
function oldestInWindow(key: string, kind: "email" | "ip", since: Date, limit: number): number {
  const column = kind === "email" ? loginFailures.email : loginFailures.ipAddress;
  const rows = getDb()
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(column, key), gt(loginFailures.at, since)))
    .orderBy(loginFailures.at)
    .all();
  const releasing = rows[rows.length - limit];
  return (releasing?.at.getTime() ?? since.getTime()) + lockoutWindowMs;
}

export type AttemptReservation = { allowed: true; attemptId: number } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts and reserves in one immediate transaction: the attempt is written as a failure before the
 * secret is checked, so parallel requests each see the reservations of those before them and at most the
 * limit ever reaches the (slow, asynchronous) check. A right answer takes its reservation back with
 * releaseAttempt. Counting first and recording after the check let 40 parallel guesses all be checked.
 */
export function reserveAttempt({ email, ipAddress, now = new Date() }: { email: string; ipAddress: string; now?: Date }): AttemptReservation {
  return getDb().transaction(
    (tx) => {
      const gate = checkSignInAllowed({ email, ipAddress, now });
      if (!gate.allowed) return gate;
      const row = tx.insert(loginFailures).values({ email, ipAddress, at: now }).returning({ id: loginFailures.id }).get();
      return { allowed: true as const, attemptId: row.id };
    },
    { behavior: "immediate" },
  );
}

/** A reserved attempt that turned out right is no failure: it no longer counts for account or address. */
export function releaseAttempt({ attemptId }: { attemptId: number }): void {
  getDb().delete(loginFailures).where(eq(loginFailures.id, attemptId)).run();
}

/** Drops failures older than a day, which no window looks at any more, to keep the table small. */
export function pruneSignInFailures({ now = new Date() }: { now?: Date } = {}): void {
  getDb()
    .delete(loginFailures)
    .where(lt(loginFailures.at, new Date(now.getTime() - 24 * 60 * 60 * 1000)))
    .run();
}

/** After a successful sign-in the account's own count starts again; the address count does not. */
export function clearAccountFailures({ email }: { email: string }): void {
  getDb().delete(loginFailures).where(eq(loginFailures.email, email)).run();
}

export type AttemptResult = { status: "ok" } | { status: "invalid" } | { status: "locked"; retryAfterSeconds: number };

/**
 * Runs one check of something secret the user typed (a code, their current password) under the sign-in
 * lock-out rules: refused while the account or address is locked, and a wrong answer counts as a failure.
 */
export async function guardedAttempt({
  email,
  ipAddress,
  now = new Date(),
  check,
}: {
  email: string;
  ipAddress: string;
  now?: Date;
  check: () => boolean | Promise<boolean>;
}): Promise<AttemptResult> {
  const gate = reserveAttempt({ email, ipAddress, now });
  if (!gate.allowed) return { status: "locked", retryAfterSeconds: gate.retryAfterSeconds };
  if (await check()) {
    releaseAttempt({ attemptId: gate.attemptId });
    return { status: "ok" };
  }
  pruneSignInFailures({ now });
  return { status: "invalid" };
}
