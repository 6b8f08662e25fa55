// What the autosave endpoint answers, as one contract: the endpoint builds every reply as an AutosaveReply
// and the question page reads replies only through parseAutosaveReply, so the two cannot drift apart.
// Read by hand on purpose: zod (even zod/mini) would add about 17 kB of gzip'd script to the question
// page, more than the page's own code.
import type { AnswerValue } from "../../questionnaire/answers";

export type AutosaveReply =
  | { status: "saved"; revision: number; savedAt: string; byName: string | null }
  | { status: "conflict"; theirs: { value: AnswerValue | null; note: string; revision: number; updatedByName: string | null; updatedAt: string } }
  | { status: "signed_out" }
  | { status: "error"; code: string };

/** The endpoint's JSON response: a reply of the contract, with its HTTP status. */
export function autosaveResponse({ reply, status = 200 }: { reply: AutosaveReply; status?: number }): Response {
  return Response.json(reply, { status });
}

const unknownError: AutosaveReply = { status: "error", code: "unknown" };

function recordOf(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : null;
}

function nullableString(value: unknown): value is string | null {
  return value === null || typeof value === "string";
}

function answerValueOf(value: unknown): AnswerValue | null | undefined {
  if (value === null) return null;
  const fields = recordOf(value);
  if (fields?.kind === "option" && typeof fields.optionId === "string") return { kind: "option", optionId: fields.optionId };
  if (fields?.kind === "not_applicable" || fields?.kind === "dont_know") return { kind: fields.kind };
  return undefined;
}

/** Reads a reply; anything that is not one (an HTML error page, a proxy's answer) is an unknown error. */
export function parseAutosaveReply({ payload }: { payload: unknown }): AutosaveReply {
  const reply = recordOf(payload);
  switch (reply?.status) {
    case "saved": {
      const { revision, savedAt, byName } = reply;
      return typeof revision === "number" && typeof savedAt === "string" && nullableString(byName)
        ? { status: "saved", revision, savedAt, byName }
        : unknownError;
    }
    case "conflict": {
      const theirs = recordOf(reply.theirs);
      const value = answerValueOf(theirs?.value);
      if (!theirs || value === undefined) return unknownError;
      const { note, revision, updatedByName, updatedAt } = theirs;
      if (typeof note !== "string" || typeof revision !== "number" || !nullableString(updatedByName) || typeof updatedAt !== "string") return unknownError;
      return { status: "conflict", theirs: { value, note, revision, updatedByName, updatedAt } };
    }
    case "signed_out":
      return { status: "signed_out" };
    case "error":
      return typeof reply.code === "string" ? { status: "error", code: reply.code } : unknownError;
    default:
      return unknownError;
  }
}
