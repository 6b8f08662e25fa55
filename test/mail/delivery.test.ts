// Delivery over real SMTP: the outbox worker against an smtp-server started here, mail parsed with
// mailparser. No mocked transport.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "../../app/db.server";
import { startMailWorker, type MailWorker } from "../../app/jobs/mail-worker.server";
import { createMailTransport } from "../../app/mail/transport.server";
import { findInvitation, revokeInvitation } from "../../app/models/invitations.server";
import { claimNextMail, claimLeaseMs, getOutboxHealth, maxDeliveryAttempts } from "../../app/models/outbox.server";
import { inviteMember } from "../../app/models/team.server";
import { getConfig } from "../../app/utils/config.server";
import { outbox, users } from "../../db/schema";
import { makeOrganisation, makeUser } from "../helpers/factory";
import { linkIn, startTestSmtp, type TestSmtp } from "../helpers/smtp";

let smtp: TestSmtp | null = null;
let worker: MailWorker | null = null;
let now = new Date();

beforeEach(() => {
  getDb().delete(outbox).run();
  now = new Date(Date.now() + 1000);
});
afterEach(async () => {
  await worker?.stop();
  await smtp?.close();
  worker = null;
  smtp = null;
});

function startWorker(url: string) {
  // A long poll: the tests drain explicitly, with their own clock.
  worker = startMailWorker({ config: { ...getConfig(), smtpUrl: url }, pollMs: 60_000, clock: () => now });
  return worker;
}

async function invite(email: string) {
  const org = makeOrganisation({ name: `Partij ${email}` });
  const lead = await makeUser({ organisationId: org.id, role: "it_lead", name: "Ilse Lead" });
  const result = inviteMember({ actor: { userId: lead.id, organisationId: org.id, ipAddress: "::1" }, email, role: "contributor" });
  if (!result.ok) throw new Error("invite failed");
  return { org, lead, token: result.token };
}

