import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { acceptInvitation, createInvitation, findInvitation, invitationLifetimeMs } from "../app/models/invitations.server";
import { changeRole, inviteMember, removeFromOrganisation } from "../app/models/team.server";
import { action as membersAction, loader as membersLoader } from "../app/routes/members._index";
import { action as invitationsAction } from "../app/routes/members.invitations";
import { action as acceptAction } from "../app/routes/invitations.$token";
import { loader as homeLoader } from "../app/routes/home";
import { loader as adminLoader } from "../app/routes/admin._index";
import { createUserSession, getSessionUser } from "../app/auth/session.server";
import { getDb } from "../app/db.server";
import { auditEvents, invitations, memberships, users } from "../db/schema";
import { cookieFrom, formRequest, getRequest, makeOrganisation, makeUser, outcomeStatus } from "./helpers/factory";

const context = { clientAddress: "198.51.100.20" };

async function cookieFor(userId: string): Promise<string> {
  return cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId, ipAddress: "::1" }));
}

describe("invitations", () => {
  it("stores only a hash of the token, and the token works once", async () => {
    const org = makeOrganisation();
    const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
    const created = inviteMember({ actor: { userId: lead.id, organisationId: org.id, ipAddress: "::1" }, email: "nieuw@partij.nl", role: "contributor" });
    if (!created.ok) throw new Error("invite failed");
    const rows = getDb().select().from(invitations).all();
    expect(JSON.stringify(rows)).not.toContain(created.token);
    expect(JSON.stringify(getDb().select().from(auditEvents).all())).not.toContain(created.token);

    const first = await acceptInvitation({
      token: created.token,
      signedInUserId: null,
      newAccount: { name: "Nieuw", password: "een heel goed wachtwoord" },
      ipAddress: "127.0.0.1",
    });
    expect(first.ok).toBe(true);
    const again = await acceptInvitation({
      token: created.token,
      signedInUserId: null,
      newAccount: { name: "Ander", password: "een heel goed wachtwoord" },
      ipAddress: "127.0.0.1",
    });
    expect(again).toEqual({ ok: false, error: "used" });
  });

  it("gives a new account its mail in the language it signed up in", async () => {
    const org = makeOrganisation();
    const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
    const created = inviteMember({ actor: { userId: lead.id, organisationId: org.id, ipAddress: "::1" }, email: "english@partij.nl", role: "contributor" });
    if (!created.ok) throw new Error("invite failed");
    const accepted = await acceptInvitation({
      token: created.token,
      signedInUserId: null,
      newAccount: { name: "New", password: "a very good password here", language: "en" },
      ipAddress: "127.0.0.1",
    });
    if (!accepted.ok) throw new Error("accept failed");
    expect(getDb().select({ mailLanguage: users.mailLanguage }).from(users).where(eq(users.id, accepted.userId)).get()).toEqual({ mailLanguage: "en" });
  });

  it("expires after 7 days", async () => {
    const org = makeOrganisation();
    const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
    const now = new Date("2026-11-01T12:00:00Z");
    const { token } = createInvitation({ organisationId: org.id, email: "laat@partij.nl", role: "contributor", invitedByUserId: lead.id, now });
    expect(findInvitation({ token, now: new Date(now.getTime() + invitationLifetimeMs - 1000) }).status).toBe("valid");
    expect(findInvitation({ token, now: new Date(now.getTime() + invitationLifetimeMs) }).status).toBe("expired");
    const result = await acceptInvitation({
      token,
      signedInUserId: null,
      newAccount: { name: "Laat", password: "een heel goed wachtwoord" },
      ipAddress: "127.0.0.1",
      now: new Date(now.getTime() + invitationLifetimeMs + 1),
    });
    expect(result).toEqual({ ok: false, error: "expired" });
  });

  it("never sets the password of an existing account: it must sign in and join", async () => {
    const org = makeOrganisation();
    const other = makeOrganisation();
    const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
    const existing = await makeUser({ organisationId: other.id, role: "contributor" });
    const { token } = createInvitation({ organisationId: org.id, email: existing.email, role: "campaign_manager", invitedByUserId: lead.id });
    const anonymous = await acceptInvitation({
      token,
      signedInUserId: null,
      newAccount: { name: "Overname", password: "een heel goed wachtwoord" },
      ipAddress: "127.0.0.1",
    });
    expect(anonymous).toEqual({ ok: false, error: "account_exists" });
    const joined = await acceptInvitation({ token, signedInUserId: existing.id, newAccount: null, ipAddress: "127.0.0.1" });
    expect(joined.ok).toBe(true);
    const rows = getDb().select().from(memberships).where(eq(memberships.userId, existing.id)).all();
    expect(rows.map((row) => row.organisationId).sort()).toEqual([org.id, other.id].sort());
  });

  it("answers a malformed, unknown or replayed link with a clear 4xx", async () => {
    const org = makeOrganisation();
    const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
    const { token } = createInvitation({ organisationId: org.id, email: "eenmaal@partij.nl", role: "contributor", invitedByUserId: lead.id });
    const fields = { name: "Een Maal", password: "een heel goed wachtwoord", confirmPassword: "een heel goed wachtwoord" };
    const accept = (t: string, f: Record<string, string>) => acceptAction({ request: formRequest(`/invitations/${t}`, f), params: { token: t }, context });
    expect(await outcomeStatus(() => accept("kort", fields))).toBe(404);
    expect(await outcomeStatus(() => accept("x".repeat(43), fields))).toBe(404);
    const weak = await accept(token, { ...fields, password: "kort", confirmPassword: "kort" });
    expect(weak).toMatchObject({ init: { status: 400 }, data: { errors: { password: "errors.password.too_short" } } });
    const ok = await accept(token, fields);
    expect(ok).toBeInstanceOf(Response);
    if (ok instanceof Response) {
      expect(ok.headers.get("Location")).toBe("/home");
      const session = await getSessionUser(new Request("http://localhost/", { headers: { Cookie: cookieFrom(ok.headers.get("Set-Cookie")) } }));
      expect(session?.current).toMatchObject({ organisationId: org.id, role: "contributor" });
    }
    const replay = await accept(token, fields);
    expect(replay).toMatchObject({ init: { status: 409 }, data: { errors: { form: "invitation.error.used" } } });
  });
});

