// Two-step sign-in: the TOTP secret (encrypted), the last accepted step, recovery codes, and the
// organisation-wide requirement. The only code that reads or writes those columns.
import { randomBytes } from "node:crypto";
import { and, count, eq, isNull, lt, or, sql } from "drizzle-orm";
import { memberships, organisations, recoveryCodes, users } from "../../db/schema";
import { getDb, preparedQuery } from "../db.server";
import { openSecret, sealSecret } from "../security/secret-box.server";
import { base32Decode, createTotpSecret, matchTotp } from "../security/totp.server";
import { sha256 } from "../utils/crypto.server";
import { recordAuditEvent } from "./audit.server";
import { destroyOtherSessions } from "./sessions.server";

export const recoveryCodeCount = 10;
const recoveryAlphabet = "abcdefghijklmnopqrstuvwxyz234567";

export type TwoStepState = {
  enabled: boolean;
  /** A platform admin or analyst: two-step sign-in is not optional. */
  requiredByRole: boolean;
  /** One of the user's organisations requires it. */
  requiredByOrganisation: boolean;
};

/** Whether the user has two-step sign-in on, and whether they must. */
const twoStepOfUser = preparedQuery((db) =>
  db
    .select({ enabledAt: users.totpEnabledAt, platformRole: users.platformRole })
    .from(users)
    .where(eq(users.id, sql.placeholder("userId")))
    .prepare(),
);
const organisationsRequiringTwoStep = preparedQuery((db) =>
  db
    .select({ n: count() })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, sql.placeholder("userId")), eq(organisations.requireTwoStep, true), isNull(organisations.disabledAt)))
    .prepare(),
);

export function getTwoStepState({ userId }: { userId: string }): TwoStepState {
  const user = twoStepOfUser().get({ userId });
  const requiring = organisationsRequiringTwoStep().get({ userId });
  return { enabled: Boolean(user?.enabledAt), requiredByRole: Boolean(user?.platformRole), requiredByOrganisation: (requiring?.n ?? 0) > 0 };
}

export function mustUseTwoStep(state: TwoStepState): boolean {
  return state.requiredByRole || state.requiredByOrganisation;
}

function readSecret(userId: string): { secret: Buffer; enabled: boolean; lastStep: number | null } | null {
  const row = getDb()
    .select({ sealed: users.totpSecretEncrypted, enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!row?.sealed) return null;
  const text = openSecret({ sealed: row.sealed, context: userId });
  const secret = text ? base32Decode(text) : null;
  if (!secret || secret.length === 0) return null;
  return { secret, enabled: row.enabledAt !== null, lastStep: row.lastStep };
}

/**
 * The secret being set up (shown as QR code and text) for a user who has two-step sign-in off. It is kept,
 * encrypted, until confirmed, so reloading the page or switching language shows the same code.
 * Returns null when two-step sign-in is already on.
 */
export function getOrCreateSetUpSecret({ userId }: { userId: string }): string | null {
  const row = getDb().select({ sealed: users.totpSecretEncrypted, enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, userId)).get();
  if (!row || row.enabledAt) return null;
  const existing = row.sealed ? openSecret({ sealed: row.sealed, context: userId }) : null;
  if (existing) return existing;
  const secret = createTotpSecret();
  getDb()
    .update(users)
    .set({ totpSecretEncrypted: sealSecret({ plaintext: secret, context: userId }), totpLastStep: null })
    .where(and(eq(users.id, userId), isNull(users.totpEnabledAt)))
    .run();
  return secret;
}

/** Records `step` as used, unless it (or a later one) already was: of two requests with one code, one wins. */
function claimStep(userId: string, step: number): boolean {
  const result = getDb()
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .run();
  return result.changes === 1;
}

function normaliseRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[^a-z0-9]/g, "");
}

function hashRecoveryCode(userId: string, code: string): string {
  return sha256(`weerbaar-recovery:${userId}:${normaliseRecoveryCode(code)}`);
}

