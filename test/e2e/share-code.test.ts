// The withdrawal code in a browser, on a private server (sharing would change the shared demo data): the
// IT lead shares Demopartij's submitted assessment without JavaScript, reads the code once, downloads it
// as a file, and stops sharing with it. The code never reaches the address bar or the page after a reload.
import fs from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, launchBrowser, openSession, signIn } from "./browser";
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

describe("the withdrawal code", () => {
  it("is shown once after sharing, can be downloaded, and stops the sharing (JavaScript off)", async () => {
    const { page } = await openSession(browser, { javaScript: false });
    await signIn(page, server.baseUrl, "it-lead@demo.test");
    const id = await demoAssessmentId(page, server.baseUrl, "submitted");
    await page.goto(`${server.baseUrl}/assessments/${id}/share`);
    await page.getByRole("checkbox", { name: "Ik heb gelezen wat er wordt gedeeld." }).check();
    await page.getByRole("button", { name: "Anoniem delen" }).click();
    const code = (await page.locator(".withdrawal-code code").textContent())?.trim() ?? "";
    expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
    expect(page.url()).not.toContain(code);
    expect(await page.getByRole("heading", { name: "Uw intrekcode" }).count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Code downloaden als bestand" }).click()]);
    expect(download.suggestedFilename()).toBe("weerbaar-intrekcode.txt");
    expect(fs.readFileSync(await download.path(), "utf8")).toContain(code);

    // Seen once: a new visit says "shared" and shows no code.
    await page.goto(`${server.baseUrl}/assessments/${id}/share`);
    expect(await page.locator("main").textContent()).toContain("U deelt deze zelftest met BZK.");
    expect(await page.content()).not.toContain(code);

    await page.getByLabel("Uw intrekcode (mag leeg)").fill("00000-00000-00000-00000-00000");
    await page.getByRole("button", { name: "Stoppen met delen" }).click();
    expect(await page.getByRole("alert").textContent()).toContain("Deze intrekcode past bij geen gedeelde uitkomst.");
    await page.getByLabel("Uw intrekcode (mag leeg)").fill(code.toLowerCase());
    await page.getByRole("button", { name: "Stoppen met delen" }).click();
    await page.waitForURL(/done=withdrawn/);
    expect(await page.locator("main").textContent()).toContain("U deelt deze zelftest niet meer.");

    // With JavaScript on, sharing again shows a new code, on a page that passes axe and reflows at 375 px.
    const js = await openSession(browser, { javaScript: true });
    await signIn(js.page, server.baseUrl, "it-lead@demo.test");
    await js.page.goto(`${server.baseUrl}/assessments/${id}/share`);
    await js.page.getByRole("checkbox", { name: "Ik heb gelezen wat er wordt gedeeld." }).check();
    await js.page.getByRole("button", { name: "Anoniem delen" }).click();
    await js.page.locator(".withdrawal-code code").waitFor();
    const second = (await js.page.locator(".withdrawal-code code").textContent())?.trim() ?? "";
    expect(second).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
    expect(second).not.toBe(code);
    await expectNoAxeViolations(js.page, "share page with the code (nl)");
    for (const width of [1280, 375]) {
      await js.page.setViewportSize({ width, height: 900 });
      await js.page.locator("#code-heading").scrollIntoViewIfNeeded();
      await js.page.screenshot({ path: `/tmp/weerbaar-share-code-${width}.png` });
      expect(await js.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
    expect(js.problems).toEqual([]);
  });
});
