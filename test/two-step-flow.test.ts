// Two-step sign-in through the route modules: the code step of sign-in, forced set-up for admins, analysts and
// organisations that require it, lock-out, and the account security page.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createUserSession, getPendingSession, getSessionUser, pendingLifetimeMs } from "../app/auth/session.server";
import { base32Decode, hotp, totpStep } from "../app/security/totp.server";
import { getDb } from "../app/db.server";
import { enableTwoStep, getOrCreateSetUpSecret } from "../app/models/two-step.server";
import { verifyLogin } from "../app/models/users.server";
import { loader as adminLoader } from "../app/routes/admin._index";
import { loader as homeLoader } from "../app/routes/home";
import { loader as insightsLoader } from "../app/routes/insights";
import { action as loginAction } from "../app/routes/login";
import { action as codeAction, loader as codeLoader } from "../app/routes/login_.code";
import { loader as membersLoader } from "../app/routes/members._index";
import { action as twoStepRuleAction } from "../app/routes/members.two-step";
import { loader as recoveryCodesLoader } from "../app/routes/account.recovery-codes";
import { loader as securityLoader } from "../app/routes/account.security._index";
import { action as newCodesAction } from "../app/routes/account.security.new-codes";
import { action as passwordAction } from "../app/routes/account.security.password";
import { action as sessionsAction } from "../app/routes/account.security.sessions";
import { action as twoStepOffAction } from "../app/routes/account.security.two-step-off";
import { action as setUpAction, loader as setUpLoader } from "../app/routes/account.two-step";
import { auditEvents, users } from "../db/schema";
import { formRequest, getRequest, makeOrganisation, makeUser, testPassword } from "./helpers/factory";

const context = { clientAddress: "192.0.2.80" };

type Outcome = { status: number; location: string | null; setCookies: string[]; data: unknown };

/** Runs a loader or action and describes what came back, thrown or returned, redirect or data. */
async function run(call: () => unknown): Promise<Outcome> {
  let value: unknown;
  try {
    value = await call();
  } catch (error) {
    if (!(error instanceof Response)) throw error;
    value = error;
  }
  if (value instanceof Response) {
    return { status: value.status, location: value.headers.get("Location"), setCookies: value.headers.getSetCookie(), data: null };
  }
  if (value && typeof value === "object" && "type" in value && value.type === "DataWithResponseInit" && "data" in value && "init" in value) {
    const init = value.init && typeof value.init === "object" ? value.init : {};
    const status = "status" in init && typeof init.status === "number" ? init.status : 200;
    const headers = new Headers("headers" in init && init.headers instanceof Headers ? init.headers : undefined);
    if ("headers" in init && init.headers && !(init.headers instanceof Headers) && typeof init.headers === "object") {
      for (const [key, header] of Object.entries(init.headers)) if (typeof header === "string") headers.append(key, header);
    }
    return { status, location: null, setCookies: headers.getSetCookie(), data: value.data };
  }
  return { status: 200, location: null, setCookies: [], data: value };
}