function createRecoveryCode(): string {
  // 16 characters of 5 bits: 80 bits, too many to guess even from a stolen hash.
  const bytes = randomBytes(16);
  const chars = [...bytes].map((byte) => recoveryAlphabet[byte & 31]).join("");
  return chars.replace(/(.{4})(?=.)/g, "$1-");
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

function replaceRecoveryCodes(tx: Tx, userId: string, now: Date): string[] {
  const codes = Array.from({ length: recoveryCodeCount }, createRecoveryCode);
  tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  tx.insert(recoveryCodes)
    .values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(userId, code), createdAt: now })))
    .run();
  return codes;
}

export type CodeKind = "totp" | "recovery_code";

/** What the user typed: six digits from the app, or a recovery code (hyphens and spaces optional). */
export function classifyCode(input: string): { kind: CodeKind; value: string } | null {
  const compact = input.replace(/[\s-]/g, "");
  if (/^\d{6}$/.test(compact)) return { kind: "totp", value: compact };
  const recovery = normaliseRecoveryCode(input);
  if (recovery.length === 16 && [...recovery].every((char) => recoveryAlphabet.includes(char))) return { kind: "recovery_code", value: recovery };
  return null;
}

export type VerifyResult = { ok: true; method: CodeKind } | { ok: false };

/**
 * Checks a code from the app (each 30-second code once only) or an unused recovery code (then used up),
 * for a user with two-step sign-in on.
 */
export function verifySecondFactor({ userId, input, now = new Date() }: { userId: string; input: string; now?: Date }): VerifyResult {
  const code = classifyCode(input);
  if (!code) return { ok: false };
  if (code.kind === "recovery_code") {
    const result = getDb()
      .update(recoveryCodes)
      .set({ usedAt: now })
      .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashRecoveryCode(userId, code.value)), isNull(recoveryCodes.usedAt)))
      .run();
    return result.changes === 1 ? { ok: true, method: "recovery_code" } : { ok: false };
  }
  const stored = readSecret(userId);
  if (!stored?.enabled) return { ok: false };
  const step = matchTotp({ key: stored.secret, code: code.value, now, lastStep: stored.lastStep });
  if (step === null || !claimStep(userId, step)) return { ok: false };
  return { ok: true, method: "totp" };
}

export type EnableResult = { ok: true; recoveryCodes: string[] } | { ok: false; error: "wrong_code" | "already_on" };

/** Turns two-step sign-in on once the first code from the app matches the set-up secret. */
export function enableTwoStep({ userId, code, now = new Date() }: { userId: string; code: string; now?: Date }): EnableResult {
  const stored = readSecret(userId);
  if (stored?.enabled) return { ok: false, error: "already_on" };
  const parsed = classifyCode(code);
  if (!stored || parsed?.kind !== "totp") return { ok: false, error: "wrong_code" };
  const step = matchTotp({ key: stored.secret, code: parsed.value, now, lastStep: null });
  if (step === null) return { ok: false, error: "wrong_code" };
  return getDb().transaction((tx) => {
    const result = tx
      .update(users)
      .set({ totpEnabledAt: now, totpLastStep: step })
      .where(and(eq(users.id, userId), isNull(users.totpEnabledAt)))
      .run();
    if (result.changes !== 1) return { ok: false, error: "already_on" } as const;
    return { ok: true, recoveryCodes: replaceRecoveryCodes(tx, userId, now) } as const;
  });
}

/** Turns two-step sign-in off: the secret and all recovery codes are deleted. The caller checked a code. */
export function disableTwoStep({ userId }: { userId: string }): void {
  getDb().transaction((tx) => {
    tx.update(users).set({ totpSecretEncrypted: null, totpEnabledAt: null, totpLastStep: null }).where(eq(users.id, userId)).run();
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  });
}

