// The browser set-up the journey tests share: one Chromium per test file, and every session a test opens
// closed after it, whatever happens in the test.
import type { APIResponse, Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { launchBrowser, openSession, type Session } from "./browser";

/** Registers vitest's set-up and tear-down (not a React hook, so not named use-); call it once at the top of a test file and open sessions with what it returns. */
export function registerBrowserSessions(): { session: (javaScript?: boolean) => Promise<Session>; closeSessions: () => Promise<void> } {
  let browser: Browser | undefined;
  const opened: Session[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  // Set-up in a beforeAll closes its sessions itself (closeSessions); a test's are closed after it.
  async function closeSessions(): Promise<void> {
    for (const session of opened.splice(0)) await session.context.close().catch(() => undefined);
  }
  afterEach(closeSessions);
  afterAll(async () => {
    await browser?.close();
  });
  async function session(javaScript = true): Promise<Session> {
    if (!browser) throw new Error("the browser starts in beforeAll; open sessions inside a test");
    const s = await openSession(browser, { javaScript });
    opened.push(s);
    return s;
  }
  return { session, closeSessions };
}

/** A POST as the page's signed-in user (its context's cookies), without following a redirect: a form sent by hand. */
export function postForm(page: Page, baseUrl: string, path: string, form: Record<string, string>): Promise<APIResponse> {
  // With the Origin a form on our page sends: Playwright's request API sends none.
  return page.context().request.post(`${baseUrl}${path}`, { form, headers: { Origin: baseUrl }, maxRedirects: 0, failOnStatusCode: false });
}