/** A tiny cookie jar: what a browser would send back after these Set-Cookie headers. */
class Jar {
  private cookies = new Map<string, string>();
  constructor(initial: string[] = []) {
    this.take(initial);
  }
  take(setCookies: string[]): this {
    for (const header of setCookies) {
      const [pair = ""] = header.split(";");
      const [name = "", ...rest] = pair.split("=");
      const value = rest.join("=");
      if (!value || /Max-Age=0/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return this;
  }
  get header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** Reads a nested field of loader or action data without trusting its shape. */
function pick(value: unknown, ...path: Array<string | number>): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}

function text(value: unknown): string {
  if (typeof value !== "string") throw new Error(`expected a string, got ${JSON.stringify(value)}`);
  return value;
}

function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Error(`expected a list, got ${JSON.stringify(value)}`);
  return value;
}

async function postLogin(email: string, password = testPassword, redirectTo = "") {
  return run(() => loginAction({ request: formRequest("/login", { email, password, redirectTo }), params: {}, context }));
}

/** A code the app would show now that the server has not accepted yet (the next step when this one is used). */
function freshCode(userId: string, key: Buffer): string {
  const row = getDb().select({ lastStep: users.totpLastStep }).from(users).where(eq(users.id, userId)).get();
  const step = Math.max(totpStep(new Date()), (row?.lastStep ?? 0) + 1);
  if (step > totpStep(new Date()) + 1) throw new Error("no unused code inside the drift window yet");
  return hotp({ key, counter: step });
}

function wrongCode(userId: string, key: Buffer): string {
  const right = freshCode(userId, key);
  return right === "000000" ? "111111" : "000000";
}

/** Turns two-step sign-in on for a user, as the set-up page would. */
function enrol(userId: string): { key: Buffer; recoveryCodes: string[] } {
  const secret = getOrCreateSetUpSecret({ userId });
  const key = secret ? base32Decode(secret) : null;
  if (!key) throw new Error("no set-up secret");
  const result = enableTwoStep({ userId, code: hotp({ key, counter: totpStep(new Date()) }) });
  if (!result.ok) throw new Error(result.error);
  return { key, recoveryCodes: result.recoveryCodes };
}

async function sessionCookie(userId: string): Promise<Jar> {
  return new Jar([await createUserSession({ request: new Request("http://localhost/"), userId, ipAddress: "::1" })]);
}

function actionsOf(userId: string): string[] {
  return getDb()
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.actorUserId, userId))
    .all()
    .map((e) => e.action);
}

describe("sign-in with two-step sign-in on", () => {
  it("asks for the code on its own page; until then the session opens nothing else", async () => {
    const org = makeOrganisation();
    const user = await makeUser({ organisationId: org.id, role: "contributor" });
    const { key } = enrol(user.id);

    const login = await postLogin(user.email);
    expect(login.status).toBe(302);
    expect(login.location).toBe("/login/code?redirectTo=%2Fhome");
    const pending = new Jar(login.setCookies);
    expect(await getSessionUser(getRequest("/", { Cookie: pending.header }))).toBeNull();
    for (const loader of [homeLoader, membersLoader]) {
      const blocked = await run(() => loader({ request: getRequest("/members", { Cookie: pending.header }), params: {}, context }));
      expect(blocked.status).toBe(302);
      expect(blocked.location).toBe("/login/code?redirectTo=%2Fmembers");
    }
    expect((await run(() => codeLoader({ request: getRequest("/login/code", { Cookie: pending.header }), params: {}, context }))).status).toBe(200);

    const wrong = await run(() =>
      codeAction({
        request: formRequest("/login/code", { code: wrongCode(user.id, key), redirectTo: "/home" }, { Cookie: pending.header }),
        params: {},
        context,
      }),
    );
    expect(wrong.status).toBe(401);
    expect(wrong.data).toMatchObject({ errors: { code: "loginCode.invalid" } });

    const code = freshCode(user.id, key);
    const ok = await run(() =>
      codeAction({ request: formRequest("/login/code", { code, redirectTo: "/home" }, { Cookie: pending.header }), params: {}, context }),
    );
    expect(ok.status).toBe(302);
    expect(ok.location).toBe("/home");
    const signedIn = new Jar(ok.setCookies);
    expect(signedIn.header).not.toBe(pending.header);
    expect((await getSessionUser(getRequest("/", { Cookie: signedIn.header })))?.id).toBe(user.id);
    // The pending session id was replaced, not promoted.
    expect(await getPendingSession(getRequest("/", { Cookie: pending.header }))).toBeNull();

    // The same code cannot be used for a second sign-in.
    const again = new Jar((await postLogin(user.email)).setCookies);
    const replay = await run(() => codeAction({ request: formRequest("/login/code", { code }, { Cookie: again.header }), params: {}, context }));
    expect(replay.status).toBe(401);

    expect(actionsOf(user.id)).toEqual(["sign_in_password_ok", "two_step_failed", "sign_in", "sign_in_password_ok", "two_step_failed"]);
  });

  it("counts wrong codes toward the lock-out, and a right password does not reset them", async () => {
    const user = await makeUser();
    const { key } = enrol(user.id);
    for (let round = 0; round < 5; round++) {
      const jar = new Jar((await postLogin(user.email)).setCookies);
      const result = await run(() =>
        codeAction({ request: formRequest("/login/code", { code: wrongCode(user.id, key) }, { Cookie: jar.header }), params: {}, context }),
      );
      expect(result.status).toBe(401);
    }
    const locked = await postLogin(user.email);
    expect(locked.status).toBe(429);
    // Also a right code on a pending session from before the lock is refused now.
    const user2 = await makeUser();
    const second = enrol(user2.id);
    const jar = new Jar((await postLogin(user2.email)).setCookies);
    for (let i = 0; i < 5; i++)
      await run(() =>
        codeAction({ request: formRequest("/login/code", { code: wrongCode(user2.id, second.key) }, { Cookie: jar.header }), params: {}, context }),
      );
    const refused = await run(() =>
      codeAction({ request: formRequest("/login/code", { code: freshCode(user2.id, second.key) }, { Cookie: jar.header }), params: {}, context }),
    );
    expect(refused.status).toBe(429);
    expect(refused.data).toMatchObject({ errors: { form: "loginCode.locked" } });
  });

  it("takes a recovery code once, and then shows the security page", async () => {
    const user = await makeUser();
    const { recoveryCodes } = enrol(user.id);
    const code = recoveryCodes[3] ?? "";
    const jar = new Jar((await postLogin(user.email)).setCookies);
    const ok = await run(() => codeAction({ request: formRequest("/login/code", { code }, { Cookie: jar.header }), params: {}, context }));
    expect(ok.location).toBe("/account/security?notice=recovery-used");
    const signedIn = new Jar(ok.setCookies);
    const page = await run(() =>
      securityLoader({ request: getRequest("/account/security?notice=recovery-used", { Cookie: signedIn.header }), params: {}, context }),
    );
    expect(page.data).toMatchObject({ unusedRecoveryCodes: 9, notice: "security.notice.recoveryUsed" });
    const jar2 = new Jar((await postLogin(user.email)).setCookies);
    const reused = await run(() => codeAction({ request: formRequest("/login/code", { code }, { Cookie: jar2.header }), params: {}, context }));
    expect(reused.status).toBe(401);
    expect(actionsOf(user.id)).toContain("recovery_code_used");
  });

  it("ends a pending session after 15 minutes", async () => {
    const user = await makeUser();
    enrol(user.id);
    const start = new Date();
    const cookie = await createUserSession({
      request: new Request("http://localhost/"),
      userId: user.id,
      ipAddress: "::1",
      pendingSecondFactor: true,
      now: start,
    });
    const request = () => getRequest("/", { Cookie: new Jar([cookie]).header });
    expect(await getPendingSession(request(), new Date(start.getTime() + pendingLifetimeMs - 1000))).not.toBeNull();
    expect(await getPendingSession(request(), new Date(start.getTime() + pendingLifetimeMs))).toBeNull();
  });
});