describe("members", () => {
  it("never removes or demotes the last IT lead", async () => {
    const org = makeOrganisation();
    const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
    const actor = { userId: lead.id, organisationId: org.id, ipAddress: "::1" };
    expect(changeRole({ actor, membershipId: lead.membershipId ?? "", role: "contributor" })).toEqual({ ok: false, error: "last_it_lead" });
    expect(removeFromOrganisation({ actor, membershipId: lead.membershipId ?? "" })).toEqual({ ok: false, error: "last_it_lead" });
    const second = await makeUser({ organisationId: org.id, role: "contributor" });
    expect(changeRole({ actor, membershipId: second.membershipId ?? "", role: "it_lead" }).ok).toBe(true);
    expect(changeRole({ actor, membershipId: lead.membershipId ?? "", role: "contributor" }).ok).toBe(true);
    expect(removeFromOrganisation({ actor, membershipId: second.membershipId ?? "" })).toEqual({ ok: false, error: "last_it_lead" });
  });

  it("cannot touch a membership of another organisation, even with its id", async () => {
    const mine = makeOrganisation();
    const theirs = makeOrganisation();
    const lead = await makeUser({ organisationId: mine.id, role: "it_lead" });
    const victim = await makeUser({ organisationId: theirs.id, role: "it_lead" });
    await makeUser({ organisationId: theirs.id, role: "it_lead" });
    const cookie = await cookieFor(lead.id);
    const cases: Array<Record<string, string>> = [
      { intent: "change-role", membershipId: victim.membershipId ?? "", role: "contributor" },
      { intent: "remove", membershipId: victim.membershipId ?? "" },
    ];
    for (const fields of cases) {
      const result = await membersAction({ request: formRequest("/members", fields, { Cookie: cookie }), params: {}, context });
      expect(result).toMatchObject({ init: { status: 404 } });
    }
    const row = getDb()
      .select()
      .from(memberships)
      .where(eq(memberships.id, victim.membershipId ?? ""))
      .get();
    expect(row?.role).toBe("it_lead");
  });

  it("shows only the member's own organisation", async () => {
    const mine = makeOrganisation({ name: "Eigen Partij" });
    const theirs = makeOrganisation({ name: "Andere Partij" });
    const me = await makeUser({ organisationId: mine.id, role: "contributor" });
    const stranger = await makeUser({ organisationId: theirs.id, role: "it_lead", email: "vreemde@andere.nl" });
    const data = await membersLoader({ request: getRequest("/members", { Cookie: await cookieFor(me.id) }), params: {}, context });
    expect(data.members.map((m) => m.userId)).toEqual([me.id]);
    expect(JSON.stringify(data)).not.toContain(stranger.email);
  });

  it("refuses a forged role and lets only IT leads manage", async () => {
    const org = makeOrganisation();
    const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
    const contributor = await makeUser({ organisationId: org.id, role: "contributor" });
    const forged = await invitationsAction({
      request: formRequest("/members/invitations", { intent: "invite", email: "x@partij.nl", role: "admin" }, { Cookie: await cookieFor(lead.id) }),
      params: {},
      context,
    });
    expect(forged).toMatchObject({ init: { status: 400 }, data: { errors: { role: "errors.role.invalid" } } });
    const byContributor = await outcomeStatus(() =>
      invitationsAction({
        request: formRequest("/members/invitations", { intent: "invite", email: "x@partij.nl", role: "it_lead" }, { Cookie: "" }),
        params: {},
        context,
      }),
    );
    expect(byContributor).toBe(302); // no cookie at all: sent to sign in
    const contributorCookie = await cookieFor(contributor.id);
    const denied = await outcomeStatus(() =>
      invitationsAction({
        request: formRequest("/members/invitations", { intent: "invite", email: "x@partij.nl", role: "it_lead" }, { Cookie: contributorCookie }),
        params: {},
        context,
      }),
    );
    expect(denied).toBe(403);
    expect(getDb().select().from(invitations).where(eq(invitations.email, "x@partij.nl")).all()).toHaveLength(0);
  });
});

