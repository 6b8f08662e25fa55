// Browser journeys for anonymised insights. The demo database holds 60 synthetic organisations that
// share their submitted assessment and one release computed from them (scripts/seed.ts, end of file), so the
// analyst reads real figures, with real suppression. An analyst reads /insights, changes the breakdown
// (JavaScript on and off), downloads the CSV; nothing they reach contains an organisation name (the names are
// read from the admin's list); /insights passes axe-core in Dutch and English; the IT lead's share page (read
// only: nothing is shared here, the server is shared with the other e2e files) passes axe-core too.
import fs from "node:fs";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { expectNoAxeViolations, signIn, switchLanguage } from "./browser";
import { demoAssessmentId } from "./demo";
import { registerBrowserSessions } from "./sessions";

const baseUrl = inject("baseUrl");
const { session, closeSessions } = registerBrowserSessions();
let organisationNames: string[] = [];

beforeAll(async () => {
  // Every organisation name in the database, as the platform admin sees them.
  const admin = await session();
  await signIn(admin.page, baseUrl, "beheer@demo.test");
  await admin.page.goto(`${baseUrl}/admin`);
  organisationNames = (await admin.page.locator("main table tbody tr td:first-child").allTextContents()).map((name) => name.trim()).filter(Boolean);
  await closeSessions();
});

function expectNoOrganisationName(text: string, where: string): void {
  const lower = text.toLowerCase();
  for (const name of organisationNames) expect(lower.includes(name.toLowerCase()), `"${name}" appears in ${where}`).toBe(false);
}

describe("the analyst", () => {
  it("reads the latest release, switches the breakdown and downloads the CSV", async () => {
    expect(organisationNames).toEqual(expect.arrayContaining(["Demopartij", "Demopartij Utrecht"]));
    expect(organisationNames.length).toBeGreaterThanOrEqual(60);
    const { page, problems } = await session();
    await signIn(page, baseUrl, "analist@demo.test");
    expect(new URL(page.url()).pathname).toBe("/insights");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Inzichten");
    const main = page.locator("main");
    expect(await main.textContent()).toContain("Publicatie 1");
    // Counts carry noise (differential privacy), so the total is near the 60 organisations, not exactly it,
    // and the page says so.
    expect(await main.textContent()).toMatch(/In totaal: \d+ organisaties\./);
    expect(await main.textContent()).toContain("Vanaf publicatie 1 krijgen alle cijfers een kleine toevallige afwijking");
    // Small election types are shown as "fewer than 5", never as a number.
    const byElection = page.getByRole("table", { name: "Aantal organisaties, naar soort verkiezing" });
    expect(await byElection.textContent()).toContain("minder dan 5");
    expect(await page.getByRole("img", { name: /Aantal organisaties, naar soort organisatie/ }).count()).toBe(1);
    // Figures over all organisations, with their n.
    const allTable = page.getByRole("table", { name: "Scores per onderwerp, alle organisaties" });
    expect(await allTable.getByRole("row").count()).toBe(8);
    expect(await main.textContent()).toMatch(/Alle organisaties \(n = \d+\)/);
    expectNoOrganisationName(await page.content(), "/insights");
    await expectNoAxeViolations(page, "/insights (nl)");

    await page.getByLabel("Verdeling").selectOption({ label: "Naar soort organisatie" });
    await Promise.all([page.waitForURL(/breakdown=organisation_kind/), page.getByRole("button", { name: "Toon" }).click()]);
    expect(await page.getByRole("heading", { level: 3, name: /^Lokale afdeling \(n = \d+\)$/ }).count()).toBe(1);
    expectNoOrganisationName(await page.content(), "/insights?breakdown=organisation_kind");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download publicatie 1 als CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("weerbaar-inzichten-publicatie-1.csv");
    const file = await download.path();
    const csv = fs.readFileSync(file, "utf8");
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("release,breakdown,group,domain_or_question,metric,value,n,status");
    expect(lines).toContain("1,all,all,,noise_epsilon,4,,published");
    const total = lines.find((line) => line.startsWith("1,all,all,,organisations,"));
    expect(total).toMatch(/^1,all,all,,organisations,(\d+),\1,published$/);
    expect(Math.abs(Number(total?.split(",")[5]) - 60)).toBeLessThan(40);
    expect(lines.some((line) => line.startsWith("1,election_type,") && line.endsWith(",,,fewer_than_k"))).toBe(true);
    expectNoOrganisationName(csv, "the CSV");
    const json = await page.request.get(`${baseUrl}/insights.json`);
    expect(json.status()).toBe(200);
    expectNoOrganisationName(await json.text(), "the JSON");

    await switchLanguage(page, "en");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Insights");
    expect(await main.textContent()).toContain("fewer than 5");
    await expectNoAxeViolations(page, "/insights?breakdown=organisation_kind (en)");
    await page.goto(`${baseUrl}/insights?breakdown=election_type`);
    await expectNoAxeViolations(page, "/insights?breakdown=election_type (en)");
    await switchLanguage(page, "nl");
    expect(problems).toEqual([]);
  });

  it("changes the breakdown with JavaScript off too, and gets 400 for a parameter that does not exist", async () => {
    const { page } = await session(false);
    await signIn(page, baseUrl, "analist@demo.test");
    await page.getByLabel("Verdeling").selectOption("election_type");
    await Promise.all([page.waitForURL(/breakdown=election_type/), page.getByRole("button", { name: "Toon" }).click()]);
    expect(await page.getByRole("heading", { level: 3, name: /^Gemeenteraad \(n = \d+\)$/ }).count()).toBe(1);
    expect(await page.locator("main").textContent()).toContain("Minder dan 5 organisaties. Van deze groep tonen we geen cijfers.");
    for (const query of ["?organisation=Demopartij", "?breakdown=name", "?breakdown=all&breakdown=all"]) {
      const response = await page.goto(`${baseUrl}/insights${query}`);
      expect(response?.status(), query).toBe(400);
    }
    expect((await page.goto(`${baseUrl}/insights.csv?filter=1`))?.status()).toBe(400);
    expect((await page.goto(`${baseUrl}/insights?release=999`))?.status()).toBe(404);
  });
});

