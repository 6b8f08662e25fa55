import fs from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";
import { chromiumPath } from "./chromium-path";
import { demoTotpSecret, nextTotp, twoStepDemoAccounts } from "./totp";

declare global {
  interface Window {
    axe: typeof import("axe-core");
  }
}

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const demoPassword = "weerbaar-demo";

/** Debian's Chromium with the flags this sandboxed, offline machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export type Session = { context: BrowserContext; page: Page; problems: string[] };

/** A fresh browser context; CSP violations and page errors are collected so a test can assert there are none. */
export async function openSession(browser: Browser, { javaScript = true }: { javaScript?: boolean } = {}): Promise<Session> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, locale: "nl-NL" });
  const page = await context.newPage();
  if (!javaScript) pagesWithoutScripts.add(page);
  // Fail on the step that hangs, well inside the test timeout, so the report names it.
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (message.type() === "error" && !/Failed to load resource: the server responded with a status of 4\d\d/.test(text)) problems.push(text);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return { context, page, problems };
}

/**
 * Waits until React has hydrated the page and run its mount effects. Remix suspends the whole root while it
 * decodes the page data; a click or keystroke in that moment makes React try to hydrate synchronously, which
 * can fail with React error #345 ("Root did not complete") in the console while the browser goes on natively.
 * A person cannot click within those milliseconds; a test can, so tests wait.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page
    .waitForFunction(() => {
      const main = document.querySelector("main");
      return Boolean(main && Object.keys(main).some((key) => key.startsWith("__reactFiber$")));
    })
    .catch((error: unknown) => {
      throw new Error(`React never hydrated ${page.url()} (were the build's scripts replaced while the server ran?): ${String(error)}`);
    });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
}

// Pages of sessions opened with JavaScript off: they never hydrate, so nothing waits for it there.
const pagesWithoutScripts = new WeakSet<Page>();

/** True when the page's context runs scripts. */
async function scriptsRun(page: Page): Promise<boolean> {
  if (pagesWithoutScripts.has(page)) return false;
  // A page from elsewhere: with scripts off, evaluate() never returns.
  return Promise.race([page.evaluate(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 2000))]);
}

export async function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  password = demoPassword,
  totpSecret = twoStepDemoAccounts.has(email) ? demoTotpSecret : null,
): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  if (await scriptsRun(page)) await waitForHydration(page);
  await page.getByLabel(/E-mailadres|E-mail address/).fill(email);
  await page.getByLabel(/^Wachtwoord$|^Password$/).fill(password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith("/login") || url.pathname === "/login/code"),
    page
      .getByRole("button", { name: /Inloggen|Sign in/ })
      .last()
      .click(),
  ]);
  if (new URL(page.url()).pathname === "/login/code") {
    if (!totpSecret) throw new Error(`${email} is asked for a two-step code, but the test has no secret for it`);
    await enterTotpCode(page, baseUrl, email, totpSecret);
  }
}

/** The second step of sign-in: a code computed from the secret, as the authenticator app would show it. */
export async function enterTotpCode(page: Page, baseUrl: string, email: string, secret: string): Promise<void> {
  // A code another test file used a moment ago is refused (each code works once): then take the next one.
  for (let attempt = 1; ; attempt++) {
    const { code } = await nextTotp(baseUrl, email, secret);
    // Typing while React still hydrates the page made it report error #345 (the form posts all the same).
    if (await scriptsRun(page)) await waitForHydration(page);
    await page.getByLabel(/^Code uit de app$|^Code from the app$/).fill(code);
    const submitted = page.getByRole("button", { name: /^Ga verder$|^Continue$/ }).click();
    try {
      await Promise.all([page.waitForURL((url) => url.pathname !== "/login/code", { timeout: 5_000 }), submitted]);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** Runs axe-core (WCAG 2.2 A and AA rules) on the current page and fails with a readable list. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  // With JavaScript switched off in the context, evaluate() never returns: say so instead of hanging.
  if (!(await scriptsRun(page))) throw new Error(`axe cannot run on ${label}: JavaScript is off in this browser context; scan it in a JS-enabled one.`);
  // Scan what the person sees: the page after React has taken it over.
  await waitForHydration(page);
  // evaluate() runs through the DevTools protocol, so the page's strict CSP does not block axe.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return result.violations.map((v) => `${v.id} (${v.impact ?? "?"}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
  });
  expect(violations.join("\n"), `axe violations on ${label}`).toBe("");
}

/** Switches the page language with the header button (works with and without JavaScript). */
export async function switchLanguage(page: Page, to: "en" | "nl"): Promise<void> {
  const name = to === "en" ? "English" : "Nederlands";
  if (await scriptsRun(page)) await waitForHydration(page);
  await Promise.all([page.waitForLoadState("load"), page.getByRole("button", { name }).click()]);
  await expect.poll(() => page.getAttribute("html", "lang")).toBe(to);
}
