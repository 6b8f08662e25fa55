// Two-step sign-in: the TOTP algorithm against RFC 6238's own test vectors, drift and reuse rules, recovery codes,
// and encryption of the secret at rest.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openSecret, sealSecret, secretBoxKey } from "../app/security/secret-box.server";
import { qrCodePath } from "../app/security/qr-code.server";
import { base32Decode, base32Encode, hotp, matchTotp, otpauthUri, totpCode, totpStep, type TotpAlgorithm } from "../app/security/totp.server";
import { getDb } from "../app/db.server";
import {
  classifyCode,
  countUnusedRecoveryCodes,
  disableTwoStep,
  enableTwoStep,
  getOrCreateSetUpSecret,
  regenerateRecoveryCodes,
  verifySecondFactor,
} from "../app/models/two-step.server";
import { parseConfig } from "../app/utils/config";
import { recoveryCodes, users } from "../db/schema";
import { makeUser } from "./helpers/factory";

describe("TOTP (RFC 6238 appendix B)", () => {
  // The RFC's seeds are ASCII digits of the hash's block length; its codes have 8 digits.
  const seeds: Record<TotpAlgorithm, Buffer> = {
    sha1: Buffer.from("12345678901234567890"),
    sha256: Buffer.from("12345678901234567890123456789012"),
    sha512: Buffer.from("1234567890123456789012345678901234567890123456789012345678901234"),
  };
  const vectors: Array<[number, string, string, string]> = [
    [59, "94287082", "46119246", "90693936"],
    [1111111109, "07081804", "68084774", "25091201"],
    [1111111111, "14050471", "67062674", "99943326"],
    [1234567890, "89005924", "91819424", "93441116"],
    [2000000000, "69279037", "90698825", "38618901"],
    [20000000000, "65353130", "77737706", "47863826"],
  ];
  it.each(vectors)("at %i s gives %s (SHA-1), %s (SHA-256), %s (SHA-512)", (seconds, sha1, sha256, sha512) => {
    const at = seconds * 1000;
    expect(totpCode({ key: seeds.sha1, at, digits: 8, algorithm: "sha1" })).toBe(sha1);
    expect(totpCode({ key: seeds.sha256, at, digits: 8, algorithm: "sha256" })).toBe(sha256);
    expect(totpCode({ key: seeds.sha512, at, digits: 8, algorithm: "sha512" })).toBe(sha512);
  });

  it("matches RFC 4226's HOTP values for six digits", () => {
    const expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
    expect(expected.map((_, counter) => hotp({ key: seeds.sha1, counter }))).toEqual(expected);
  });

  it("round-trips base32 and reads the demo secret", () => {
    const bytes = Buffer.from("12345678901234567890");
    expect(base32Encode(bytes)).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(base32Decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")?.equals(bytes)).toBe(true);
    expect(base32Decode("WEERBAARDEMOTOTP")?.length).toBe(10);
    expect(base32Decode("not base32!")).toBeNull();
  });

  it("accepts one step of clock drift either way and refuses two", () => {
    const key = Buffer.from("12345678901234567890");
    const now = new Date("2026-05-01T12:00:10Z");
    const at = (steps: number) => totpCode({ key, at: now.getTime() + steps * 30_000 });
    expect(matchTotp({ key, code: at(0), now, lastStep: null })).toBe(totpStep(now));
    expect(matchTotp({ key, code: at(-1), now, lastStep: null })).toBe(totpStep(now) - 1);
    expect(matchTotp({ key, code: at(1), now, lastStep: null })).toBe(totpStep(now) + 1);
    expect(matchTotp({ key, code: at(-2), now, lastStep: null })).toBeNull();
    expect(matchTotp({ key, code: at(2), now, lastStep: null })).toBeNull();
    expect(matchTotp({ key, code: "12345", now, lastStep: null })).toBeNull();
  });

  it("never matches a step at or before the last one used", () => {
    const key = Buffer.from("12345678901234567890");
    const now = new Date("2026-05-01T12:00:10Z");
    const code = totpCode({ key, at: now });
    expect(matchTotp({ key, code, now, lastStep: totpStep(now) })).toBeNull();
    expect(matchTotp({ key, code, now, lastStep: totpStep(now) - 1 })).toBe(totpStep(now));
  });

  it("builds an otpauth address and a QR code drawn as a path", () => {
    const uri = otpauthUri({ secret: "WEERBAARDEMOTOTP", accountName: "beheer@demo.test" });
    expect(uri).toBe("otpauth://totp/Weerbaar:beheer%40demo.test?secret=WEERBAARDEMOTOTP&issuer=Weerbaar&algorithm=SHA1&digits=6&period=30");
    const qr = qrCodePath(uri);
    // A version 1-40 code is 21 + 4n modules wide, plus a quiet zone of 4 on each side.
    expect((qr.size - 8 - 21) % 4).toBe(0);
    // The top-left finder pattern: a run of seven dark modules at the corner of the code.
    expect(qr.path.startsWith("M4 4h7v1h-7z")).toBe(true);
    expect(qr.path).toMatch(/^[Mhvz0-9 -]+$/);
  });
});

describe("secret encryption", () => {
  it("seals with AES-256-GCM bound to its context, and refuses tampering or another key", () => {
    const sealed = sealSecret({ plaintext: "WEERBAARDEMOTOTP", context: "user-1" });
    expect(sealed).not.toContain("WEERBAARDEMOTOTP");
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]{22}$/);
    expect(openSecret({ sealed, context: "user-1" })).toBe("WEERBAARDEMOTOTP");
    expect(openSecret({ sealed, context: "user-2" })).toBeNull();
    const parts = sealed.split(".");
    const flipped = [parts[0], parts[1], `${parts[2]?.startsWith("A") ? "B" : "A"}${parts[2]?.slice(1)}`, parts[3]].join(".");
    expect(openSecret({ sealed: flipped, context: "user-1" })).toBeNull();
    // A truncated authentication tag is not accepted either.
    expect(openSecret({ sealed: [parts[0], parts[1], parts[2], parts[3]?.slice(0, 6)].join("."), context: "user-1" })).toBeNull();
    expect(openSecret({ sealed, context: "user-1", key: secretBoxKey("x".repeat(40)) })).toBeNull();
    expect(sealSecret({ plaintext: "same", context: "c" })).not.toBe(sealSecret({ plaintext: "same", context: "c" }));
  });

  it("uses ENCRYPTION_KEY when set, and validates it without echoing it", () => {
    const ok = parseConfig({ ENCRYPTION_KEY: "k".repeat(32) });
    expect(ok).toMatchObject({ ok: true, config: { encryptionKey: "k".repeat(32) } });
    expect(parseConfig({})).toMatchObject({ ok: true, config: { encryptionKey: undefined } });
    const short = parseConfig({ ENCRYPTION_KEY: "short-secret-value" });
    expect(short.ok).toBe(false);
    if (!short.ok) {
      expect(short.error).toMatch(/^Configuration error: ENCRYPTION_KEY /);
      expect(short.error).not.toContain("short-secret-value");
    }
  });
});

