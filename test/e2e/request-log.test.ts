// The request log of a running server: invitation tokens must not appear under any spelling of the path.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOwnServer, type OwnServer } from "./own-server";

let server: OwnServer;
beforeAll(async () => {
  server = await startOwnServer({ env: { WEERBAAR_QUIET: "0" } });
});
afterAll(async () => {
  await server?.stop();
});

describe("request log", () => {
  it("writes no token, whatever spelling of the path it came in", async () => {
    const token = "Zq8_aaaaBBBBccccDDDDeeeeFFFFggggHHHHiiiiJJJ";
    const paths = [`/invitations/${token}`, `/INVITATIONS/${token}`, `/%69nvitations/${token}`, `//invitations/${token}`, `/nope/${token}`, `/${token}`];
    for (const path of paths) await (await fetch(`${server.baseUrl}${path}`)).text();
    // The log line is written when the response finishes; give the last one a moment.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const log = server.output();
    expect(log).toContain("/invitations/[token]");
    expect(log).not.toContain(token.slice(0, 16));
  });
});
