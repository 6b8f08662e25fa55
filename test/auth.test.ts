import { describe, expect, it } from "vitest";
import { action as loginAction } from "../app/routes/login";
import { action as logoutAction } from "../app/routes/logout";
import { getSessionUser, createUserSession, idleTimeoutMs } from "../app/auth/session.server";
import { signIn } from "../app/auth/sign-in.server";
import { checkSignInAllowed, lockoutWindowMs } from "../app/models/login-failures.server";
import { closeDb, getDb } from "../app/db.server";
import { auditEvents, sessions } from "../db/schema";
import { cookieFrom, formRequest, makeOrganisation, makeUser, statusOf, testPassword } from "./helpers/factory";

const context = { clientAddress: "198.51.100.7" };

async function postLogin(fields: Record<string, string>, headers: Record<string, string> = {}, clientAddress = context.clientAddress) {
  const result = await loginAction({ request: formRequest("/login", fields, headers), params: {}, context: { clientAddress } });
  return result;
}

function formErrorOf(result: unknown): unknown {
  if (result && typeof result === "object" && "data" in result) {
    const payload: unknown = result.data;
    if (payload && typeof payload === "object" && "errors" in payload && payload.errors && typeof payload.errors === "object" && "form" in payload.errors) {
      return payload.errors.form;
    }
  }
  return undefined;
}