/** Set-up confirmed by the user with the first code from the app; other sessions end, as they began without it. Audit-logged. */
export function turnOnTwoStep({
  userId,
  code,
  keepSessionIdHash,
  ipAddress,
}: {
  userId: string;
  code: string;
  keepSessionIdHash: string;
  ipAddress: string;
}): EnableResult {
  const result = enableTwoStep({ userId, code });
  if (!result.ok) return result;
  destroyOtherSessions({ userId, keepIdHash: keepSessionIdHash });
  recordAuditEvent({ action: "two_step_enabled", actorUserId: userId, targetType: "user", targetId: userId, ipAddress });
  return result;
}

/**
 * Two-step sign-in off for a user: secret and recovery codes deleted, and every session ended except the
 * one kept (sessions that passed the second step must not outlive it). Audit-logged as the user's own
 * change (`by: "user"`, after they typed a code) or the operator's reset (`by: "operator"`, the CLI).
 */
export function removeTwoStep({
  userId,
  keepSessionIdHash,
  by,
  ipAddress,
}: {
  userId: string;
  keepSessionIdHash?: string;
  by: "user" | "operator";
  ipAddress: string;
}): void {
  disableTwoStep({ userId });
  destroyOtherSessions({ userId, keepIdHash: keepSessionIdHash });
  recordAuditEvent(
    by === "user"
      ? { action: "two_step_disabled", actorUserId: userId, targetType: "user", targetId: userId, ipAddress }
      : { action: "two_step_reset", actorUserId: null, targetType: "user", targetId: userId, ipAddress },
  );
}

/** Ten new recovery codes at the user's request (they typed a current code), audit-logged; the old ones stop working. */
export function issueRecoveryCodes({ userId, ipAddress }: { userId: string; ipAddress: string }): string[] {
  const codes = regenerateRecoveryCodes({ userId });
  recordAuditEvent({ action: "recovery_codes_regenerated", actorUserId: userId, targetType: "user", targetId: userId, ipAddress });
  return codes;
}

/** Ten new recovery codes; the old ones stop working. Returned once, stored only as hashes. */
export function regenerateRecoveryCodes({ userId, now = new Date() }: { userId: string; now?: Date }): string[] {
  return getDb().transaction((tx) => replaceRecoveryCodes(tx, userId, now));
}

export function countUnusedRecoveryCodes({ userId }: { userId: string }): number {
  return (
    getDb()
      .select({ n: count() })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
      .get()?.n ?? 0
  );
}

const twoStepRequirementOf = preparedQuery((db) =>
  db
    .select({ required: organisations.requireTwoStep })
    .from(organisations)
    .where(eq(organisations.id, sql.placeholder("organisationId")))
    .prepare(),
);

export function getOrganisationRequiresTwoStep({ organisationId }: { organisationId: string }): boolean {
  return twoStepRequirementOf().get({ organisationId })?.required ?? false;
}

/** The IT lead's switch: every member of the organisation must (or need no longer) use two-step sign-in. */
export function setOrganisationTwoStepRequirement({
  actor,
  required,
}: {
  actor: { userId: string; organisationId: string; ipAddress: string };
  required: boolean;
}): void {
  const changed = getDb().update(organisations).set({ requireTwoStep: required }).where(eq(organisations.id, actor.organisationId)).run().changes === 1;
  if (!changed) return;
  recordAuditEvent({
    action: "two_step_requirement_changed",
    actorUserId: actor.userId,
    organisationId: actor.organisationId,
    targetType: "organisation",
    targetId: actor.organisationId,
    ipAddress: actor.ipAddress,
    details: { required },
  });
}

const membersWithoutTwoStep = preparedQuery((db) =>
  db
    .select({ name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, sql.placeholder("organisationId")), isNull(users.totpEnabledAt), isNull(users.disabledAt)))
    .orderBy(users.name)
    .prepare(),
);

/** Members of the organisation who do not have two-step sign-in on yet (names only, for the IT lead). */
export function listMembersWithoutTwoStep({ organisationId }: { organisationId: string }): Array<{ name: string; email: string }> {
  return membersWithoutTwoStep().all({ organisationId });
}