describe("required set-up", () => {
  it.each([
    { role: "admin" as const, home: "/admin", loader: adminLoader },
    { role: "analyst" as const, home: "/insights", loader: insightsLoader },
  ])("sends a new $role through set-up before anything else", async ({ role, home, loader }) => {
    const user = await makeUser({ platformRole: role });
    const login = await postLogin(user.email);
    expect(login.location).toBe(`/account/two-step?redirectTo=${encodeURIComponent(home)}`);
    const pending = new Jar(login.setCookies);
    const blocked = await run(() => loader({ request: getRequest(home, { Cookie: pending.header }), params: {}, context }));
    expect(blocked.location).toBe(`/account/two-step?redirectTo=${encodeURIComponent(home)}`);
    expect((await run(() => codeLoader({ request: getRequest("/login/code", { Cookie: pending.header }), params: {}, context }))).location).toBe(
      "/account/two-step",
    );

    const page = await run(() =>
      setUpLoader({ request: getRequest(`/account/two-step?redirectTo=${encodeURIComponent(home)}`, { Cookie: pending.header }), params: {}, context }),
    );
    expect(page.data).toMatchObject({ reason: "role", redirectTo: home, pending: true });
    expect(text(pick(page.data, "qr", "path")).length).toBeGreaterThan(100);
    const key = base32Decode(text(pick(page.data, "secret")));
    if (!key) throw new Error("bad secret");

    const wrong = await run(() =>
      setUpAction({ request: formRequest("/account/two-step", { code: "12345" }, { Cookie: pending.header }), params: {}, context }),
    );
    expect(wrong.status).toBe(400);
    const done = await run(() =>
      setUpAction({
        request: formRequest("/account/two-step", { code: hotp({ key, counter: totpStep(new Date()) }), redirectTo: home }, { Cookie: pending.header }),
        params: {},
        context,
      }),
    );
    expect(done.status).toBe(302);
    expect(done.location).toBe("/account/recovery-codes");
    const jar = new Jar(done.setCookies);
    expect(await getPendingSession(getRequest("/", { Cookie: pending.header }))).toBeNull();

    const codesPage = await run(() => recoveryCodesLoader({ request: getRequest("/account/recovery-codes", { Cookie: jar.header }), params: {}, context }));
    expect(list(pick(codesPage.data, "codes"))).toHaveLength(10);
    expect(pick(codesPage.data, "next")).toBe(home);
    jar.take(codesPage.setCookies);
    // Shown once: the next visit has nothing to show.
    expect(
      (await run(() => recoveryCodesLoader({ request: getRequest("/account/recovery-codes", { Cookie: jar.header }), params: {}, context }))).location,
    ).toBe("/account/security");

    expect((await run(() => loader({ request: getRequest(home, { Cookie: jar.header }), params: {}, context }))).status).toBe(200);
    expect((await postLogin(user.email)).location).toBe(`/login/code?redirectTo=${encodeURIComponent(home)}`);
    expect(actionsOf(user.id)).toEqual(["sign_in_password_ok", "two_step_enabled", "sign_in", "sign_in_password_ok"]);
  });

  it("lets an IT lead require it for the organisation; members without it set it up first", async () => {
    const org = makeOrganisation();
    const outsiderOrg = makeOrganisation();
    const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
    const member = await makeUser({ organisationId: org.id, role: "campaign_manager" });
    const outsider = await makeUser({ organisationId: outsiderOrg.id, role: "it_lead" });
    const leadJar = await sessionCookie(lead.id);
    const memberJar = await sessionCookie(member.id);
    const requireIt = (required: "on" | "off") =>
      run(() =>
        twoStepRuleAction({
          request: formRequest("/members/two-step", { intent: "require-two-step", required }, { Cookie: leadJar.header }),
          params: {},
          context,
        }),
      );

    const early = await requireIt("on");
    expect(early.status).toBe(409);
    expect(early.data).toMatchObject({ error: "members.twoStep.ownFirst" });
    enrol(lead.id);
    expect((await requireIt("on")).data).toMatchObject({ message: "members.twoStep.nowRequired" });
    const view = await run(() => membersLoader({ request: getRequest("/members", { Cookie: leadJar.header }), params: {}, context }));
    expect(pick(view.data, "twoStep")).toEqual({ required: true, myOwnIsOn: true, withoutTwoStep: ["Test Persoon"] });

    for (const [loader, path] of [
      [homeLoader, "/home"],
      [membersLoader, "/members"],
    ] as const) {
      const sent = await run(() => loader({ request: getRequest(path, { Cookie: memberJar.header }), params: {}, context }));
      expect(sent.location).toBe(`/account/two-step?redirectTo=${encodeURIComponent(path)}`);
    }
    const setUp = await run(() => setUpLoader({ request: getRequest("/account/two-step", { Cookie: memberJar.header }), params: {}, context }));
    expect(setUp.data).toMatchObject({ reason: "organisation", pending: false });
    expect((await postLogin(member.email)).location).toBe("/account/two-step?redirectTo=%2Fhome");
    // Other organisations are not affected.
    const outsiderJar = await sessionCookie(outsider.id);
    expect((await run(() => homeLoader({ request: getRequest("/home", { Cookie: outsiderJar.header }), params: {}, context }))).status).toBe(200);

    await requireIt("off");
    expect((await run(() => homeLoader({ request: getRequest("/home", { Cookie: memberJar.header }), params: {}, context }))).status).toBe(200);
    const changes = getDb()
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "two_step_requirement_changed"), eq(auditEvents.organisationId, org.id)))
      .all();
    expect(changes.map((c) => c.details)).toEqual([{ required: true }, { required: false }]);
  });

  it("does not touch users who have it off and are not required to use it", async () => {
    const org = makeOrganisation();
    const user = await makeUser({ organisationId: org.id, role: "contributor" });
    const login = await postLogin(user.email);
    expect(login.location).toBe("/home");
    expect((await getSessionUser(getRequest("/", { Cookie: new Jar(login.setCookies).header })))?.id).toBe(user.id);
  });
});