describe("the admin and the IT lead", () => {
  it("the admin sees the release status, no figures and no names, and cannot read /insights", async () => {
    const { page } = await session();
    await signIn(page, baseUrl, "beheer@demo.test");
    await page.getByRole("link", { name: "Publicaties" }).click();
    await page.waitForURL(`${baseUrl}/admin/insights`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Publicaties van inzichten");
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("Laatste publicatie: nummer 1");
    expect(text).toContain("Volgende beslismoment:");
    // Releases follow the calendar: there is no button to make one.
    expect(await page.getByRole("button", { name: "Publicatie maken" }).count()).toBe(0);
    expect(await page.locator("main form").count()).toBe(0);
    expectNoOrganisationName(text, "/admin/insights");
    await expectNoAxeViolations(page, "/admin/insights (nl)");
    expect((await page.goto(`${baseUrl}/insights`))?.status()).toBe(404);
  });

  it("the IT lead finds 'Delen met BZK' on a submitted assessment and sees exactly what would be shared", async () => {
    const { page } = await session();
    await signIn(page, baseUrl, "it-lead@demo.test");
    await page.goto(`${baseUrl}/assessments/${await demoAssessmentId(page, baseUrl, "submitted")}`);
    await page.getByRole("link", { name: "Delen met BZK" }).click();
    await page.waitForURL(/\/assessments\/[^/]+\/share$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Anoniem delen met BZK");
    const preview = page.locator("section", { has: page.getByRole("heading", { name: "Dit deelt u", exact: true }) });
    expect(await preview.textContent()).toContain("landelijke partij");
    expect(await preview.textContent()).not.toContain("Demopartij");
    expect(await page.getByRole("checkbox", { name: "Ik heb gelezen wat er wordt gedeeld." }).count()).toBe(1);
    await expectNoAxeViolations(page, "share page (nl)");
    await switchLanguage(page, "en");
    await expectNoAxeViolations(page, "share page (en)");
    await switchLanguage(page, "nl");
  });
});
