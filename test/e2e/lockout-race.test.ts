// The lock-out against a running server: 40 simultaneous wrong passwords, as an attacker would send
// them. How many passwords were actually checked is read from the audit log (one sign_in_failed per
// check that ran); nothing about it is exposed by the server itself.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOwnServer, type OwnServer } from "./own-server";

let server: OwnServer;

beforeAll(async () => {
  server = await startOwnServer();
});
afterAll(async () => {
  await server?.stop();
});

function countAudit(action: string): number {
  const db = new Database(server.databasePath, { readonly: true, fileMustExist: true });
  try {
    const row: unknown = db.prepare("select count(*) as n from audit_events where action = ?").get(action);
    return row && typeof row === "object" && "n" in row && typeof row.n === "number" ? row.n : -1;
  } finally {
    db.close();
  }
}

function postLogin(email: string, password: string) {
  return fetch(`${server.baseUrl}/login`, {
    method: "POST",
    headers: { Origin: server.baseUrl },
    body: new URLSearchParams({ email, password }),
    redirect: "manual",
  });
}

describe("lock-out under 40 parallel requests", () => {
  it("checks at most 5 passwords for one account", async () => {
    const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => postLogin("it-lead@demo.test", `wrong password ${i}`)));
    const checked = countAudit("sign_in_failed");
    console.log(`lock-out: ${checked} of 40 parallel wrong passwords for one account were checked`);
    expect(checked).toBeLessThanOrEqual(5);
    expect(responses.filter((response) => response.status === 429).length).toBe(40 - checked);
    // The header the action sets reaches the response (it was lost for routes without headers()).
    for (const response of responses.filter((r) => r.status === 429)) expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("checks at most 30 passwords from one address across accounts", async () => {
    const before = countAudit("sign_in_failed");
    await Promise.all(Array.from({ length: 40 }, (_, i) => postLogin(`spray${i}@example.test`, "wrong password!")));
    const checked = countAudit("sign_in_failed") - before;
    console.log(`lock-out: ${checked} of 40 parallel wrong passwords from one address were checked`);
    // The five of the first test count for this address too.
    expect(checked + before).toBeLessThanOrEqual(30);
  });
});
