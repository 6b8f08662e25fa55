// Mail against the real server process and a real SMTP server (smtp-server, started here): the outbox
// survives a crash between commit and delivery, and a forgotten password is recovered in the browser,
// with JavaScript on and off, by following the link that arrived by mail.
import Database from "better-sqlite3";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/server-process";
import { linkIn, startTestSmtp, type TestSmtp } from "../helpers/smtp";
import { demoPassword, expectNoAxeViolations, launchBrowser, openSession, signIn, waitForHydration } from "./browser";
import { startOwnServer, type OwnServer } from "./own-server";

function readOutbox(databasePath: string): Array<{ kind: string; recipient: string; status: string; attempts: number }> {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare("select kind, recipient, status, attempts from outbox")
      .all()
      .flatMap((row) => {
        if (!row || typeof row !== "object") return [];
        const { kind, recipient, status, attempts } = { kind: "", recipient: "", status: "", attempts: -1, ...row };
        return [{ kind: String(kind), recipient: String(recipient), status: String(status), attempts: Number(attempts) }];
      });
  } finally {
    db.close();
  }
}

async function until<T>(what: string, probe: () => T | undefined | null | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function signInOverHttp(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/login`, {
    method: "POST",
    headers: { Origin: baseUrl },
    body: new URLSearchParams({ email, password: demoPassword }),
    redirect: "manual",
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (response.status !== 302 || !cookie) throw new Error(`sign-in failed: ${response.status}`);
  return cookie;
}

describe("the outbox across a crash", () => {
  let server: OwnServer | null = null;
  let smtp: TestSmtp | null = null;
  afterAll(async () => {
    await server?.stop();
    await smtp?.close();
  });

  it("delivers an invitation committed before a kill -9 exactly once, after the restart", async () => {
    // The mail server is down: the invitation is committed, its delivery fails.
    const smtpPort = await freePort();
    const env = { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, WEERBAAR_QUIET: "0" };
    server = await startOwnServer({ env });
    expect(server.output()).toContain(`mail goes to SMTP 127.0.0.1:${smtpPort}`);
    const cookie = await signInOverHttp(server.baseUrl, "it-lead@demo.test");
    const invited = await fetch(`${server.baseUrl}/members/invitations`, {
      method: "POST",
      headers: { Origin: server.baseUrl, Cookie: cookie },
      body: new URLSearchParams({ intent: "invite", email: "na-de-crash@partij.nl", role: "contributor" }),
    });
    expect(invited.status).toBe(200);
    const { databasePath, baseUrl } = server;
    await until("a failed delivery attempt", () =>
      readOutbox(databasePath).find((row) => row.recipient === "na-de-crash@partij.nl" && row.attempts >= 1 && row.status === "pending"),
    );
    await server.crash();

    smtp = await startTestSmtp({ port: smtpPort });
    server = await startOwnServer({ env, databasePath, port: Number(new URL(baseUrl).port) });
    const arrived = smtp;
    await until("the invitation mail", () => arrived.messagesTo("na-de-crash@partij.nl").length > 0);
    // Time for a second delivery, were there going to be one.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const mails = arrived.messagesTo("na-de-crash@partij.nl");
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    if (!mail) throw new Error("no mail");
    expect(mail.subject).toMatch(/^Uitnodiging voor /);
    expect(readOutbox(databasePath).find((row) => row.recipient === "na-de-crash@partij.nl")?.status).toBe("sent");
    // The link in the mail opens the invitation.
    const page = await fetch(linkIn(mail));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("na-de-crash@partij.nl");
  });
});

describe("wachtwoord vergeten in the browser", () => {
  let server: OwnServer;
  let smtp: TestSmtp;
  let browser: Browser;
  beforeAll(async () => {
    smtp = await startTestSmtp();
    server = await startOwnServer({ env: { SMTP_URL: smtp.url } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  it.each([
    { javaScript: true, email: "analist@demo.test" },
    { javaScript: false, email: "beheer@demo.test" },
  ])("from the sign-in page to a new password (JavaScript $javaScript), two-step sign-in still asked", async ({ javaScript, email }) => {
    const { page, problems, context } = await openSession(browser, { javaScript });
    try {
      await page.goto(`${server.baseUrl}/login`);
      if (javaScript) await waitForHydration(page);
      await Promise.all([page.waitForURL("**/login/forgot"), page.getByRole("link", { name: "Wachtwoord vergeten?" }).click()]);
      if (javaScript) await expectNoAxeViolations(page, "forgot password");
      if (javaScript) await waitForHydration(page);
      await page.getByLabel("E-mailadres").fill(email);
      await page.getByRole("button", { name: "Stuur de link" }).click();
      await page.getByText(`Als er een account is met het adres ${email}`).waitFor();

      const mail = await until("the reset mail", () => smtp.messagesTo(email)[0]);
      expect(mail.subject).toBe("Nieuw wachtwoord kiezen voor Weerbaar");
      await page.goto(linkIn(mail));
      if (javaScript) await expectNoAxeViolations(page, "reset password");
      if (javaScript) await waitForHydration(page);
      const newPassword = `zeven lange woorden op een rij ${javaScript ? "met" : "zonder"} scripts`;
      await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(newPassword);
      await page.getByLabel("Nieuw wachtwoord nog een keer").fill(newPassword);
      await Promise.all([page.waitForURL("**/login?reset=1"), page.getByRole("button", { name: "Wachtwoord opslaan" }).click()]);
      await page.getByText("Uw nieuwe wachtwoord is ingesteld").waitFor();

      // The new password works, and the two-step code is still asked for (signIn fails otherwise).
      await signIn(page, server.baseUrl, email, newPassword);
      expect(new URL(page.url()).pathname).not.toMatch(/^\/login/);
      const notice = await until("the password-changed notice", () =>
        smtp.messagesTo(email).find((m) => m.subject === "Uw wachtwoord voor Weerbaar is veranderd"),
      );
      expect(notice.text).not.toContain(newPassword);
      // The link works once.
      await page.goto(linkIn(mail));
      await page.getByText("Deze link werkt niet meer").waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
