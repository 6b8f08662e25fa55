// Issue 5 in the browser: a campaign manager follows up the plan (JavaScript on and off). Results and plan are
// scanned with axe-core, like every page, in every-page.test.ts.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openSession, signIn } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openSubmittedPlan(page: Page): Promise<string> {
  await page.goto(`${baseUrl}/assessments`);
  await page.getByRole("link", { name: /Gemeenteraad — 18 maart 2026/ }).click();
  await page.waitForURL(/\/assessments\/[^/]+$/);
  const id = new URL(page.url()).pathname.split("/")[2] ?? "";
  await page.goto(`${baseUrl}/assessments/${id}/plan`);
  return id;
}

async function updateAction(page: Page, index: number, values: { status: string; dueDate: string; ownerName: string }) {
  const card = page.locator(".action-card").nth(index);
  await card.getByLabel("Eigenaar").selectOption("other");
  await card.getByLabel("Naam (bij iemand anders)").fill(values.ownerName);
  await card.getByLabel("Klaar op").fill(values.dueDate);
  await card.getByLabel("Status", { exact: true }).selectOption(values.status);
  // Wait for this save's own response: the status text may still show the previous save's message.
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/plan")),
    card.getByRole("button", { name: /^Bewaar/ }).click(),
  ]);
  await page.waitForLoadState("load");
  await expect.poll(() => page.getByRole("status").textContent()).toContain("De actie is bijgewerkt.");
}

describe.each([true, false])("campaign manager follows up the plan, JavaScript %s", (javaScript) => {
  it("updates three actions and sees them stored", async () => {
    const { page, context, problems } = await openSession(browser, { javaScript });
    await signIn(page, baseUrl, "campagne@demo.test");
    const id = await openSubmittedPlan(page);
    const offset = javaScript ? 0 : 3; // the two runs change different actions
    const updates = [
      { status: "in_progress", dueDate: "15-01-2030", ownerName: `Penningmeester ${offset}` },
      { status: "done", dueDate: "01-02-2030", ownerName: `Webbeheerder ${offset}` },
      { status: "todo", dueDate: "01-03-2030", ownerName: `Woordvoerder ${offset}` },
    ];
    for (const [index, values] of updates.entries()) await updateAction(page, offset + index, values);
    await page.goto(`${baseUrl}/assessments/${id}/plan`);
    for (const [index, values] of updates.entries()) {
      const card = page.locator(".action-card").nth(offset + index);
      expect(await card.locator(".action-meta").textContent()).toContain(values.ownerName);
      expect(await card.getByLabel("Klaar op").inputValue()).toBe(values.dueDate);
      expect(await card.getByLabel("Status", { exact: true }).inputValue()).toBe(values.status);
    }
    expect(await page.getByText(/acties klaar/).first().textContent()).toMatch(/\d+ van \d+ acties klaar/);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("plan input errors", () => {
  it("shows a clear message next to the field for an impossible date (no JavaScript)", async () => {
    const { page, context } = await openSession(browser, { javaScript: false });
    await signIn(page, baseUrl, "campagne@demo.test");
    await openSubmittedPlan(page);
    const card = page.locator(".action-card").nth(7);
    // The field is plain text (day-month-year): anyone can type a date that does not exist; the server answers in words.
    await card.getByLabel("Klaar op").fill("31-02-2030");
    await card.getByRole("button", { name: /^Bewaar/ }).click();
    await expect.poll(() => page.locator(".action-card").nth(7).locator(".field-error").textContent()).toContain("bestaande datum");
    await context.close();
  });
});

describe("calendar export", () => {
  it("downloads plan.ics as the campaign manager", async () => {
    const { page, context } = await openSession(browser);
    await signIn(page, baseUrl, "campagne@demo.test");
    const id = await openSubmittedPlan(page);
    const response = await page.request.get(`${baseUrl}/assessments/${id}/plan.ics`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/calendar");
    expect(await response.text()).toContain("BEGIN:VEVENT");
    await context.close();
  });
});