async function enrolledUser() {
  const user = await makeUser();
  const secret = getOrCreateSetUpSecret({ userId: user.id });
  if (!secret) throw new Error("expected a set-up secret");
  const key = base32Decode(secret);
  if (!key) throw new Error("bad secret");
  const start = new Date("2026-05-01T12:00:10Z");
  const enabled = enableTwoStep({ userId: user.id, code: totpCode({ key, at: start }), now: start });
  if (!enabled.ok) throw new Error(`enable failed: ${enabled.error}`);
  return { user, key, start, recoveryCodes: enabled.recoveryCodes };
}

describe("two-step model", () => {
  it("keeps the set-up secret until confirmed, encrypted, and shows the same one on every visit", async () => {
    const user = await makeUser();
    const first = getOrCreateSetUpSecret({ userId: user.id });
    expect(first).toMatch(/^[A-Z2-7]{32}$/);
    expect(getOrCreateSetUpSecret({ userId: user.id })).toBe(first);
    const row = getDb().select().from(users).where(eq(users.id, user.id)).get();
    expect(row?.totpSecretEncrypted).toBeTruthy();
    expect(row?.totpSecretEncrypted).not.toContain(first ?? "-");
    expect(row?.totpEnabledAt).toBeNull();
  });

  it("turns on only with a right first code, and gives ten recovery codes stored as hashes", async () => {
    const user = await makeUser();
    const secret = getOrCreateSetUpSecret({ userId: user.id }) ?? "";
    const key = base32Decode(secret) ?? Buffer.alloc(0);
    const now = new Date("2026-05-01T12:00:10Z");
    const wrong = totpCode({ key, at: now }) === "000000" ? "111111" : "000000";
    expect(enableTwoStep({ userId: user.id, code: wrong, now })).toEqual({ ok: false, error: "wrong_code" });
    const result = enableTwoStep({ userId: user.id, code: totpCode({ key, at: now }), now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.recoveryCodes).toHaveLength(10);
    expect(new Set(result.recoveryCodes).size).toBe(10);
    for (const code of result.recoveryCodes) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    const stored = getDb().select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id)).all();
    expect(stored).toHaveLength(10);
    const dump = JSON.stringify(stored);
    for (const code of result.recoveryCodes) {
      expect(dump).not.toContain(code);
      expect(dump).not.toContain(code.replace(/-/g, ""));
    }
    expect(enableTwoStep({ userId: user.id, code: totpCode({ key, at: now.getTime() + 30_000 }), now })).toEqual({ ok: false, error: "already_on" });
  });

  it("refuses a code that was already used, including the set-up code", async () => {
    const { user, key, start } = await enrolledUser();
    // The code that confirmed set-up cannot sign in.
    expect(verifySecondFactor({ userId: user.id, input: totpCode({ key, at: start }), now: start })).toEqual({ ok: false });
    const later = new Date(start.getTime() + 30_000);
    const code = totpCode({ key, at: later });
    expect(verifySecondFactor({ userId: user.id, input: code, now: later })).toEqual({ ok: true, method: "totp" });
    expect(verifySecondFactor({ userId: user.id, input: code, now: later })).toEqual({ ok: false });
    // Nor can an older code that is still inside the drift window.
    expect(verifySecondFactor({ userId: user.id, input: totpCode({ key, at: start }), now: new Date(later.getTime() + 1000) })).toEqual({ ok: false });
    const next = new Date(later.getTime() + 30_000);
    expect(verifySecondFactor({ userId: user.id, input: totpCode({ key, at: next }).replace(/^(\d{3})/, "$1 "), now: next })).toEqual({
      ok: true,
      method: "totp",
    });
  });

  it("accepts a phone one step off in either direction, not two", async () => {
    const { user, key, start } = await enrolledUser();
    const now = new Date(start.getTime() + 10 * 60_000);
    expect(verifySecondFactor({ userId: user.id, input: totpCode({ key, at: now.getTime() - 60_000 }), now })).toEqual({ ok: false });
    expect(verifySecondFactor({ userId: user.id, input: totpCode({ key, at: now.getTime() - 30_000 }), now })).toEqual({ ok: true, method: "totp" });
    const later = new Date(now.getTime() + 5 * 60_000);
    expect(verifySecondFactor({ userId: user.id, input: totpCode({ key, at: later.getTime() + 60_000 }), now: later })).toEqual({ ok: false });
    expect(verifySecondFactor({ userId: user.id, input: totpCode({ key, at: later.getTime() + 30_000 }), now: later })).toEqual({ ok: true, method: "totp" });
  });

  it("lets each recovery code work once, with or without hyphens and capitals", async () => {
    const { user, recoveryCodes: codes } = await enrolledUser();
    const [first = "", second = ""] = codes;
    expect(countUnusedRecoveryCodes({ userId: user.id })).toBe(10);
    expect(verifySecondFactor({ userId: user.id, input: first })).toEqual({ ok: true, method: "recovery_code" });
    expect(verifySecondFactor({ userId: user.id, input: first })).toEqual({ ok: false });
    expect(verifySecondFactor({ userId: user.id, input: second.replace(/-/g, "").toUpperCase() })).toEqual({ ok: true, method: "recovery_code" });
    expect(countUnusedRecoveryCodes({ userId: user.id })).toBe(8);
    // Another user's code does not work here.
    const other = await enrolledUser();
    expect(verifySecondFactor({ userId: user.id, input: other.recoveryCodes[0] ?? "" })).toEqual({ ok: false });
  });

  it("replaces all recovery codes on request, and removes everything when turned off", async () => {
    const { user, recoveryCodes: old } = await enrolledUser();
    const fresh = regenerateRecoveryCodes({ userId: user.id });
    expect(fresh).toHaveLength(10);
    expect(verifySecondFactor({ userId: user.id, input: old[0] ?? "" })).toEqual({ ok: false });
    expect(verifySecondFactor({ userId: user.id, input: fresh[0] ?? "" })).toEqual({ ok: true, method: "recovery_code" });
    disableTwoStep({ userId: user.id });
    const row = getDb().select().from(users).where(eq(users.id, user.id)).get();
    expect([row?.totpSecretEncrypted, row?.totpEnabledAt, row?.totpLastStep]).toEqual([null, null, null]);
    expect(countUnusedRecoveryCodes({ userId: user.id })).toBe(0);
    expect(verifySecondFactor({ userId: user.id, input: fresh[1] ?? "" })).toEqual({ ok: false });
  });

  it("tells app codes from recovery codes and rejects anything else", () => {
    expect(classifyCode("123 456")).toEqual({ kind: "totp", value: "123456" });
    expect(classifyCode("abcd-efgh-ijkl-mnop")).toEqual({ kind: "recovery_code", value: "abcdefghijklmnop" });
    expect(classifyCode("12345")).toBeNull();
    expect(classifyCode("abcd-efgh-ijkl-mno1")).toBeNull();
    expect(classifyCode("' or 1=1 --")).toBeNull();
  });
});
