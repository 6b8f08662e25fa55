// Two-step sign-in in the browser: a new member turns on two-step sign-in with a code computed in the test, signs
// out and in again (with a code, and without JavaScript with a recovery code), and manages their sessions
// and password. Every page of the flow is scanned with axe-core in Dutch and English.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { enterTotpCode, expectNoAxeViolations, launchBrowser, openSession, signIn, switchLanguage } from "./browser";
import { nextTotp, totpAt } from "./totp";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const password = "een lange zin als wachtwoord";

/** The demo IT lead invites a new colleague, who creates their account (the demo accounts stay as they are). */
async function newMember(email: string, name: string): Promise<void> {
  const lead = await openSession(browser);
  await signIn(lead.page, baseUrl, "it-lead@demo.test");
  await lead.page.goto(`${baseUrl}/members`);
  await lead.page.getByLabel("E-mailadres van uw collega").fill(email);
  await lead.page.getByRole("button", { name: "Maak uitnodiging" }).click();
  const linkField = lead.page.getByLabel("Uitnodigingslink");
  await expect.poll(() => linkField.inputValue()).toMatch(/\/invitations\//);
  const link = await linkField.inputValue();
  await lead.context.close();
  const colleague = await openSession(browser, { javaScript: false });
  await colleague.page.goto(link);
  await colleague.page.getByLabel("Uw naam").fill(name);
  await colleague.page.getByLabel("Kies een wachtwoord").fill(password);
  await colleague.page.getByLabel("Herhaal het wachtwoord").fill(password);
  await Promise.all([colleague.page.waitForURL(`${baseUrl}/home`), colleague.page.getByRole("button", { name: "Maak account en doe mee" }).click()]);
  await signOut(colleague.page);
  await colleague.context.close();
}

async function signInWithPassword(page: Page, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await Promise.all([page.waitForURL((url) => url.pathname !== "/login"), page.getByRole("button", { name: "Inloggen" }).last().click()]);
}

async function signOut(page: Page): Promise<void> {
  await Promise.all([page.waitForURL(`${baseUrl}/`), page.getByRole("button", { name: "Uitloggen" }).click()]);
}

async function scanInBothLanguages(page: Page, label: string): Promise<void> {
  await expectNoAxeViolations(page, `${label} (nl)`);
  await switchLanguage(page, "en");
  await expectNoAxeViolations(page, `${label} (en)`);
  await switchLanguage(page, "nl");
}

describe("two-step sign-in", () => {
  it("a member turns it on with a code from the app, signs out, and signs in again with a code and with a recovery code", async () => {
    const email = "twee.stap@demo.test";
    await newMember(email, "Tineke Tweestap");
    const { page, context, problems } = await openSession(browser);
    await signInWithPassword(page, email);
    expect(new URL(page.url()).pathname).toBe("/home");

    // The header leads to the account security page; two-step sign-in is off.
    await Promise.all([page.waitForURL(`${baseUrl}/account/security`), page.getByRole("link", { name: "Accountbeveiliging" }).click()]);
    await expect.poll(() => page.locator("main").textContent()).toContain("Staat uit.");
    await scanInBothLanguages(page, "account security, two-step off");

    await Promise.all([page.waitForURL(`${baseUrl}/account/two-step`), page.getByRole("link", { name: "Zet tweestapsverificatie aan" }).click()]);
    const secret = ((await page.locator("#totp-secret").textContent()) ?? "").replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // The QR code is drawn on the server with attributes only: the CSP forbids inline styles.
    const qr = page.getByRole("img", { name: /QR-code/ });
    expect(await qr.evaluate((svg) => svg.tagName.toLowerCase())).toBe("svg");
    expect((await qr.locator("path").getAttribute("d"))?.length).toBeGreaterThan(100);
    expect(await page.locator("svg [style], svg[style]").count()).toBe(0);
    await scanInBothLanguages(page, "two-step set-up");
    // Switching language does not change the secret the app was given.
    expect(((await page.locator("#totp-secret").textContent()) ?? "").replace(/\s/g, "")).toBe(secret);

    // A wrong code: an error next to the field, and nothing changes.
    const now = Math.floor(Date.now() / 30_000);
    const taken = new Set([now - 1, now, now + 1, now + 2].map((step) => totpAt(secret, step)));
    const wrong = ["000000", "111111", "222222", "333333", "444444"].find((code) => !taken.has(code)) ?? "555555";
    const codeField = page.getByLabel("Code uit de app");
    await codeField.fill(wrong);
    await page.getByRole("button", { name: "Zet tweestapsverificatie aan" }).click();
    await expect.poll(() => page.locator("#field-code-error").textContent()).toContain("Deze code klopt niet");
    expect(await codeField.getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page, "two-step set-up with an error");

    const { code } = await nextTotp(baseUrl, email, secret);
    await codeField.fill(code);
    await Promise.all([page.waitForURL(`${baseUrl}/account/recovery-codes`), page.getByRole("button", { name: "Zet tweestapsverificatie aan" }).click()]);
    const recoveryCodes = await page.locator("main li code").allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    for (const recoveryCode of recoveryCodes) expect(recoveryCode).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    await expectNoAxeViolations(page, "recovery codes (nl)");
    await Promise.all([page.waitForURL(`${baseUrl}/account/security`), page.getByRole("link", { name: "Ik heb ze bewaard, ga verder" }).click()]);
    await expect.poll(() => page.locator("main").textContent()).toContain("Staat aan.");
    expect(await page.locator("main").textContent()).toContain("Ongebruikte herstelcodes: 10.");
    await scanInBothLanguages(page, "account security, two-step on");
    // Shown once: going back to the codes page shows nothing.
    await page.goto(`${baseUrl}/account/recovery-codes`);
    expect(new URL(page.url()).pathname).toBe("/account/security");

    // Sign out and in again: after the password, the code page.
    await signOut(page);
    await signInWithPassword(page, email);
    expect(new URL(page.url()).pathname).toBe("/login/code");
    await scanInBothLanguages(page, "sign-in code page");
    // Until the code is given, other pages are closed.
    await page.goto(`${baseUrl}/members`);
    expect(new URL(page.url()).pathname).toBe("/login/code");
    await enterTotpCode(page, baseUrl, email, secret);
    expect(new URL(page.url()).pathname).toBe("/members");
    expect(problems).toEqual([]);
    await signOut(page);

    // The recovery code form, scanned in a JavaScript-enabled page.
    await signInWithPassword(page, email);
    await Promise.all([page.waitForURL(/recovery=1/), page.getByRole("link", { name: /gebruik een herstelcode/ }).click()]);
    await scanInBothLanguages(page, "sign-in code page, recovery code");
    await context.close();

    // Without JavaScript, with a recovery code: it works once.
    const noScript = await openSession(browser, { javaScript: false });
    await signInWithPassword(noScript.page, email);
    await noScript.page.getByRole("link", { name: /gebruik een herstelcode/ }).click();
    await noScript.page.getByLabel("Herstelcode").fill(recoveryCodes[0] ?? "");
    await Promise.all([
      noScript.page.waitForURL(/\/account\/security\?notice=recovery-used/),
      noScript.page.getByRole("button", { name: "Ga verder" }).click(),
    ]);
    expect(await noScript.page.locator("main").textContent()).toContain("Ongebruikte herstelcodes: 9.");
    await signOut(noScript.page);
    await signInWithPassword(noScript.page, email);
    await noScript.page.getByLabel("Code uit de app").fill(recoveryCodes[0] ?? "");
    await noScript.page.getByRole("button", { name: "Ga verder" }).click();
    await expect.poll(() => noScript.page.locator("#field-code-error").textContent()).toContain("al gebruikt");
    expect(new URL(noScript.page.url()).pathname).toBe("/login/code");
    await noScript.context.close();
  });

  it("lists sessions, ends another one, and changes the password, all without JavaScript", async () => {
    const email = "sessies@demo.test";
    await newMember(email, "Sem Sessie");
    const laptop = await openSession(browser, { javaScript: false });
    const phone = await openSession(browser, { javaScript: false });
    await signInWithPassword(laptop.page, email);
    await signInWithPassword(phone.page, email);
    await laptop.page.goto(`${baseUrl}/account/security`);
    const rows = laptop.page.locator("table tbody tr");
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.filter({ hasText: "(dit apparaat)" }).count()).toBe(1);
    await rows
      .filter({ hasNotText: "(dit apparaat)" })
      .getByRole("button", { name: /^Log uit/ })
      .click();
    await expect.poll(() => laptop.page.locator(".notice").textContent()).toContain("Dat apparaat is uitgelogd.");
    await expect.poll(() => rows.count()).toBe(1);
    await phone.page.goto(`${baseUrl}/home`);
    expect(new URL(phone.page.url()).pathname).toBe("/login");

    // Password: the current one is needed.
    const newPassword = "een ander lang wachtwoord";
    await laptop.page.getByLabel("Huidig wachtwoord").fill("niet het goede wachtwoord");
    await laptop.page.getByLabel("Nieuw wachtwoord").fill(newPassword);
    await laptop.page.getByLabel("Herhaal het nieuwe wachtwoord").fill(newPassword);
    await laptop.page.getByRole("button", { name: "Wijzig wachtwoord" }).click();
    await expect.poll(() => laptop.page.locator("#field-currentPassword-error").textContent()).toContain("klopt niet");
    await laptop.page.getByLabel("Huidig wachtwoord").fill(password);
    await laptop.page.getByLabel("Nieuw wachtwoord").fill(newPassword);
    await laptop.page.getByLabel("Herhaal het nieuwe wachtwoord").fill(newPassword);
    await Promise.all([laptop.page.waitForURL(/notice=password/), laptop.page.getByRole("button", { name: "Wijzig wachtwoord" }).click()]);
    expect(await laptop.page.locator(".notice").textContent()).toContain("Uw wachtwoord is gewijzigd.");
    await laptop.context.close();
    await phone.context.close();

    // The security page with an error, scanned with JavaScript on.
    const scan = await openSession(browser);
    await scan.page.goto(`${baseUrl}/login`);
    await scan.page.getByLabel("E-mailadres").fill(email);
    await scan.page.getByLabel("Wachtwoord").fill(newPassword);
    await Promise.all([scan.page.waitForURL(`${baseUrl}/home`), scan.page.getByRole("button", { name: "Inloggen" }).last().click()]);
    await scan.page.goto(`${baseUrl}/account/security`);
    await scan.page.getByLabel("Huidig wachtwoord").fill("fout");
    await scan.page.getByLabel("Nieuw wachtwoord").fill("kort");
    await scan.page.getByLabel("Herhaal het nieuwe wachtwoord").focus();
    await expect.poll(() => scan.page.getByLabel("Nieuw wachtwoord").getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(scan.page, "account security with an error");
    expect(scan.problems).toEqual([]);
    await scan.context.close();
  });

  it("over HTTP: a half-finished sign-in opens nothing else, and odd input gets no 500", async () => {
    const login = await fetch(`${baseUrl}/login`, {
      method: "POST",
      headers: { Origin: baseUrl },
      body: new URLSearchParams({ email: "analist@demo.test", password: "weerbaar-demo" }),
      redirect: "manual",
    });
    expect(login.status).toBe(302);
    expect(login.headers.get("location")).toBe("/login/code?redirectTo=%2Finsights");
    const pending = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    for (const url of ["/insights", "/insights.csv", "/account/security", "/home"]) {
      const response = await fetch(`${baseUrl}${url}`, { headers: { Cookie: pending }, redirect: "manual" });
      expect(response.status, url).toBe(302);
      expect(response.headers.get("location"), url).toMatch(/^\/login\/code\?redirectTo=/);
    }
    const odd: Array<[string, RequestInit]> = [
      ["/login/code", { method: "POST", body: new URLSearchParams({ code: "x".repeat(5000) }), headers: { Cookie: pending } }],
      ["/login/code", { method: "POST", body: JSON.stringify({ code: 1 }), headers: { Cookie: pending, "Content-Type": "application/json" } }],
      ["/login/code", { method: "POST", body: new URLSearchParams({ code: "123456" }) }],
      ["/account/two-step", { method: "POST", body: new URLSearchParams({ code: "abc" }), headers: { Cookie: pending } }],
      [
        "/account/security/sessions",
        { method: "POST", body: new URLSearchParams({ intent: "end-session", handle: "../../etc" }), headers: { Cookie: pending } },
      ],
      ["/account/recovery-codes", { method: "GET", headers: { Cookie: `${pending}; weerbaar-codes=garbage` } }],
    ];
    for (const [url, init] of odd) {
      // As a browser sends them: from our own pages.
      const response = await fetch(`${baseUrl}${url}`, { ...init, headers: { Origin: baseUrl, ...init.headers }, redirect: "manual" });
      expect(response.status, url).toBeGreaterThanOrEqual(200);
      expect(response.status, url).toBeLessThan(500);
    }
    // The malformed attempts above were not codes: the right one still gets in.
    const { code } = await nextTotp(baseUrl, "analist@demo.test");
    const second = await fetch(`${baseUrl}/login/code`, {
      method: "POST",
      headers: { Origin: baseUrl, Cookie: pending },
      body: new URLSearchParams({ code, redirectTo: "/insights" }),
      redirect: "manual",
    });
    expect(second.status).toBe(302);
    expect(second.headers.get("location")).toBe("/insights");
    const full = (second.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(full).not.toBe(pending);
    expect((await fetch(`${baseUrl}/insights`, { headers: { Cookie: full }, redirect: "manual" })).status).toBe(200);
    expect((await fetch(`${baseUrl}/insights`, { headers: { Cookie: pending }, redirect: "manual" })).status).toBe(302);
    const security = await fetch(`${baseUrl}/account/security/sessions`, {
      method: "POST",
      headers: { Origin: baseUrl, Cookie: full },
      body: new URLSearchParams({ intent: "nonsense" }),
      redirect: "manual",
    });
    expect(security.status).toBe(400);
  });

  it("the demo admin signs in with the demo secret and sees the security page in both languages", async () => {
    const { page, context, problems } = await openSession(browser);
    await signIn(page, baseUrl, "beheer@demo.test");
    expect(new URL(page.url()).pathname).toBe("/admin");
    await page.goto(`${baseUrl}/account/security`);
    expect(await page.locator("main").textContent()).toContain("Nieuwe telefoon of app");
    await scanInBothLanguages(page, "account security, admin");
    expect(problems).toEqual([]);
    await context.close();
  });
});
