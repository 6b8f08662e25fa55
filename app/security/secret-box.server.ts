// Encryption at rest: AES-256-GCM with keys derived by HKDF from ENCRYPTION_KEY, or SESSION_SECRET when that
// is not set. A copy of the database alone does not reveal what is sealed. Each use has its own purpose label
// in the derivation, so the key that seals small secrets (TOTP, mail, flashes) is not the key that seals the
// ministry's contributions: a value sealed for one purpose never opens as the other.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getConfig } from "../utils/config.server";

const version = "v1";
/** The HKDF "info" per purpose; changing one makes everything sealed for that purpose unreadable. */
const purposes = { secrets: "weerbaar secret box v1", contributions: "weerbaar contributions v1" } as const;
export type SecretBoxPurpose = keyof typeof purposes;
const keys = new Map<string, Buffer>();

function keyFrom(material: string, purpose: SecretBoxPurpose): Buffer {
  const cacheKey = `${purpose}\u0000${material}`;
  let key = keys.get(cacheKey);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", material, "weerbaar", purposes[purpose], 32));
    keys.set(cacheKey, key);
  }
  return key;
}

function configuredKey(purpose: SecretBoxPurpose = "secrets"): Buffer {
  const config = getConfig();
  return keyFrom(config.encryptionKey ?? config.sessionSecret, purpose);
}

const ivLength = 12;
const tagLength = 16;

/** AES-256-GCM with `context` as associated data and a fixed 16-byte tag; both box formats below use it. */
function encrypt({ plaintext, context, key }: { plaintext: Uint8Array; context: string; key: Buffer }) {
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: tagLength });
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, ciphertext, tag: cipher.getAuthTag() };
}

/** The plaintext, or null when the box was tampered with, belongs to another context or another key. */
function decrypt({ iv, ciphertext, tag, context, key }: { iv: Buffer; ciphertext: Buffer; tag: Buffer; context: string; key: Buffer }): Buffer | null {
  try {
    // A fixed tag length: otherwise a truncated tag would be accepted and forgery gets easier.
    const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: tagLength });
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    return null;
  }
}

/**
 * Encrypts `plaintext`; `context` (e.g. the user id) is bound to the result as associated data, so a value
 * copied to another row does not decrypt. Output: `v1.<iv>.<ciphertext>.<tag>`, base64url.
 */
export function sealSecret({ plaintext, context, key = configuredKey() }: { plaintext: string; context: string; key?: Buffer }): string {
  const { iv, ciphertext, tag } = encrypt({ plaintext: Buffer.from(plaintext, "utf8"), context, key });
  return [version, iv.toString("base64url"), ciphertext.toString("base64url"), tag.toString("base64url")].join(".");
}

/** Decrypts a sealed value; null when it was tampered with, belongs to another context or another key. */
export function openSecret({ sealed, context, key = configuredKey() }: { sealed: string; context: string; key?: Buffer }): string | null {
  const [prefix, iv, ciphertext, tag] = sealed.split(".");
  if (prefix !== version || !iv || ciphertext === undefined || !tag) return null;
  const plaintext = decrypt({
    iv: Buffer.from(iv, "base64url"),
    ciphertext: Buffer.from(ciphertext, "base64url"),
    tag: Buffer.from(tag, "base64url"),
    context,
    key,
  });
  return plaintext ? plaintext.toString("utf8") : null;
}

// Binary boxes: 1 version byte, 12 bytes IV, the ciphertext (as long as the plaintext), 16 bytes tag. For
// values stored as BLOB, where base64 would only make every row a third larger.
const bytesVersion = 1;

/** Like sealSecret, for bytes: the box is exactly 29 bytes longer than `plaintext`, whatever it holds. */
export function sealBytes({ plaintext, context, key }: { plaintext: Uint8Array; context: string; key: Buffer }): Buffer {
  const { iv, ciphertext, tag } = encrypt({ plaintext, context, key });
  return Buffer.concat([Buffer.from([bytesVersion]), iv, ciphertext, tag]);
}

/** Opens a box made by sealBytes; null when it was tampered with, belongs to another context or another key. */
export function openBytes({ sealed, context, key }: { sealed: Uint8Array; context: string; key: Buffer }): Buffer | null {
  if (sealed.length < 1 + ivLength + tagLength || sealed[0] !== bytesVersion) return null;
  const box = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  return decrypt({
    iv: box.subarray(1, 1 + ivLength),
    ciphertext: box.subarray(1 + ivLength, box.length - tagLength),
    tag: box.subarray(box.length - tagLength),
    context,
    key,
  });
}

/** The configured key for one purpose (ENCRYPTION_KEY, or SESSION_SECRET when that is not set). */
export function configuredSecretBoxKey({ purpose }: { purpose: SecretBoxPurpose }): Buffer {
  return configuredKey(purpose);
}

/** The key for explicit key material; for tests and the demo seed, which run before or beside the config. */
export function secretBoxKey(material: string, purpose: SecretBoxPurpose = "secrets"): Buffer {
  return keyFrom(material, purpose);
}
