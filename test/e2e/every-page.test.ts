// Every page each role can reach (pages.ts), in Dutch and English: axe-core finds no WCAG 2.2 A/AA violation;
// the page does not scroll sideways at 320 and 640 CSS pixels (400 % and 200 % zoom of a 1280-pixel window),
// nor at 320 pixels with WCAG text spacing, nor with text at twice its size in a 1280-pixel window; tabbing
// through it at 320×680 (and, in Dutch, at 1280×800 where something is fixed or sticky) never puts focus
// under a fixed or sticky element; and a full-page screenshot at 320 pixels (Dutch) is saved in
// test-artifacts/screens-320/ (or $E2E_ARTIFACTS/screens-320/) for people to look at.
//
// Read only: the server is shared with the other e2e files, and nothing here submits a form.
import fs from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectNoAxeViolations, launchBrowser, openSession, signIn, switchLanguage, waitForHydration, type Session } from "./browser";
import { applyTextStyle, expectFocusNeverHidden, expectNoHorizontalOverflow, saveScreenshot, screenshotDir } from "./layout";
import { findDemoIds, pagesByRole, resolvePath, type DemoIds } from "./pages";
import { nl } from "../../app/i18n/nl";
import type { Page } from "playwright-core";

const baseUrl = inject("baseUrl");
let browser: Browser;
let ids: DemoIds;

beforeAll(async () => {
  browser = await launchBrowser();
  ids = await findDemoIds(browser, baseUrl);
  fs.rmSync(screenshotDir, { recursive: true, force: true });
});
afterAll(async () => {
  await browser?.close();
});

const desktop = { width: 1280, height: 800 };
const messageKeys = new Set(Object.keys(nl));

/**
 * Message keys the page shows instead of their text: in its visible text or in an attribute a screen reader
 * reads. Each page's browser code gets only the messages found for it (ADR 009), so a key the build missed
 * would show up here after hydration.
 */
async function keysShownOn(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found = [document.body.innerText, document.title];
    for (const element of document.querySelectorAll("[aria-label], [title], [placeholder], [alt], [aria-description]"))
      for (const name of ["aria-label", "title", "placeholder", "alt", "aria-description"]) found.push(element.getAttribute(name) ?? "");
    return found;
  });
  const words = texts.flatMap((text) => text.match(/[a-zA-Z][\w-]*(?:\.[\w-]+)+/g) ?? []);
  return [...new Set(words.filter((word) => messageKeys.has(word)))];
}
const phone = { width: 320, height: 680 };

describe.each(pagesByRole)("every page of the $role", ({ role, email, paths }) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(browser);
    await session.page.setViewportSize(desktop);
    // One sign-in per role: a two-step code works once, so a second sign-in would wait for the next one.
    if (email) await signIn(session.page, baseUrl, email);
  });
  afterAll(async () => {
    await session?.context.close();
  });

  for (const language of ["nl", "en"] as const) {
    it(`passes axe, reflows and keeps focus in view, in ${language}`, async () => {
      const { page, problems } = session;
      if (language === "en") await switchLanguage(page, "en");
      for (const url of paths.flatMap((template) => resolvePath(template, ids))) {
        const label = `${url} (${role}, ${language})`;
        await page.setViewportSize(desktop);
        const response = await page.goto(`${baseUrl}${url}`);
        expect(response?.status(), label).toBe(200);
        expect(await page.getAttribute("html", "lang"), label).toBe(language);
        await waitForHydration(page);
        expect(await keysShownOn(page), `${label}: message keys shown instead of text`).toEqual([]);
        await expectNoAxeViolations(page, label);
        // Tabbing costs a key press per stop: on a desktop only where something is fixed or sticky (the save bar
        // was), and once, since the desktop layout does not change with the language. On a phone always.
        if (language === "nl") await expectFocusNeverHidden(page, `${label} at 1280×800`, { onlyIfSomethingSticks: true });

        const bigText = await applyTextStyle(page, "double-size");
        await expectNoHorizontalOverflow(page, `${label} at 1280 px with text at 200 %`);
        await bigText.undo();

        await page.setViewportSize({ width: 640, height: 680 });
        await expectNoHorizontalOverflow(page, `${label} at 640 px`);

        await page.setViewportSize(phone);
        await expectNoHorizontalOverflow(page, `${label} at 320 px`);
        if (language === "nl")
          await saveScreenshot(page, `${role}-${url.replace(ids.draft, "draft").replace(ids.submitted, "submitted").replace(ids.branch, "branch")}`);
        const spacing = await applyTextStyle(page, "spacing");
        await expectNoHorizontalOverflow(page, `${label} at 320 px with WCAG text spacing`);
        await spacing.undo();
        await expectFocusNeverHidden(page, `${label} at 320×680`);
      }
      if (language === "en") await switchLanguage(page, "nl");
      expect(problems).toEqual([]);
    }, 240_000);
  }
});
