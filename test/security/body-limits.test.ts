// Bodies are limited while they stream (a chunked body has no Content-Length to check first), and a
// form that is too large says so instead of quietly saving nothing.
import { describe, expect, it } from "vitest";
import { createUserSession } from "../../app/auth/session.server";
import { startAssessment } from "../../app/models/assessments.server";
import { action as domainAction } from "../../app/routes/assessments.$id.domains.$domain/route";
import { readBodyText, readForm } from "../../app/utils/http.server";
import { cookieFrom, makeOrganisation, makeUser } from "../helpers/factory";

/** A body of n chunks of chunkBytes each that counts how many chunks were pulled. */
function chunkedRequest({ chunks, chunkBytes, headers = {} }: { chunks: number; chunkBytes: number; headers?: Record<string, string> }) {
  const pulled = { count: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count >= chunks) return controller.close();
      pulled.count++;
      controller.enqueue(new TextEncoder().encode("a".repeat(chunkBytes)));
    },
  });
  const request = new Request("http://localhost/x", {
    method: "POST",
    body,
    duplex: "half",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
  });
  return { request, pulled };
}

describe("readBodyText", () => {
  it("stops pulling a chunked body once it passes the limit", async () => {
    const { request, pulled } = chunkedRequest({ chunks: 10_000, chunkBytes: 64 * 1024 });
    expect(await readBodyText(request, 256 * 1024)).toBeNull();
    // 256 KB is passed after 5 chunks of 64 KB; a stream may pull one ahead.
    expect(pulled.count).toBeLessThanOrEqual(6);
  });

  it("reads a body within the limit, and refuses a declared length over it unread", async () => {
    expect(await readBodyText(chunkedRequest({ chunks: 2, chunkBytes: 10 }).request, 100)).toBe("a".repeat(20));
    const declared = chunkedRequest({ chunks: 1, chunkBytes: 10, headers: { "Content-Length": "999999" } });
    expect(await readBodyText(declared.request, 100)).toBeNull();
    // A stream pulls its first chunk when it is made; nothing after that was read.
    expect(declared.pulled.count).toBeLessThanOrEqual(1);
  });

  it("gives readForm null for a chunked form over its limit", async () => {
    expect(await readForm(chunkedRequest({ chunks: 100, chunkBytes: 1024 }).request, 4096)).toBeNull();
  });
});

describe("a domain page posted too large", () => {
  it("answers 413 and says nothing was saved", async () => {
    const org = makeOrganisation();
    const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
    const started = startAssessment({
      actor: { userId: lead.id, organisationId: org.id, role: "it_lead", ipAddress: "::1" },
      electionType: "gemeenteraad",
      electionDate: "2030-03-20",
      carryOver: false,
    });
    if (!started.ok) throw new Error(started.error);
    const cookie = cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId: lead.id, ipAddress: "::1" }));
    const { request } = chunkedRequest({ chunks: 20, chunkBytes: 64 * 1024, headers: { Cookie: cookie } });
    const result = await domainAction({ request, params: { id: started.id, domain: "accounts" }, context: {} });
    expect(result).toMatchObject({ init: { status: 413 }, data: { error: "too_large" } });
  });
});