describe("sign-in", () => {
  it("signs in with the right password and sets a hardened session cookie", async () => {
    const org = makeOrganisation();
    const user = await makeUser({ organisationId: org.id, role: "it_lead" });
    const result = await postLogin({ email: user.email.toUpperCase(), password: testPassword });
    expect(result).toBeInstanceOf(Response);
    if (!(result instanceof Response)) return;
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/home");
    const setCookie = result.headers.get("Set-Cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const session = await getSessionUser(new Request("http://localhost/", { headers: { Cookie: cookieFrom(setCookie) } }));
    expect(session?.id).toBe(user.id);
    expect(session?.current?.organisationId).toBe(org.id);
    // The cookie holds a random id only; the database holds its hash, never the id itself.
    const rawId = decodeURIComponent(cookieFrom(setCookie).split("=")[1] ?? "");
    const stored = getDb().select({ idHash: sessions.idHash }).from(sessions).all();
    expect(stored.some((row) => rawId.includes(row.idHash))).toBe(false);
  });

  it("gives the same message for a wrong password and an unknown e-mail", async () => {
    const user = await makeUser();
    const wrongPassword = await postLogin({ email: user.email, password: "not the password" });
    const unknownEmail = await postLogin({ email: "nobody@nowhere.nl", password: "not the password" });
    expect(statusOf(wrongPassword)).toBe(401);
    expect(statusOf(unknownEmail)).toBe(401);
    expect(formErrorOf(wrongPassword)).toBe("login.invalid");
    expect(formErrorOf(unknownEmail)).toBe("login.invalid");
  });

  it("answers 400 with field errors for malformed input, never 500", async () => {
    const cases: Array<Record<string, string>> = [
      {},
      { email: "geen-adres", password: "x" },
      { email: "a@b.nl".padStart(300, "a"), password: "x" },
      { email: "a@b.nl", password: "x".repeat(300) },
      { email: "\u0000\u202e@x", password: "" },
    ];
    for (const fields of cases) {
      const result = await postLogin(fields);
      expect(statusOf(result)).toBe(400);
    }
  });

  it("refuses a sixth attempt for one account within 15 minutes with 429, and lets it pass afterwards", async () => {
    const user = await makeUser();
    const start = new Date("2026-11-01T10:00:00Z");
    for (let i = 0; i < 5; i++) {
      const result = await signIn({ email: user.email, password: "wrong password!", ipAddress: `10.0.0.${i}`, now: new Date(start.getTime() + i * 1000) });
      expect(result.status).toBe("invalid");
    }
    const locked = await signIn({ email: user.email, password: testPassword, ipAddress: "10.0.0.99", now: new Date(start.getTime() + 10_000) });
    expect(locked.status).toBe("locked");
    if (locked.status === "locked") expect(locked.retryAfterSeconds).toBeGreaterThan(14 * 60);
    const later = await signIn({ email: user.email, password: testPassword, ipAddress: "10.0.0.99", now: new Date(start.getTime() + lockoutWindowMs + 5_000) });
    expect(later.status).toBe("ok");
  });

  it("refuses the route with HTTP 429 and a Retry-After header when locked", async () => {
    const user = await makeUser();
    for (let i = 0; i < 5; i++) await postLogin({ email: user.email, password: "wrong password!" }, {}, `192.0.2.${i}`);
    const result = await postLogin({ email: user.email, password: testPassword }, {}, "192.0.2.50");
    expect(statusOf(result)).toBe(429);
    expect(formErrorOf(result)).toBe("login.locked");
  });

  it("refuses an address after 30 failures across accounts", async () => {
    const now = new Date("2026-11-02T10:00:00Z");
    for (let i = 0; i < 30; i++) {
      await signIn({ email: `guess${i}@test.nl`, password: "wrong password!", ipAddress: "203.0.113.9", now });
    }
    const user = await makeUser();
    const result = await signIn({ email: user.email, password: testPassword, ipAddress: "203.0.113.9", now });
    expect(result.status).toBe("locked");
    const other = await signIn({ email: user.email, password: testPassword, ipAddress: "203.0.113.10", now });
    expect(other.status).toBe("ok");
  });

  it("keeps the counts across a restart", async () => {
    const now = new Date("2026-11-03T10:00:00Z");
    for (let i = 0; i < 5; i++) await signIn({ email: "restart@test.nl", password: "wrong password!", ipAddress: "10.1.1.1", now });
    closeDb(); // the next call opens the same file again, as a restarted server would
    expect(checkSignInAllowed({ email: "restart@test.nl", ipAddress: "10.9.9.9", now }).allowed).toBe(false);
  });

  it("audits sign-in, failures and sign-out without passwords", async () => {
    const user = await makeUser();
    const secret = "a secret wrong password";
    await postLogin({ email: user.email, password: secret });
    const ok = await postLogin({ email: user.email, password: testPassword });
    if (!(ok instanceof Response)) throw new Error("expected a redirect");
    await logoutAction({ request: formRequest("/logout", {}, { Cookie: cookieFrom(ok.headers.get("Set-Cookie")) }), params: {}, context });
    const events = getDb().select().from(auditEvents).all();
    const mine = events.filter((e) => e.actorUserId === user.id);
    expect(mine.map((e) => e.action)).toEqual(["sign_in_failed", "sign_in", "sign_out"]);
    expect(mine.every((e) => e.ipAddress === context.clientAddress)).toBe(true);
    expect(JSON.stringify(events)).not.toContain(secret);
    expect(JSON.stringify(events)).not.toContain(testPassword);
  });
});

describe("sessions", () => {
  it("issues a new session id at sign-in and drops the one the browser came with", async () => {
    const user = await makeUser();
    const first = await postLogin({ email: user.email, password: testPassword });
    if (!(first instanceof Response)) throw new Error("expected a redirect");
    const firstCookie = cookieFrom(first.headers.get("Set-Cookie"));
    const second = await postLogin({ email: user.email, password: testPassword }, { Cookie: firstCookie });
    if (!(second instanceof Response)) throw new Error("expected a redirect");
    const secondCookie = cookieFrom(second.headers.get("Set-Cookie"));
    expect(secondCookie).not.toBe(firstCookie);
    expect(await getSessionUser(new Request("http://localhost/", { headers: { Cookie: firstCookie } }))).toBeNull();
    expect((await getSessionUser(new Request("http://localhost/", { headers: { Cookie: secondCookie } })))?.id).toBe(user.id);
  });

  it("ends at sign-out", async () => {
    const user = await makeUser();
    const login = await postLogin({ email: user.email, password: testPassword });
    if (!(login instanceof Response)) throw new Error("expected a redirect");
    const cookie = cookieFrom(login.headers.get("Set-Cookie"));
    const out = await logoutAction({ request: formRequest("/logout", {}, { Cookie: cookie }), params: {}, context });
    expect(out.headers.get("Set-Cookie")).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    expect(await getSessionUser(new Request("http://localhost/", { headers: { Cookie: cookie } }))).toBeNull();
  });

  it("expires after the idle timeout", async () => {
    const user = await makeUser();
    const start = new Date("2026-11-04T09:00:00Z");
    const setCookie = await createUserSession({ request: new Request("http://localhost/"), userId: user.id, ipAddress: "::1", now: start });
    const request = () => new Request("http://localhost/", { headers: { Cookie: cookieFrom(setCookie) } });
    expect(await getSessionUser(request(), new Date(start.getTime() + idleTimeoutMs - 60_000))).not.toBeNull();
    // Activity moved last-seen forward, so the idle window now counts from then.
    expect(await getSessionUser(request(), new Date(start.getTime() + 2 * idleTimeoutMs - 120_000))).not.toBeNull();
    expect(await getSessionUser(request(), new Date(start.getTime() + 4 * idleTimeoutMs))).toBeNull();
  });

  it("ignores a tampered cookie", async () => {
    const user = await makeUser();
    const setCookie = await createUserSession({ request: new Request("http://localhost/"), userId: user.id, ipAddress: "::1" });
    const cookie = cookieFrom(setCookie);
    const tampered = cookie.slice(0, -3) + (cookie.endsWith("A") ? "BBB" : "AAA");
    const ask = (header: string) => getSessionUser(new Request("http://localhost/", { headers: { Cookie: header } }));
    // Checked signatures are remembered per header: asking in any order gives each header its own answer.
    expect((await ask(cookie))?.id).toBe(user.id);
    expect(await ask(tampered)).toBeNull();
    expect(await ask(tampered)).toBeNull();
    expect((await ask(cookie))?.id).toBe(user.id);
    expect(await ask(`${tampered}; lang=en`)).toBeNull();
  });

  it("ends a session whose row is gone even though its cookie was checked before", async () => {
    const user = await makeUser();
    const setCookie = await createUserSession({ request: new Request("http://localhost/"), userId: user.id, ipAddress: "::1" });
    const request = () => new Request("http://localhost/", { headers: { Cookie: cookieFrom(setCookie) } });
    expect((await getSessionUser(request()))?.id).toBe(user.id);
    getDb().delete(sessions).run();
    expect(await getSessionUser(request())).toBeNull();
  });
});
