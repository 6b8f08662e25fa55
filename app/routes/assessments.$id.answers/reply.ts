// What the autosave endpoint answers, as one schema: the endpoint builds its replies with this type and the
// question page parses them with it, so the two cannot drift apart. zod/mini keeps the page's script small.
import * as z from "zod/mini";

const answerValueSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("option"), optionId: z.string() }),
  z.object({ kind: z.literal("not_applicable") }),
  z.object({ kind: z.literal("dont_know") }),
]);

export const autosaveReplySchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("saved"), revision: z.number(), savedAt: z.string(), byName: z.nullable(z.string()) }),
  z.object({
    status: z.literal("conflict"),
    theirs: z.object({ value: z.nullable(answerValueSchema), note: z.string(), revision: z.number(), updatedByName: z.nullable(z.string()), updatedAt: z.string() }),
  }),
  z.object({ status: z.literal("signed_out") }),
  z.object({ status: z.literal("error"), code: z.string() }),
]);

export type AutosaveReply = z.infer<typeof autosaveReplySchema>;

/** The endpoint's JSON response: a reply of the schema, with its HTTP status. */
export function autosaveResponse({ reply, status = 200 }: { reply: AutosaveReply; status?: number }): Response {
  return Response.json(reply, { status });
}

/** Reads a reply; anything else (an HTML error page, a proxy's answer) is an unknown error. */
export function parseAutosaveReply({ payload }: { payload: unknown }): AutosaveReply {
  const parsed = autosaveReplySchema.safeParse(payload);
  return parsed.success ? parsed.data : { status: "error", code: "unknown" };
}
