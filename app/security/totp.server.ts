// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP), written out rather than pulled in:
// it is thirty lines on node:crypto, and the tests check it against the RFC's own vectors.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const totpPeriodSeconds = 30;
export const totpDigits = 6;
/** Steps accepted either side of the server's clock: one (30 s) for a phone that runs a little off. */
export const totpDriftSteps = 1;

const base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32 without padding, as authenticator apps expect. */
export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let output = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      output += base32Alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) output += base32Alphabet[(value << (5 - bits)) & 31];
  return output;
}

/** Decodes base32 (case, spaces and padding ignored); null when a character is not base32. */
export function base32Decode(text: string): Buffer | null {
  const clean = text.replace(/[\s=-]/g, "").toUpperCase();
  let bits = 0;
  let value = 0;
  const output: number[] = [];
  for (const char of clean) {
    const index = base32Alphabet.indexOf(char);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      output.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(output);
}

export type TotpAlgorithm = "sha1" | "sha256" | "sha512";

/** The HOTP value (RFC 4226) for one counter, as a zero-padded string of `digits` digits. */
export function hotp({
  key,
  counter,
  digits = totpDigits,
  algorithm = "sha1",
}: {
  key: Uint8Array;
  counter: number;
  digits?: number;
  algorithm?: TotpAlgorithm;
}): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, key).update(message).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(binary).padStart(digits, "0");
}

/** The 30-second step a moment falls in (RFC 6238's T). */
export function totpStep(at: Date | number): number {
  const ms = typeof at === "number" ? at : at.getTime();
  return Math.floor(ms / 1000 / totpPeriodSeconds);
}

/** The code an authenticator app shows at `at`. */
export function totpCode({ key, at, digits, algorithm }: { key: Uint8Array; at: Date | number; digits?: number; algorithm?: TotpAlgorithm }): string {
  return hotp({ key, counter: totpStep(at), digits, algorithm });
}

/**
 * Checks a six-digit code against the steps around `now`, newest first, skipping every step at or before
 * `lastStep` so a code that was accepted once is never accepted again. Returns the matching step or null.
 */
export function matchTotp({ key, code, now, lastStep }: { key: Uint8Array; code: string; now: Date; lastStep: number | null }): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const current = totpStep(now);
  let match: number | null = null;
  for (let step = current + totpDriftSteps; step >= current - totpDriftSteps; step--) {
    if (lastStep !== null && step <= lastStep) continue;
    // Compare every candidate in constant time and do not stop early: timing says nothing about which matched.
    const expected = Buffer.from(hotp({ key, counter: step }));
    if (timingSafeEqual(expected, Buffer.from(code)) && match === null) match = step;
  }
  return match;
}

/** A new secret of 160 bits (RFC 4226's recommended length), base32 encoded. */
export function createTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function otpauthUri({ secret, accountName, issuer = "Weerbaar" }: { secret: string; accountName: string; issuer?: string }): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(accountName)}`;
  const params = new URLSearchParams({ secret, issuer, algorithm: "SHA1", digits: String(totpDigits), period: String(totpPeriodSeconds) });
  return `otpauth://totp/${label}?${params.toString()}`;
}

/** The secret in groups of four, easier to type into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}