describe("platform roles", () => {
  it("gives the admin and analyst 404 on party pages, and members 404 on admin pages", async () => {
    const org = makeOrganisation();
    const member = await makeUser({ organisationId: org.id, role: "it_lead" });
    const admin = await makeUser({ platformRole: "admin" });
    const analyst = await makeUser({ platformRole: "analyst" });
    for (const user of [admin, analyst]) {
      const cookie = await cookieFor(user.id);
      expect(await outcomeStatus(() => membersLoader({ request: getRequest("/members", { Cookie: cookie }), params: {}, context }))).toBe(404);
      expect(await outcomeStatus(() => homeLoader({ request: getRequest("/home", { Cookie: cookie }), params: {}, context }))).toBe(302);
    }
    expect(await outcomeStatus(() => adminLoader({ request: getRequest("/admin", { Cookie: "" }), params: {}, context }))).toBe(302);
    expect(await outcomeStatus(() => adminLoader({ request: getRequest("/admin", { Cookie: cookieFrom("") }), params: {}, context }))).toBe(302);
    expect(await outcomeStatus(async () => adminLoader({ request: getRequest("/admin", { Cookie: await cookieFor(member.id) }), params: {}, context }))).toBe(
      404,
    );
    expect(await outcomeStatus(async () => adminLoader({ request: getRequest("/admin", { Cookie: await cookieFor(analyst.id) }), params: {}, context }))).toBe(
      404,
    );
    expect(await outcomeStatus(async () => adminLoader({ request: getRequest("/admin", { Cookie: await cookieFor(admin.id) }), params: {}, context }))).toBe(
      200,
    );
  });
});