describe("account security page", () => {
  // Each form of the security page posts to the route of its concern.
  const routes = {
    "change-password": { action: passwordAction, path: "/account/security/password" },
    "two-step-off": { action: twoStepOffAction, path: "/account/security/two-step-off" },
    "new-codes": { action: newCodesAction, path: "/account/security/new-codes" },
    "end-session": { action: sessionsAction, path: "/account/security/sessions" },
  } as const;
  async function post(jar: Jar, fields: { intent: keyof typeof routes } & Record<string, string>) {
    const { action, path } = routes[fields.intent];
    return run(() => action({ request: formRequest(path, fields, { Cookie: jar.header }), params: {}, context }));
  }

  it("changes the password only with the current one, and ends every other session", async () => {
    const user = await makeUser();
    const here = await sessionCookie(user.id);
    const elsewhere = await sessionCookie(user.id);
    const newPassword = "een nieuw en lang wachtwoord";
    const wrong = await post(here, { intent: "change-password", currentPassword: "niet mijn wachtwoord", password: newPassword, confirmPassword: newPassword });
    expect(wrong.status).toBe(400);
    expect(wrong.data).toMatchObject({ errors: { currentPassword: "security.password.wrongCurrent" } });
    const weak = await post(here, { intent: "change-password", currentPassword: testPassword, password: "kort", confirmPassword: "kort" });
    expect(weak.data).toMatchObject({ errors: { password: "errors.password.too_short" } });

    const ok = await post(here, { intent: "change-password", currentPassword: testPassword, password: newPassword, confirmPassword: newPassword });
    expect(ok.location).toBe("/account/security?notice=password");
    const rotated = new Jar(ok.setCookies);
    expect((await getSessionUser(getRequest("/", { Cookie: rotated.header })))?.id).toBe(user.id);
    expect(await getSessionUser(getRequest("/", { Cookie: elsewhere.header }))).toBeNull();
    expect(await getSessionUser(getRequest("/", { Cookie: here.header }))).toBeNull();
    expect(await verifyLogin({ email: user.email, password: testPassword })).toBeNull();
    expect((await verifyLogin({ email: user.email, password: newPassword }))?.id).toBe(user.id);
    expect(actionsOf(user.id)).toEqual(["password_change_failed", "password_changed"]);
    expect(JSON.stringify(getDb().select().from(auditEvents).all())).not.toContain(newPassword);
  });

  it("turns two-step sign-in off only with a current code", async () => {
    const user = await makeUser();
    const { key } = enrol(user.id);
    const jar = await sessionCookie(user.id);
    expect((await post(jar, { intent: "two-step-off", code: wrongCode(user.id, key) })).status).toBe(400);
    expect((await post(jar, { intent: "two-step-off", code: "" })).status).toBe(400);
    const off = await post(jar, { intent: "two-step-off", code: freshCode(user.id, key) });
    expect(off.location).toBe("/account/security?notice=off");
    const page = await run(() => securityLoader({ request: getRequest("/account/security", { Cookie: jar.header }), params: {}, context }));
    expect(page.data).toMatchObject({ twoStep: { enabled: false, required: false }, unusedRecoveryCodes: 0 });
    expect(actionsOf(user.id)).toEqual(["two_step_failed", "two_step_disabled"]);
  });

  it("sends an admin who turns it off straight back to set-up", async () => {
    const admin = await makeUser({ platformRole: "admin" });
    const { key } = enrol(admin.id);
    const jar = await sessionCookie(admin.id);
    const off = await post(jar, { intent: "two-step-off", code: freshCode(admin.id, key) });
    expect(off.location).toBe("/account/two-step?redirectTo=%2Faccount%2Fsecurity");
    const blocked = await run(() => adminLoader({ request: getRequest("/admin", { Cookie: jar.header }), params: {}, context }));
    expect(blocked.location).toBe("/account/two-step?redirectTo=%2Fadmin");
  });

  it("makes new recovery codes with a current code and shows them once", async () => {
    const user = await makeUser();
    const { key, recoveryCodes: old } = enrol(user.id);
    const jar = await sessionCookie(user.id);
    const made = await post(jar, { intent: "new-codes", code: freshCode(user.id, key) });
    expect(made.location).toBe("/account/recovery-codes");
    jar.take(made.setCookies);
    const shown = list(
      pick(
        (await run(() => recoveryCodesLoader({ request: getRequest("/account/recovery-codes", { Cookie: jar.header }), params: {}, context }))).data,
        "codes",
      ),
    );
    expect(shown).toHaveLength(10);
    expect(shown).not.toContain(old[0]);
    // Another user's browser cannot read them from the cookie.
    const stranger = await sessionCookie((await makeUser()).id);
    const flash = made.setCookies.find((c) => c.includes("codes="))?.split(";")[0] ?? "";
    const stolen = await run(() =>
      recoveryCodesLoader({ request: getRequest("/account/recovery-codes", { Cookie: `${stranger.header}; ${flash}` }), params: {}, context }),
    );
    expect(stolen.location).toBe("/account/security");
  });

  it("lists the user's sessions with their last use and ends another one, never someone else's", async () => {
    const user = await makeUser();
    const here = await sessionCookie(user.id);
    const there = await sessionCookie(user.id);
    const stranger = await makeUser();
    const strangerJar = await sessionCookie(stranger.id);
    const page = await run(() => securityLoader({ request: getRequest("/account/security", { Cookie: here.header }), params: {}, context }));
    const sessions = list(pick(page.data, "sessions"));
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => pick(s, "current") === true)).toHaveLength(1);
    expect(sessions.every((s) => !Number.isNaN(Date.parse(text(pick(s, "lastSeenAt")))))).toBe(true);
    const other = text(
      pick(
        sessions.find((s) => pick(s, "current") === false),
        "handle",
      ),
    );
    const mine = text(
      pick(
        sessions.find((s) => pick(s, "current") === true),
        "handle",
      ),
    );
    const strangersPage = await run(() => securityLoader({ request: getRequest("/account/security", { Cookie: strangerJar.header }), params: {}, context }));
    const strangers = text(pick(strangersPage.data, "sessions", 0, "handle"));
    expect((await post(here, { intent: "end-session", handle: strangers })).status).toBe(404);
    expect((await post(here, { intent: "end-session", handle: mine })).status).toBe(404);
    expect((await post(here, { intent: "end-session", handle: other })).location).toBe("/account/security?notice=session");
    expect(await getSessionUser(getRequest("/", { Cookie: there.header }))).toBeNull();
    expect(await getSessionUser(getRequest("/", { Cookie: here.header }))).not.toBeNull();
    expect(await getSessionUser(getRequest("/", { Cookie: strangerJar.header }))).not.toBeNull();
    expect(actionsOf(user.id)).toEqual(["session_ended"]);
  });

  it("ends every other session at once, audit-logged, and refuses a form it does not know", async () => {
    const user = await makeUser();
    const here = await sessionCookie(user.id);
    const there = await sessionCookie(user.id);
    const third = await sessionCookie(user.id);
    const sessions = (fields: Record<string, string>) =>
      run(() => sessionsAction({ request: formRequest("/account/security/sessions", fields, { Cookie: here.header }), params: {}, context }));
    expect((await sessions({ intent: "nonsense" })).status).toBe(400);
    expect((await sessions({ intent: "end-session", handle: "../../etc" })).status).toBe(400);
    expect((await sessions({ intent: "end-other-sessions" })).location).toBe("/account/security?notice=others");
    expect(await getSessionUser(getRequest("/", { Cookie: there.header }))).toBeNull();
    expect(await getSessionUser(getRequest("/", { Cookie: third.header }))).toBeNull();
    expect(await getSessionUser(getRequest("/", { Cookie: here.header }))).not.toBeNull();
    expect(actionsOf(user.id)).toEqual(["session_ended"]);
  });
});
