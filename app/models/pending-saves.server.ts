import { and, eq, lt } from "drizzle-orm";
import { pendingSaves } from "../../db/schema";
import { getDb } from "../db.server";
import { getSessionOwner } from "./sessions.server";
import { createToken, sha256 } from "../utils/crypto.server";

const keepMs = 2 * 60 * 60 * 1000;
const maxBytes = 512 * 1024;
const answerField = /^(answer|note|rev|confirm)-[a-z0-9-]{1,100}$/;

/**
 * Keeps the answer fields of a form whose session (given by its id hash) expired, for two hours, tied to
 * that session's user and page; null when we never issued that session. Returns the token for the restore link.
 */
export function stashPendingSave({
  sessionIdHash,
  path,
  fields,
  now = new Date(),
}: {
  sessionIdHash: string;
  path: string;
  fields: Record<string, string>;
  now?: Date;
}): string | null {
  const userId = getSessionOwner({ idHash: sessionIdHash });
  if (!userId) return null;
  const db = getDb();
  const kept = Object.fromEntries(Object.entries(fields).filter(([key]) => answerField.test(key)));
  if (JSON.stringify(kept).length > maxBytes || Object.keys(kept).length === 0) return null;
  db.delete(pendingSaves)
    .where(lt(pendingSaves.createdAt, new Date(now.getTime() - keepMs)))
    .run();
  const token = createToken();
  db.insert(pendingSaves)
    .values({ tokenHash: sha256(token), userId, path, fields: kept, createdAt: now })
    .run();
  return token;
}

/** Hands back (once) what was stashed for this user and page. */
export function takePendingSave({
  token,
  userId,
  path,
  now = new Date(),
}: {
  token: string;
  userId: string;
  path: string;
  now?: Date;
}): Record<string, string> | null {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const db = getDb();
  const where = and(eq(pendingSaves.tokenHash, sha256(token)), eq(pendingSaves.userId, userId), eq(pendingSaves.path, path));
  const row = db.select({ fields: pendingSaves.fields, createdAt: pendingSaves.createdAt }).from(pendingSaves).where(where).get();
  if (!row) return null;
  db.delete(pendingSaves).where(where).run();
  return row.createdAt.getTime() + keepMs > now.getTime() ? row.fields : null;
}
