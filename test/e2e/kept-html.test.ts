// A question's help is static: on a page load the page's data leaves it out and the browser keeps the HTML
// the server wrote, and after a navigation in the browser the data carries it. On a private server (an
// autosave changes the demo draft): the help must stay whole through hydration, an autosave and the
// reload of the page's data it brings, a navigation to another domain and back, and on the questionnaire.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openSession, signIn, waitForHydration } from "./browser";
import { demoAssessmentId } from "./demo";
import { startOwnServer, type OwnServer } from "./own-server";

let browser: Browser;
let server: OwnServer;

beforeAll(async () => {
  server = await startOwnServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The data script Remix inlined in the page (what the browser hydrates from). */
function pageData(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll("script")]
      .map((script) => script.textContent ?? "")
      .filter((text) => text.includes("streamController.enqueue"))
      .join("\n"),
  );
}

// React's server render separates adjacent texts with <!-- -->, its browser render does not.
const htmlOf = (all: Element[]) => all.map((element) => element.innerHTML.replaceAll("<!-- -->", ""));
const helpTexts = (page: Page) => page.locator("details.help").evaluateAll(htmlOf);

describe("help kept from the server's HTML", () => {
  it("stays whole on a domain page through an autosave, a navigation to the next domain and back", async () => {
    const { page, problems, context } = await openSession(browser);
    try {
      await signIn(page, server.baseUrl, "it-lead@demo.test");
      const id = await demoAssessmentId(page, server.baseUrl, "draft");
      await page.goto(`${server.baseUrl}/assessments/${id}/domains/accounts`);
      await waitForHydration(page);
      const loaded = await helpTexts(page);
      expect(loaded.length).toBeGreaterThan(3);
      for (const html of loaded) expect(html).toMatch(/<summary>Uitleg en bronnen<\/summary><h3>Waarom is dit belangrijk\?<\/h3><p>.{40,}<\/p>/);
      // The page's data does not carry the help a second time.
      const why = await page.locator("details.help p").first().textContent();
      expect(why?.length).toBeGreaterThan(40);
      expect(await pageData(page)).not.toContain(JSON.stringify(why ?? "").slice(1, 40));

      // Open one help, then change an answer: the autosave reloads the page's data.
      const first = page.locator("details.help").first();
      await first.locator("summary").click();
      const unchecked = page.locator(".question-card").first().locator("input[type=radio]:not(:checked)").first();
      const [saved] = await Promise.all([
        page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname.endsWith("/answers")),
        unchecked.check(),
      ]);
      expect(saved.status()).toBe(200);
      expect(await first.getAttribute("open")).not.toBeNull();
      expect(await helpTexts(page)).toEqual(loaded);
      // The save button posts the form: the page's data is loaded again, now with the help in it.
      const [reloaded] = await Promise.all([
        page.waitForResponse((response) => new URL(response.url()).pathname.endsWith(".data") && response.request().method() === "GET"),
        page.getByRole("button", { name: "Opslaan", exact: true }).click(),
      ]);
      expect(reloaded.status()).toBe(200);
      // (A card whose answer changed is drawn anew with its new revision, so its help closes; its HTML stays.)
      await expect.poll(() => helpTexts(page)).toEqual(loaded);

      // The next domain comes as data only: its help is rendered in the browser, the same as a page load's.
      await page.locator("nav a[href$='/domains/devices']").first().click();
      await page.waitForURL(/\/domains\/devices$/);
      // The address can change before the new domain is drawn: wait until the accounts domain's help is gone.
      await expect
        .poll(async () => {
          const shown = await helpTexts(page);
          return shown.length > 3 && shown.every((html) => !loaded.includes(html));
        })
        .toBe(true);
      const navigated = await helpTexts(page);
      for (const html of navigated) expect(html).toMatch(/<summary>Uitleg en bronnen<\/summary><h3>Waarom is dit belangrijk\?<\/h3><p>.{40,}<\/p>/);
      const devicesPage = await context.newPage();
      await devicesPage.goto(`${server.baseUrl}/assessments/${id}/domains/devices`);
      expect(await helpTexts(devicesPage)).toEqual(navigated);
      await devicesPage.close();

      await page.goBack();
      await page.waitForURL(/\/domains\/accounts(\?|$)/);
      await expect.poll(() => helpTexts(page)).toEqual(loaded);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows every question's help on the questionnaire, loaded or reached by a link", async () => {
    const { page, problems, context } = await openSession(browser);
    try {
      await page.goto(`${server.baseUrl}/questionnaire`);
      await waitForHydration(page);
      const loaded = await page.locator("article .help").evaluateAll(htmlOf);
      expect(loaded.length).toBeGreaterThan(40);
      for (const html of loaded) expect(html).toMatch(/^<h4>Waarom is dit belangrijk\?<\/h4><p>.{40,}<\/p><h4>Hoe pakt u het aan\?<\/h4>/);
      const why = await page.locator("article .help p").first().textContent();
      expect(await pageData(page)).not.toContain(JSON.stringify(why ?? "").slice(1, 40));

      await page.goto(`${server.baseUrl}/`);
      await waitForHydration(page);
      await page.locator("a[href='/questionnaire']").first().click();
      await page.waitForURL(/\/questionnaire$/);
      await expect.poll(async () => (await page.locator("article .help").evaluateAll(htmlOf)).length).toBe(loaded.length);
      const navigated = await page.locator("article .help").evaluateAll(htmlOf);
      const differs = navigated.findIndex((html, index) => html !== loaded[index]);
      expect(differs === -1 ? "" : `${navigated[differs]}\n---\n${loaded[differs]}`).toBe("");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
