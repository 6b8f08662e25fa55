// The JavaScript each page loads before it works (docs/decisions/009 and 020): `npm run bench:js`'s count
// for every page of the build is within the budget, and a browser loading a page fetches exactly the
// chunks that count names, no more, before anyone touches it. A form's check arrives on its first input,
// and what was typed before it arrived is kept.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { measurePages, pageBudgetBytes, pagesOverBudget, type PageWeight } from "../../scripts/js-per-page";
import { launchBrowser, openSession, signIn, waitForHydration } from "./browser";
import { findDemoIds } from "./pages";

const baseUrl = inject("baseUrl");
let browser: Browser;
let pages: PageWeight[];

beforeAll(async () => {
  browser = await launchBrowser();
  pages = measurePages();
});
afterAll(async () => {
  await browser?.close();
});

/** The same-origin JavaScript the page fetches from its address until it has hydrated and the network is quiet. */
async function scriptsFetchedBy({ page, path }: { page: Page; path: string }): Promise<string[]> {
  const fetched = new Set<string>();
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === baseUrl && (request.resourceType() === "script" || url.pathname.endsWith(".js"))) fetched.add(url.pathname);
  });
  await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
  await waitForHydration(page);
  await page.waitForLoadState("networkidle");
  return [...fetched].sort();
}

/** The language cookie as the app writes it (Remix: JSON, then base64). */
function languageCookie(language: "nl" | "en") {
  const value = encodeURIComponent(Buffer.from(JSON.stringify(language)).toString("base64"));
  return { name: "weerbaar-lang", value, domain: new URL(baseUrl).hostname, path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" as const };
}

function counted(routeId: string): string[] {
  const page = pages.find((measured) => measured.routeId === routeId);
  if (!page) throw new Error(`no page ${routeId} in the build`);
  return [...page.chunks].sort();
}

describe("JavaScript per page", () => {
  it("stays within the budget on every page of the build", () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(pagesOverBudget({ pages }).map((page) => `${page.path}: ${page.gzipBytes} bytes`)).toEqual([]);
    for (const page of pages) expect(page.gzipBytes, page.path).toBeLessThanOrEqual(pageBudgetBytes);
  });

  it("counts exactly what a browser fetches before the page is touched, signed out", async () => {
    for (const [path, routeId] of [
      ["/", "routes/_index"],
      ["/login", "routes/login"],
      ["/login/forgot", "routes/login_.forgot"],
      ["/questionnaire", "routes/questionnaire"],
    ] as const) {
      const { page, context, problems } = await openSession(browser);
      expect(await scriptsFetchedBy({ page, path }), path).toEqual(counted(routeId));
      expect(problems, path).toEqual([]);
      await context.close();
    }
  });

  it("counts exactly what a browser fetches before the page is touched, signed in, in both languages", async () => {
    const ids = await findDemoIds(browser, baseUrl);
    const signedIn = await openSession(browser);
    await signIn(signedIn.page, baseUrl, "it-lead@demo.test");
    const storageState = await signedIn.context.storageState();
    await signedIn.context.close();
    for (const language of ["nl", "en"] as const) {
      for (const [path, routeId] of [
        ["/home", "routes/home"],
        ["/members", "routes/members._index"],
        ["/account/security", "routes/account.security._index"],
        [`/assessments/${ids.draft}`, "routes/assessments.$id._index"],
        [`/assessments/${ids.draft}/domains/${ids.domains[0] ?? ""}`, "routes/assessments.$id.domains.$domain"],
        [`/assessments/${ids.submitted}/plan`, "routes/assessments.$id.plan"],
      ] as const) {
        const context = await browser.newContext({
          storageState: { ...storageState, cookies: [...storageState.cookies, languageCookie(language)] },
        });
        const page = await context.newPage();
        const problems: string[] = [];
        page.on("pageerror", (error) => problems.push(error.message));
        page.on("console", (message) => {
          if (message.type() === "error") problems.push(message.text());
        });
        const fetched = await scriptsFetchedBy({ page, path });
        // The count takes the language whose messages weigh more; the other language's chunk has the same name.
        const expected = counted(routeId).map((url) => url.replace(/_messages-(nl|en)-/, `_messages-${language}-`));
        expect(
          fetched.map((url) => url.replace(/-[\w-]{8}\.js$/, "")),
          `${language} ${path}`,
        ).toEqual(expected.map((url) => url.replace(/-[\w-]{8}\.js$/, "")));
        expect(await page.locator("html").getAttribute("lang")).toBe(language);
        expect(problems, `${language} ${path}`).toEqual([]);
        await context.close();
      }
    }
  });
});

