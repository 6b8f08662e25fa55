// The party overview as the national IT lead uses it, with JavaScript on and off; the Remix data request of
// the page; and a branch changing what it shares, seen at once on the party's side.
import type { Browser, Page } from "playwright-core";
import { decode } from "turbo-stream";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectNoAxeViolations, launchBrowser, openSession, signIn, waitForHydration } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

function row(page: Page, name: string) {
  return page.getByRole("row").filter({ has: page.getByRole("rowheader").filter({ hasText: name }) });
}

async function setSharing(page: Page, label: RegExp) {
  await page.goto(`${baseUrl}/organisation/sharing`);
  await page.getByLabel(label).check();
  await Promise.all([page.waitForLoadState("load"), page.getByRole("button", { name: "Bewaar de keuze" }).click()]);
  await expect.poll(() => page.getByRole("status").textContent()).toContain("Bewaard");
}

for (const javaScript of [false, true]) {
  describe(`the party overview with JavaScript ${javaScript ? "on" : "off"}`, () => {
    it("shows every branch with only what it shares, filters and sorts by links and a GET form, and exports the same rows", async () => {
      const { page, context, problems } = await openSession(browser, { javaScript });
      try {
        await signIn(page, baseUrl, "it-lead@demo.test");
        await page.getByRole("link", { name: "Afdelingen" }).click();
        await page.waitForURL(/\/party$/);
        if (javaScript) await waitForHydration(page);
        await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Afdelingen");
        // Maastricht shares nothing: its row says so in every column after its name and level.
        const maastricht = row(page, "Demopartij Maastricht");
        expect(await maastricht.getByText("niet gedeeld").count()).toBeGreaterThanOrEqual(8);
        // Amsterdam shares everything: its assessment can be opened read-only.
        expect(
          await row(page, "Demopartij Amsterdam")
            .getByRole("link", { name: /Bekijk de zelftest/ })
            .count(),
        ).toBe(1);
        expect(
          await row(page, "Demopartij Rotterdam")
            .getByRole("link", { name: /Bekijk de zelftest/ })
            .count(),
        ).toBe(0);
        expect(await page.getByText("Het beeld van de partij").count()).toBe(1);

        // Filter: only submitted assessments.
        await page.getByLabel("Stand van de zelftest").selectOption("submitted");
        await Promise.all([page.waitForURL(/status=submitted/), page.getByRole("button", { name: "Toon" }).click()]);
        if (javaScript) await waitForHydration(page);
        await expect.poll(() => row(page, "Demopartij Leiden").count()).toBe(0);
        expect(await row(page, "Demopartij Rotterdam").count()).toBe(1);
        // Sort by score, highest first (second click on the header).
        await Promise.all([page.waitForURL(/sort=score/), page.getByRole("link", { name: /^Score/ }).click()]);
        await Promise.all([page.waitForURL(/dir=desc/), page.getByRole("link", { name: /^Score/ }).click()]);
        await expect.poll(() => page.locator("th[aria-sort]").getAttribute("aria-sort")).toBe("descending");
        const names = await page.locator(".branch-table tbody th > a").allTextContents();
        expect(names[0]).toBe("Demopartij Amsterdam");

        // The CSV link carries the same query and gives the same rows in the same order.
        const href = await page.getByRole("link", { name: /^Download alle \d+ afdelingen van deze keuze als CSV$/ }).getAttribute("href");
        expect(href).toContain("status=submitted");
        const csv = await (await page.request.get(`${baseUrl}${href ?? ""}`)).text();
        const csvNames = csv
          .trim()
          .split("\r\n")
          .slice(1)
          .map((line) => line.split(",")[0]);
        expect(csvNames).toEqual(names);
        expect(csv).not.toContain("Demopartij Leiden");
        expect(csv).not.toContain("toelichting");
        if (javaScript) await expectNoAxeViolations(page, "/party (sorted, filtered)");
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
}

describe("the Remix data of the overview", () => {
  it("holds nothing a branch did not share, and gives a branch nothing of its siblings", async () => {
    const lead = await openSession(browser, { javaScript: false });
    const branch = await openSession(browser, { javaScript: false });
    try {
      await signIn(lead.page, baseUrl, "it-lead@demo.test");
      // With single fetch, Remix asks for a page's data at <path>.data, as a turbo-stream.
      const response = await lead.page.request.get(`${baseUrl}/party.data?_routes=routes%2Fparty._index`);
      expect(response.status()).toBe(200);
      const body = await response.body();
      const text = body.toString("utf8");
      const decoded = await decode(new Blob([new Uint8Array(body)]).stream());
      await decoded.done;
      const value: unknown = decoded.value;
      const route: unknown = typeof value === "object" && value !== null && "routes/party._index" in value ? value["routes/party._index"] : null;
      const data: unknown = typeof route === "object" && route !== null && "data" in route ? route.data : null;
      const rows = typeof data === "object" && data !== null && "rows" in data && Array.isArray(data.rows) ? data.rows : [];
      expect(rows.length).toBeGreaterThanOrEqual(8);
      const maastricht: unknown = rows.find(
        (candidate: unknown) => typeof candidate === "object" && candidate !== null && "name" in candidate && candidate.name === "Demopartij Maastricht",
      );
      expect(maastricht).toMatchObject({ sharingLevel: "nothing", progress: null, scores: null, readOnlyAssessmentId: null });
      expect(text).not.toContain("toelichting");
      const csv = await lead.page.request.get(`${baseUrl}/party.csv`);
      expect(csv.status()).toBe(200);

      await signIn(branch.page, baseUrl, "afdeling-amsterdam@demo.test");
      const refused = await branch.page.request.get(`${baseUrl}/party.data?_routes=routes%2Fparty._index`);
      expect(await refused.text()).not.toContain("Demopartij Maastricht");
      expect((await branch.page.request.get(`${baseUrl}/party`)).status()).toBe(404);
      expect((await branch.page.request.get(`${baseUrl}/party.csv`)).status()).toBe(404);
    } finally {
      await lead.context.close();
      await branch.context.close();
    }
  });
});

describe("a branch changes what it shares", () => {
  it("lowering the level hides at once what the party saw; raising it shows it again", async () => {
    const branch = await openSession(browser);
    const party = await openSession(browser, { javaScript: false });
    try {
      await signIn(branch.page, baseUrl, "afdeling-amsterdam@demo.test");
      await branch.page.getByRole("link", { name: "Leden" }).click();
      await branch.page.getByRole("link", { name: /Wat ziet de landelijke partij/ }).click();
      await branch.page.waitForURL(/\/organisation\/sharing$/);
      await waitForHydration(branch.page);
      await expectNoAxeViolations(branch.page, "/organisation/sharing");
      await signIn(party.page, baseUrl, "it-lead@demo.test");
      await party.page.goto(`${baseUrl}/party`);
      const readOnlyHref = await row(party.page, "Demopartij Amsterdam")
        .getByRole("link", { name: /Bekijk de zelftest/ })
        .getAttribute("href");
      expect(readOnlyHref).toBeTruthy();
      // The read-only page is a page of its own (not the branch page around it): results, answers and plan.
      await party.page.goto(`${baseUrl}${readOnlyHref ?? ""}`);
      expect(await party.page.getByRole("heading", { level: 1 }).textContent()).toBe("Zelftest van Demopartij Amsterdam");
      expect(await party.page.getByRole("heading", { name: "Antwoorden" }).count()).toBe(1);
      expect(await party.page.getByText("Eigen toelichting van de afdeling.").count()).toBe(0);

      await setSharing(branch.page, /^Niets/);
      await party.page.goto(`${baseUrl}/party`);
      expect(await row(party.page, "Demopartij Amsterdam").getByText("niet gedeeld").count()).toBeGreaterThanOrEqual(8);
      expect(
        await row(party.page, "Demopartij Amsterdam")
          .getByRole("link", { name: /Bekijk de zelftest/ })
          .count(),
      ).toBe(0);
      expect((await party.page.request.get(`${baseUrl}${readOnlyHref ?? ""}`)).status()).toBe(404);

      await setSharing(branch.page, /^Alles, alleen lezen/);
      expect((await party.page.request.get(`${baseUrl}${readOnlyHref ?? ""}`)).status()).toBe(200);
      expect(branch.problems).toEqual([]);
    } finally {
      await branch.context.close();
      await party.context.close();
    }
  });
});
