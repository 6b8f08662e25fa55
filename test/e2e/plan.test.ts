// The plan as a work list in the browser (JavaScript on and off): filter by owner, change several actions at
// once, save one action and land on it with the confirmation; results and plan pass axe in both languages.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { signIn, waitForHydration } from "./browser";
import { demoAssessmentId } from "./demo";
import { registerBrowserSessions } from "./sessions";

const baseUrl = inject("baseUrl");
const { session } = registerBrowserSessions();

async function openSubmittedPlan(page: Page): Promise<string> {
  const id = await demoAssessmentId(page, baseUrl, "submitted");
  await page.goto(`${baseUrl}/assessments/${id}/plan`);
  return id;
}

const rows = (page: Page) => page.locator("tr[id^='action-']");

describe.each([true, false])("the plan as a work list, JavaScript %s", (javaScript) => {
  it("filters by owner, keeping the filter in the URL", async () => {
    const { page, problems } = await session(javaScript);
    await signIn(page, baseUrl, "campagne@demo.test");
    await openSubmittedPlan(page);
    const all = await rows(page).count();
    expect(all).toBeGreaterThan(20);
    const filters = page.locator("form.plan-filters");
    await filters.getByLabel("Eigenaar").selectOption({ label: "IT-verantwoordelijke" });
    await filters.getByRole("button", { name: "Toon" }).click();
    await page.waitForURL(/owner=role%3Ait_lead/);
    await expect.poll(() => rows(page).count()).toBeLessThan(all);
    const shown = await rows(page).count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    for (const owner of await page.locator("tr[id^='action-'] td[data-label='Eigenaar']").allTextContents()) expect(owner).toBe("IT-verantwoordelijke");
    // The filter survives a reload: it lives in the address.
    await page.reload();
    expect(await rows(page).count()).toBe(shown);
    expect(problems).toEqual([]);
  });

  it("gives several actions one owner and status at once", async () => {
    const { page, problems } = await session(javaScript);
    await signIn(page, baseUrl, "campagne@demo.test");
    await openSubmittedPlan(page);
    if (javaScript) await waitForHydration(page);
    const offset = javaScript ? 10 : 14; // the two runs change different actions
    const keys = [
      await rows(page).nth(offset).getAttribute("id"),
      await rows(page)
        .nth(offset + 1)
        .getAttribute("id"),
    ];
    for (const key of keys) await page.locator(`#${key} input[type=checkbox]`).check();
    const bulk = page.locator("form#bulk");
    await bulk.getByLabel("Eigenaar").selectOption({ label: "penningmeester" });
    await bulk.getByLabel("Status", { exact: true }).selectOption({ label: "Bezig" });
    await bulk.getByRole("button", { name: "Pas toe op de aangevinkte acties" }).click();
    await expect.poll(() => bulk.getByRole("status").textContent()).toContain("2 acties bijgewerkt.");
    for (const key of keys) {
      await expect.poll(() => page.locator(`#${key} td[data-label='Eigenaar']`).textContent()).toBe("penningmeester");
      expect(await page.locator(`#${key} td[data-label='Status']`).textContent()).toBe("Bezig");
    }
    expect(problems).toEqual([]);
  });

  it("saves one action in place and lands on it with the confirmation", async () => {
    const { page, problems } = await session(javaScript);
    await signIn(page, baseUrl, "campagne@demo.test");
    await openSubmittedPlan(page);
    if (javaScript) await waitForHydration(page);
    const index = javaScript ? 30 : 33;
    const key = (await rows(page).nth(index).getAttribute("id")) ?? "";
    const row = page.locator(`#${key}`);
    await row.locator("summary").click();
    await row.getByLabel("Eigenaar").selectOption("other");
    await row.getByLabel("Naam (bij iemand anders)").fill(`Webbeheerder ${index}`);
    await row.getByLabel("Klaar op").fill("2030-01-15");
    await row.getByLabel("Status", { exact: true }).selectOption("in_progress");
    let navigated = false;
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) navigated = true;
    });
    // Wait for this save's own response (and, with JavaScript, the data reloaded after it): a busy machine is slow.
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/plan"), { timeout: 30_000 }),
      row.getByRole("button", { name: /^Bewaar/ }).click(),
    ]);
    const saved = page.locator(`#${key}`);
    if (javaScript) {
      await expect.poll(() => saved.locator(".saved-mark").textContent()).toContain("Opgeslagen");
      expect(navigated).toBe(false);
    } else {
      // Back on the same action: the address ends in its anchor and the confirmation stands next to it.
      await page.waitForURL(new RegExp(`#${key}$`));
      expect(await saved.locator(".saved-mark").textContent()).toContain("Opgeslagen");
    }
    await expect.poll(() => saved.locator("td[data-label='Eigenaar']").textContent()).toBe(`Webbeheerder ${index}`);
    expect(await saved.locator("td[data-label='Status']").textContent()).toBe("Bezig");
    expect(problems).toEqual([]);
  });
});

describe("plan input errors", () => {
  it("shows a clear message next to the field for an impossible date (no JavaScript)", async () => {
    const { page } = await session(false);
    await signIn(page, baseUrl, "campagne@demo.test");
    await openSubmittedPlan(page);
    const key = (await rows(page).nth(7).getAttribute("id")) ?? "";
    const row = page.locator(`#${key}`);
    await row.locator("summary").click();
    // Browsers without date pickers (and scripts) can send anything; the server must answer in words.
    await row.getByLabel("Klaar op").evaluate((input) => input.setAttribute("type", "text"));
    await row.getByLabel("Klaar op").fill("31-02-2030");
    await row.getByRole("button", { name: /^Bewaar/ }).click();
    await page.locator(`#${key} summary`).click();
    await expect.poll(() => page.locator(`#${key} .field-error`).textContent()).toContain("bestaande datum");
  });
});

describe("calendar export", () => {
  it("downloads plan.ics as the campaign manager", async () => {
    const { page } = await session();
    await signIn(page, baseUrl, "campagne@demo.test");
    const id = await openSubmittedPlan(page);
    const response = await page.request.get(`${baseUrl}/assessments/${id}/plan.ics`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/calendar");
    expect(await response.text()).toContain("BEGIN:VEVENT");
  });
});
