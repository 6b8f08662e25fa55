import { createHash } from "node:crypto";

/** JSON with object keys sorted, so the hash depends on content, not on key order in the source. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner && typeof inner === "object" && !Array.isArray(inner)) {
      return Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return inner;
  });
}

/** SHA-256 of the canonical JSON of a questionnaire definition. */
export function contentHash(definition: unknown): string {
  return createHash("sha256").update(canonicalJson(definition)).digest("hex");
}