describe("mail delivery", () => {
  it("mails an invitation in Dutch with a working link, a Message-ID and both text and HTML", async () => {
    smtp = await startTestSmtp();
    const { token, org } = await invite("nieuw-lid@partij.nl");
    // The token is in the outbox only sealed.
    expect(JSON.stringify(getDb().select().from(outbox).all())).not.toContain(token);
    await startWorker(smtp.url).drain();
    const [mail] = await smtp.waitForMessages(1);
    expect(mail?.subject).toBe(`Uitnodiging voor ${org.name} in Weerbaar`);
    expect(mail?.to && "text" in mail.to ? mail.to.text : "").toBe("nieuw-lid@partij.nl");
    expect(mail?.from?.text).toContain("noreply@localhost");
    expect(mail?.messageId).toMatch(/^<[A-Za-z0-9_-]+@localhost>$/);
    expect(mail?.text).toContain("Ilse Lead nodigt u uit om als medewerker mee te doen");
    expect(mail?.html).toContain('<html lang="nl">');
    expect(mail?.headers.get("auto-submitted")).toBe("auto-generated");
    if (!mail) throw new Error("no mail");
    const link = linkIn(mail);
    expect(link).toBe(`http://localhost:3000/invitations/${token}`);
    expect(findInvitation({ token: link.split("/").pop() ?? "" }).status).toBe("valid");
    // Once sent, only the fact remains: the sealed content is gone.
    const row = getDb().select().from(outbox).get();
    expect(row).toMatchObject({ status: "sent", sealedMessage: null, attempts: 1 });
  });

  it("writes the invitation in English for an existing account that reads English", async () => {
    smtp = await startTestSmtp();
    const org = makeOrganisation();
    const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
    const other = await makeUser({ organisationId: makeOrganisation().id, role: "contributor", email: "english-reader@partij.nl" });
    getDb().update(users).set({ mailLanguage: "en" }).where(eq(users.id, other.id)).run();
    inviteMember({ actor: { userId: lead.id, organisationId: org.id, ipAddress: "::1" }, email: "english-reader@partij.nl", role: "campaign_manager" });
    await startWorker(smtp.url).drain();
    const [mail] = await smtp.waitForMessages(1);
    expect(mail?.subject).toBe(`Invitation to ${org.name} in Weerbaar`);
    expect(mail?.text).toContain("as campaign manager");
  });

  it("sends nothing for an invitation revoked before delivery", async () => {
    smtp = await startTestSmtp();
    const { org } = await invite("ingetrokken@partij.nl");
    const invitation = getDb().select().from(outbox).get();
    expect(invitation?.subjectRef).toMatch(/^invitation:/);
    expect(revokeInvitation({ organisationId: org.id, invitationId: invitation?.subjectRef?.slice("invitation:".length) ?? "" })).toBe(true);
    await startWorker(smtp.url).drain();
    expect(smtp.messages).toHaveLength(0);
    expect(getDb().select().from(outbox).get()).toMatchObject({ status: "failed", sealedMessage: null });
  });

  it("inviting the same address again stops the older mail, so only the link that works arrives", async () => {
    smtp = await startTestSmtp();
    const { org, lead } = await invite("opnieuw@partij.nl");
    const again = inviteMember({ actor: { userId: lead.id, organisationId: org.id, ipAddress: "::1" }, email: "opnieuw@partij.nl", role: "contributor" });
    if (!again.ok) throw new Error("invite failed");
    await startWorker(smtp.url).drain();
    const [mail] = await smtp.waitForMessages(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.messages).toHaveLength(1);
    expect(mail ? linkIn(mail) : "").toBe(`http://localhost:3000/invitations/${again.token}`);
  });

  it("retries with back-off while the mail server refuses, then delivers exactly once", async () => {
    smtp = await startTestSmtp({ refuseFirst: 2 });
    await invite("geduld@partij.nl");
    const running = startWorker(smtp.url);
    await running.drain();
    expect(smtp.refused()).toBe(1);
    let health = getOutboxHealth();
    expect(health).toMatchObject({ waiting: 1, retrying: 1, failed: 0 });
    expect(health.problems[0]?.lastError).toContain("451");
    // Not due yet: the first retry waits 30 seconds.
    now = new Date(now.getTime() + 10_000);
    await running.drain();
    expect(smtp.refused()).toBe(1);
    now = new Date(now.getTime() + 25_000);
    await running.drain();
    expect(smtp.refused()).toBe(2);
    // The second retry waits a minute.
    now = new Date(now.getTime() + 61_000);
    await running.drain();
    await smtp.waitForMessages(1);
    now = new Date(now.getTime() + 60 * 60 * 1000);
    await running.drain();
    expect(smtp.messages).toHaveLength(1);
    health = getOutboxHealth();
    expect(health).toMatchObject({ waiting: 0, retrying: 0, failed: 0 });
    expect(getDb().select().from(outbox).get()).toMatchObject({ status: "sent", attempts: 3 });
  });

  it("gives a message up after the last attempt and shows the operator the count and the error, not the content", async () => {
    const { token } = await invite("onbereikbaar@partij.nl");
    // A port where nothing listens.
    const closed = await startTestSmtp();
    const url = closed.url;
    await closed.close();
    const running = startWorker(url);
    for (let attempt = 0; attempt < maxDeliveryAttempts; attempt++) {
      await running.drain();
      now = new Date(now.getTime() + 7 * 60 * 60 * 1000);
    }
    const health = getOutboxHealth();
    expect(health).toMatchObject({ waiting: 0, failed: 1 });
    expect(health.problems[0]).toMatchObject({ kind: "invitation", status: "failed", attempts: maxDeliveryAttempts });
    expect(health.problems[0]?.lastError).toMatch(/ECONNREFUSED/);
    expect(JSON.stringify(health)).not.toContain(token);
    expect(JSON.stringify(health)).not.toContain("onbereikbaar");
  });

  it("delivers a message again, with the same Message-ID, when the process died between acceptance and marking", async () => {
    smtp = await startTestSmtp();
    await invite("dubbel@partij.nl");
    // What a worker does up to the crash: claim and deliver, but never mark sent.
    const transport = createMailTransport({ config: { ...getConfig(), smtpUrl: smtp.url } });
    const claimed = claimNextMail({ now });
    if (!claimed?.content) throw new Error("nothing claimed");
    await transport.deliver({ id: claimed.id, kind: claimed.kind, recipient: claimed.recipient, content: claimed.content });
    transport.close();
    // While the claim holds, no other worker takes it.
    expect(claimNextMail({ now: new Date(now.getTime() + claimLeaseMs - 1000) })).toBeNull();
    now = new Date(now.getTime() + claimLeaseMs + 1000);
    await startWorker(smtp.url).drain();
    const mails = await smtp.waitForMessages(2);
    expect(mails).toHaveLength(2);
    expect(mails[0]?.messageId).toBe(mails[1]?.messageId);
    expect(getDb().select().from(outbox).get()).toMatchObject({ status: "sent", attempts: 2 });
  });
});