describe("messages on navigation", () => {
  it("loads the next page's messages before it shows it, when the page changes without a full load", async () => {
    const { page, context, problems } = await openSession(browser);
    await signIn(page, baseUrl, "it-lead@demo.test");
    await waitForHydration(page);
    const scripts: string[] = [];
    page.on("request", (request) => scripts.push(new URL(request.url()).pathname));
    await Promise.all([page.waitForURL(`${baseUrl}/members`), page.getByRole("link", { name: "Leden" }).first().click()]);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Leden");
    expect(scripts.some((path) => /^\/assets\/_messages-nl-routes_members__index-[\w-]+\.js$/.test(path))).toBe(true);
    // No text of the page is a bare message key (what useT shows for a message that did not arrive).
    expect(await page.locator("main").textContent()).not.toMatch(/\b(members|errors|role)\.[a-z][\w.]*\b/);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("a form's check in the browser", () => {
  it("loads on the first input, keeps what was typed before it arrived, and then checks the form", async () => {
    const { page, context, problems } = await openSession(browser);
    await page.goto(`${baseUrl}/login`);
    await waitForHydration(page);
    // The check is held back until the test lets it through, as on a slow connection.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const later: string[] = [];
    await page.route(/\/assets\/form-check-[\w-]+\.js$/, async (route) => {
      later.push(new URL(route.request().url()).pathname);
      await held;
      await route.continue();
    });
    const email = page.getByLabel("E-mailadres");
    await email.fill("niet-een-adres");
    await page.getByLabel("Wachtwoord").focus();
    await expect.poll(() => later.length).toBe(1);
    expect(await email.inputValue()).toBe("niet-een-adres");
    release();
    // The field left before the check arrived is checked once it is there; nothing typed is lost.
    await expect.poll(() => page.locator("#field-email-error").textContent()).toBe("Vul een e-mailadres in zoals naam@partij.nl.");
    expect(await email.inputValue()).toBe("niet-een-adres");
    await email.fill("it-lead@demo.test");
    await expect.poll(() => page.locator("#field-email-error").count()).toBe(0);
    await page.getByLabel("Wachtwoord").fill("weerbaar-demo");
    await Promise.all([page.waitForURL(`${baseUrl}/home`), page.getByRole("button", { name: "Inloggen" }).last().click()]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps a choice made before the check arrived (a radio button, a checkbox)", async () => {
    const { page, context, problems } = await openSession(browser);
    await signIn(page, baseUrl, "it-lead@demo.test");
    await page.goto(`${baseUrl}/assessments/new`);
    await waitForHydration(page);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let arrived = false;
    await page.route(/\/assets\/form-check-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
      arrived = true;
    });
    const custom = page.getByRole("radio", { name: "Een andere verkiezing of datum" });
    await custom.check();
    const carryOver = page.getByLabel("Neem de antwoorden over uit de laatst ingediende zelftest");
    await carryOver.check();
    release();
    await expect.poll(() => arrived).toBe(true);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(await custom.isChecked()).toBe(true);
    expect(await carryOver.isChecked()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("stops a form with an error on submit, even when the check had not loaded yet", async () => {
    const { page, context } = await openSession(browser);
    await page.goto(`${baseUrl}/login`);
    await waitForHydration(page);
    const requests: string[] = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    await page.getByRole("button", { name: "Inloggen" }).last().click();
    await expect.poll(() => page.locator("#field-email-error").textContent()).toBe("Vul uw e-mailadres in.");
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(requests.some((path) => /\/assets\/form-check-/.test(path))).toBe(true);
    expect(requests.filter((path) => path.startsWith("/login") && !path.endsWith(".js"))).toEqual([]);
    await context.close();
  });
});
