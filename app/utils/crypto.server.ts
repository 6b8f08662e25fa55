import { createHash, randomBytes } from "node:crypto";

/** A random URL-safe token with 256 bits of entropy. */
export function createToken(): string {
  return randomBytes(32).toString("base64url");
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function createId(): string {
  return randomBytes(12).toString("base64url");
}
