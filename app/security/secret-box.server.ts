// Encryption at rest for small secrets (the TOTP secret): AES-256-GCM with a key derived by HKDF from
// ENCRYPTION_KEY, or SESSION_SECRET when that is not set. A copy of the database alone does not reveal them.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getConfig } from "../utils/config.server";

const version = "v1";
const keys = new Map<string, Buffer>();

function keyFrom(material: string): Buffer {
  let key = keys.get(material);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", material, "weerbaar", "weerbaar secret box v1", 32));
    keys.set(material, key);
  }
  return key;
}

function configuredKey(): Buffer {
  const config = getConfig();
  return keyFrom(config.encryptionKey ?? config.sessionSecret);
}

/**
 * Encrypts `plaintext`; `context` (e.g. the user id) is bound to the result as associated data, so a value
 * copied to another row does not decrypt. Output: `v1.<iv>.<ciphertext>.<tag>`, base64url.
 */
export function sealSecret({ plaintext, context, key = configuredKey() }: { plaintext: string; context: string; key?: Buffer }): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: 16 });
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [version, iv.toString("base64url"), ciphertext.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

/** Decrypts a sealed value; null when it was tampered with, belongs to another context or another key. */
export function openSecret({ sealed, context, key = configuredKey() }: { sealed: string; context: string; key?: Buffer }): string | null {
  const [prefix, iv, ciphertext, tag] = sealed.split(".");
  if (prefix !== version || !iv || ciphertext === undefined || !tag) return null;
  try {
    // A fixed tag length: otherwise a truncated tag would be accepted and forgery gets easier.
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"), { authTagLength: 16 });
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** The key for explicit key material; for tests and the demo seed, which run before or beside the config. */
export function secretBoxKey(material: string): Buffer {
  return keyFrom(material);
}
