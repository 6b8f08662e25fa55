// Browser journeys for signing in: each demo account signs in (JavaScript on and off) and lands on its
// role's home; the invitation pages pass axe-core (every other page is scanned in every-page.test.ts).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectNoAxeViolations, launchBrowser, openSession, signIn, switchLanguage } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const accounts = [
  { email: "it-lead@demo.test", home: "/home", heading: /Welkom, /, roleText: "IT-verantwoordelijke" },
  { email: "campagne@demo.test", home: "/home", heading: /Welkom, /, roleText: "campagneleider" },
  { email: "analist@demo.test", home: "/insights", heading: /Inzichten/, roleText: null },
  { email: "beheer@demo.test", home: "/admin", heading: /Organisaties/, roleText: null },
];

describe.each([true, false])("sign-in with JavaScript %s", (javaScript) => {
  it.each(accounts)("$email lands on $home", async ({ email, home, heading, roleText }) => {
    const { page, context, problems } = await openSession(browser, { javaScript });
    await signIn(page, baseUrl, email);
    expect(new URL(page.url()).pathname).toBe(home);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toMatch(heading);
    if (roleText) expect(await page.locator("main").textContent()).toContain(roleText);
    // Sign out again with the header button (a POST form).
    await Promise.all([page.waitForURL(`${baseUrl}/`), page.getByRole("button", { name: "Uitloggen" }).click()]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("sign-in errors", () => {
  it("shows the same plain message for a wrong password, next to the form, with JavaScript off", async () => {
    const { page, context } = await openSession(browser, { javaScript: false });
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel("E-mailadres").fill("it-lead@demo.test");
    await page.getByLabel("Wachtwoord").fill("dit is niet goed");
    await page.getByRole("button", { name: "Inloggen" }).last().click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Het e-mailadres of het wachtwoord klopt niet.");
    // What was typed stays (except the password), so nothing has to be typed twice.
    expect(await page.getByLabel("E-mailadres").inputValue()).toBe("it-lead@demo.test");
    expect(await page.getByLabel("Wachtwoord").inputValue()).toBe("");
    await context.close();
  });

  it("validates instantly with JavaScript on, with the error tied to the field", async () => {
    const { page, context, problems } = await openSession(browser);
    await page.goto(`${baseUrl}/login`);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === "true" || Boolean(Reflect.get(window, "__remixContext")));
    const email = page.getByLabel("E-mailadres");
    await email.fill("geen-adres");
    await page.getByLabel("Wachtwoord").focus();
    await expect.poll(() => email.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await email.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`#${describedBy.split(" ").pop()}`).textContent()).toContain("naam@partij.nl");
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("language", () => {
  it("switches to English, remembers it, and sets <html lang>", async () => {
    const { page, context } = await openSession(browser, { javaScript: false });
    await page.goto(`${baseUrl}/login`);
    expect(await page.getAttribute("html", "lang")).toBe("nl");
    await switchLanguage(page, "en");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Sign in");
    await page.goto(`${baseUrl}/questionnaire`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("The questionnaire");
    await context.close();
  });
});

describe("invitation journey", () => {
  it("an IT lead invites a colleague, who accepts with JavaScript off and lands home as contributor", async () => {
    const lead = await openSession(browser);
    await signIn(lead.page, baseUrl, "it-lead@demo.test");
    await lead.page.goto(`${baseUrl}/members`);
    await lead.page.getByLabel("E-mailadres van uw collega").fill("nieuwe.collega@demo.test");
    await lead.page.getByRole("button", { name: "Maak uitnodiging" }).click();
    const linkField = lead.page.getByLabel("Uitnodigingslink");
    await expect.poll(() => linkField.inputValue()).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
    const link = await linkField.inputValue();
    await expectNoAxeViolations(lead.page, "members page with invitation");

    // axe needs JavaScript in the page, so the invitation page is scanned in a second, JS-enabled tab;
    // opening the link does not use it up.
    const scan = await openSession(browser);
    await scan.page.goto(link);
    await expectNoAxeViolations(scan.page, "invitation page");
    await scan.page.getByLabel("Kies een wachtwoord").fill("kort");
    await scan.page.getByLabel("Herhaal het wachtwoord").focus();
    await expect.poll(() => scan.page.getByLabel("Kies een wachtwoord").getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(scan.page, "invitation page with an error");

    const colleague = await openSession(browser, { javaScript: false });
    await colleague.page.goto(link);
    await colleague.page.getByLabel("Uw naam").fill("Nieuwe Collega");
    await colleague.page.getByLabel("Kies een wachtwoord").fill("kort");
    await colleague.page.getByLabel("Herhaal het wachtwoord").fill("kort");
    await colleague.page.getByRole("button", { name: "Maak account en doe mee" }).click();
    await expect.poll(() => colleague.page.locator(".error-summary").textContent()).toContain("minstens 12 tekens");
    expect(await colleague.page.getByLabel("Uw naam").inputValue()).toBe("Nieuwe Collega");
    await colleague.page.getByLabel("Kies een wachtwoord").fill("een lange zin als wachtwoord");
    await colleague.page.getByLabel("Herhaal het wachtwoord").fill("een lange zin als wachtwoord");
    await Promise.all([colleague.page.waitForURL(`${baseUrl}/home`), colleague.page.getByRole("button", { name: "Maak account en doe mee" }).click()]);
    expect(await colleague.page.locator("main").textContent()).toContain("medewerker bij Demopartij");

    // The link is single-use.
    const replay = await openSession(browser, { javaScript: false });
    const response = await replay.page.goto(link);
    expect(response?.status()).toBe(410);
    expect(await replay.page.locator("main").textContent()).toContain("al gebruikt");
    for (const session of [lead, scan, colleague, replay]) await session.context.close();
  });
});

describe("organisation switcher", () => {
  it("lets a member of two organisations switch in the header without JavaScript", async () => {
    const { page, context } = await openSession(browser, { javaScript: false });
    await signIn(page, baseUrl, "it-lead@demo.test");
    await page.getByLabel("Organisatie").selectOption({ label: "Demopartij Utrecht" });
    await page.getByRole("button", { name: "Wissel" }).click();
    await expect.poll(() => page.locator("main .lead").textContent()).toContain("Demopartij Utrecht");
    await context.close();
  });
});
