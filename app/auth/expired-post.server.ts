import { stashPendingSave } from "../models/pending-saves.server";
import { sha256 } from "../utils/crypto.server";
import { readSessionId } from "./session.server";

/**
 * A form posted after its session expired: if the (signed) cookie still names a session we issued, keep
 * the answer fields for two hours, tied to that user and page. Returns the token for the restore link.
 */
export async function stashExpiredPost({
  request,
  path,
  fields,
  now = new Date(),
}: {
  request: Request;
  path: string;
  fields: Record<string, string>;
  now?: Date;
}): Promise<string | null> {
  const id = await readSessionId(request);
  if (!id) return null;
  return stashPendingSave({ sessionIdHash: sha256(id), path, fields, now });
}
