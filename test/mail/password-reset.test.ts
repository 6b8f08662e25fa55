// A forgotten password, end to end below the browser: the request, the mail over real SMTP, the link,
// the new password; limits, single use, expiry, and the sessions that end.
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createUserSession } from "../../app/auth/session.server";
import { signIn } from "../../app/auth/sign-in.server";
import { getDb } from "../../app/db.server";
import { findPasswordReset, passwordResetLifetimeMs, requestPasswordReset, resetPassword } from "../../app/models/password-reset.server";
import { action as forgotAction } from "../../app/routes/login_.forgot";
import { action as resetAction, loader as resetLoader } from "../../app/routes/password.reset.$token";
import { auditEvents, passwordResets, sessions, users } from "../../db/schema";
import { formRequest, getRequest, makeOrganisation, makeUser, statusOf, testPassword } from "../helpers/factory";
import { registerMailDelivery } from "../helpers/mail-delivery";
import { linkIn } from "../helpers/smtp";

const context = { clientAddress: "198.51.100.77" };
const { mailsTo } = registerMailDelivery();

describe("forgotten password", () => {
  it("gives the same answer for a known and an unknown address, and mails only the known one", async () => {
    const user = await makeUser({ organisationId: makeOrganisation().id, role: "contributor", email: "vergeten@partij.nl" });
    const known = await forgotAction({ request: formRequest("/login/forgot", { email: "Vergeten@Partij.nl" }), context, params: {} });
    const unknown = await forgotAction({ request: formRequest("/login/forgot", { email: "niemand@partij.nl" }), context, params: {} });
    expect(statusOf(known)).toBe(200);
    expect(statusOf(unknown)).toBe(200);
    expect(JSON.stringify(known).replace("vergeten@partij.nl", "X")).toBe(JSON.stringify(unknown).replace("niemand@partij.nl", "X"));
    const [mail] = await mailsTo("vergeten@partij.nl", 1);
    expect(await mailsTo("niemand@partij.nl", 0)).toHaveLength(0);
    expect(mail?.subject).toBe("Nieuw wachtwoord kiezen voor Weerbaar");
    if (!mail) throw new Error("no mail");
    const link = linkIn(mail);
    const token = link.split("/").pop() ?? "";
    expect(link).toBe(`http://localhost:3000/password/reset/${token}`);
    // Only the hash is stored.
    expect(JSON.stringify(getDb().select().from(passwordResets).all())).not.toContain(token);
    expect(
      getDb()
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.actorUserId, user.id))
        .all()
        .map((e) => e.action),
    ).toContain("password_reset_requested");
  });

  it("sets the new password once, ends every session, tells the owner and still asks for the second step afterwards", async () => {
    const user = await makeUser({ organisationId: makeOrganisation().id, role: "it_lead", email: "reset@partij.nl" });
    await createUserSession({ request: new Request("http://localhost/"), userId: user.id, ipAddress: "::1" });
    await createUserSession({ request: new Request("http://localhost/"), userId: user.id, ipAddress: "::2" });
    getDb().update(users).set({ totpEnabledAt: new Date() }).where(eq(users.id, user.id)).run();
    requestPasswordReset({ email: "reset@partij.nl", ipAddress: "::1" });
    const [mail] = await mailsTo("reset@partij.nl", 1);
    if (!mail) throw new Error("no mail");
    const token = linkIn(mail).split("/").pop() ?? "";
    const page = resetLoader({ request: getRequest(new URL(linkIn(mail)).pathname), params: { token }, context });
    expect(statusOf(page)).toBe(200);
    // A weak password is refused and the link stays usable.
    const weak = await resetAction({
      request: formRequest(new URL(linkIn(mail)).pathname, { password: "kort", confirmPassword: "kort" }),
      params: { token },
      context,
    });
    expect(statusOf(weak)).toBe(400);
    const done = await resetAction({
      request: formRequest(new URL(linkIn(mail)).pathname, { password: "een nieuw en lang wachtwoord", confirmPassword: "een nieuw en lang wachtwoord" }),
      params: { token },
      context,
    });
    expect(statusOf(done)).toBe(302);
    expect(getDb().select().from(sessions).where(eq(sessions.userId, user.id)).all()).toHaveLength(0);
    expect(
      getDb()
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.actorUserId, user.id))
        .all()
        .map((e) => e.action),
    ).toContain("password_reset");
    const notices = await mailsTo("reset@partij.nl", 2);
    expect(notices.map((m) => m.subject)).toContain("Uw wachtwoord voor Weerbaar is veranderd");
    // Single use.
    expect(findPasswordReset({ token }).valid).toBe(false);
    expect(await resetPassword({ token, password: "nog een ander lang wachtwoord", ipAddress: "::1" })).toEqual({ ok: false });
    // The old password no longer works, the new one does, and two-step sign-in still follows.
    expect((await signIn({ email: "reset@partij.nl", password: testPassword, ipAddress: "::3" })).status).toBe("invalid");
    const signedIn = await signIn({ email: "reset@partij.nl", password: "een nieuw en lang wachtwoord", ipAddress: "::3" });
    expect(signedIn).toMatchObject({ status: "ok", secondStep: "code" });
  });

  it("lets a link work for one hour, and only the newest link", async () => {
    await makeUser({ organisationId: makeOrganisation().id, role: "contributor", email: "uur@partij.nl" });
    const start = new Date();
    requestPasswordReset({ email: "uur@partij.nl", ipAddress: "::1", now: start });
    const [first] = await mailsTo("uur@partij.nl", 1);
    requestPasswordReset({ email: "uur@partij.nl", ipAddress: "::1", now: start });
    const [, second] = await mailsTo("uur@partij.nl", 2);
    const [older, newer] = [first, second].map((mail) => (mail ? linkIn(mail).split("/").pop() : "") ?? "");
    expect(findPasswordReset({ token: older ?? "" }).valid).toBe(false);
    expect(findPasswordReset({ token: newer ?? "", now: new Date(start.getTime() + passwordResetLifetimeMs - 1000) }).valid).toBe(true);
    expect(findPasswordReset({ token: newer ?? "", now: new Date(start.getTime() + passwordResetLifetimeMs) }).valid).toBe(false);
  });

  it("limits requests per account and per address, without locking the account out of signing in", async () => {
    await makeUser({ organisationId: makeOrganisation().id, role: "contributor", email: "druk@partij.nl" });
    const results = Array.from({ length: 7 }, () => requestPasswordReset({ email: "druk@partij.nl", ipAddress: "203.0.113.5" }).status);
    expect(results.filter((status) => status === "sent")).toHaveLength(5);
    expect(results.slice(5)).toEqual(["locked", "locked"]);
    const locked = await forgotAction({
      request: formRequest("/login/forgot", { email: "druk@partij.nl" }),
      context: { clientAddress: "203.0.113.5" },
      params: {},
    });
    expect(statusOf(locked)).toBe(429);
    expect((await signIn({ email: "druk@partij.nl", password: testPassword, ipAddress: "203.0.113.5" })).status).toBe("ok");
    // Per address: 30 requests for different accounts from one address.
    const many = Array.from({ length: 32 }, (_, i) => requestPasswordReset({ email: `onbekend-${i}@partij.nl`, ipAddress: "203.0.113.9" }).status);
    expect(many.filter((status) => status === "locked")).toHaveLength(2);
  });
});
