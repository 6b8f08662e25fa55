// Changing one's e-mail address over real SMTP: confirmation at the new address, a notice to the old one,
// nothing changes until the link's button is pressed, and the link works once.
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "../../app/db.server";
import { requestEmailChange } from "../../app/models/email-change.server";
import { action as confirmAction, loader as confirmLoader } from "../../app/routes/account.email.$token";
import { emailChanges, users } from "../../db/schema";
import { formRequest, getRequest, makeOrganisation, makeUser, statusOf, testPassword } from "../helpers/factory";
import { registerMailDelivery } from "../helpers/mail-delivery";
import { linkIn } from "../helpers/smtp";

const { mailsTo } = registerMailDelivery();

describe("changing the e-mail address", () => {
  it("asks the new address to confirm, tells the old one, and changes only on confirmation, once", async () => {
    const user = await makeUser({ organisationId: makeOrganisation().id, role: "contributor", email: "oud@partij.nl" });
    const actor = { userId: user.id, email: "oud@partij.nl", ipAddress: "::1" };
    expect(await requestEmailChange({ actor, newEmail: "nieuw@partij.nl", password: "verkeerd wachtwoord" })).toEqual({ status: "invalid" });
    expect(await requestEmailChange({ actor, newEmail: "Nieuw@Partij.nl", password: testPassword })).toEqual({ status: "sent" });
    const [confirm] = await mailsTo("nieuw@partij.nl");
    const [notice] = await mailsTo("oud@partij.nl");
    expect(confirm?.subject).toBe("Bevestig uw nieuwe e-mailadres voor Weerbaar");
    expect(notice?.subject).toBe("Uw e-mailadres voor Weerbaar verandert misschien");
    expect(notice?.text).toContain("nieuw@partij.nl");
    if (!confirm) throw new Error("no mail");
    const token = linkIn(confirm).split("/").pop() ?? "";
    expect(JSON.stringify(getDb().select().from(emailChanges).all())).not.toContain(token);
    // Opening the link (as a mail scanner would) changes nothing.
    confirmLoader({ request: getRequest(new URL(linkIn(confirm)).pathname), params: { token }, context: {} });
    expect(getDb().select({ email: users.email }).from(users).where(eq(users.id, user.id)).get()?.email).toBe("oud@partij.nl");
    const done = confirmAction({ request: formRequest(new URL(linkIn(confirm)).pathname, {}), params: { token }, context: {} });
    expect(statusOf(done)).toBe(302);
    expect(getDb().select({ email: users.email }).from(users).where(eq(users.id, user.id)).get()?.email).toBe("nieuw@partij.nl");
    const again = confirmAction({ request: formRequest(new URL(linkIn(confirm)).pathname, {}), params: { token }, context: {} });
    expect(statusOf(again)).toBe(410);
  });

  it("sends no link for an address that already has an account, and says the same", async () => {
    const org = makeOrganisation();
    const user = await makeUser({ organisationId: org.id, role: "contributor", email: "een@partij.nl" });
    await makeUser({ organisationId: org.id, role: "contributor", email: "bezet@partij.nl" });
    expect(
      await requestEmailChange({ actor: { userId: user.id, email: "een@partij.nl", ipAddress: "::1" }, newEmail: "bezet@partij.nl", password: testPassword }),
    ).toEqual({ status: "sent" });
    expect(await mailsTo("bezet@partij.nl")).toHaveLength(0);
    expect(await mailsTo("een@partij.nl")).toHaveLength(1);
  });
});
