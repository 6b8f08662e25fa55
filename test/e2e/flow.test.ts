// The way from start to submit in the browser, with JavaScript on and off: starting refuses a past election
// day and a second draft for the same election (unless confirmed), submitting asks for a confirmation and
// ends on the results with the next steps, a contributor who finished a section is offered her next own
// one, saving without JavaScript keeps the place on the page, and the home page offers each role its tasks.
//
// Every assessment here is new and has an election of its own (days counted from today), so nothing here
// touches the demo data that other browser tests use.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { expectNoAxeViolations, signIn, waitForHydration } from "./browser";
import { postForm, registerBrowserSessions } from "./sessions";
import { electionLabel } from "./demo";
import { addDays } from "../../app/plan/timeline";
import { dutchToday } from "../../app/plan/elections";
import { currentQuestionnaire } from "../../app/questionnaire/current";

const baseUrl = inject("baseUrl");
const today = dutchToday();
const { session } = registerBrowserSessions();

/** Fills the start form for a custom election and presses "Start de zelftest" (does not wait for where it lands). */
async function fillStart(page: Page, javaScript: boolean, { type, date }: { type: string; date: string }): Promise<void> {
  await page.goto(`${baseUrl}/assessments/new`);
  if (javaScript) await waitForHydration(page);
  await page.getByRole("radio", { name: "Een andere verkiezing of datum" }).check();
  await page.getByLabel("Soort verkiezing").selectOption({ label: type });
  await page.getByLabel("Datum van de verkiezing").fill(date);
}

const assessmentPath = /^\/assessments\/(?!new$)([^/]+)$/;

async function startDraft(page: Page, javaScript: boolean, election: { type: string; date: string }): Promise<string> {
  await fillStart(page, javaScript, election);
  await Promise.all([page.waitForURL((url) => assessmentPath.test(url.pathname)), page.getByRole("button", { name: "Start de zelftest" }).click()]);
  return assessmentPath.exec(new URL(page.url()).pathname)?.[1] ?? "";
}

/** Answers every question (the most mature option, which also shows every follow-up) in one form post. */
async function answerEverything(page: Page, id: string): Promise<void> {
  const form: Record<string, string> = { intent: "stay" };
  for (const question of currentQuestionnaire.questions) {
    form[`rev-${question.id}`] = "0";
    form[`answer-${question.id}`] = `option:${question.options.at(-1)?.id ?? ""}`;
  }
  const response = await postForm(page, baseUrl, `/assessments/${id}/domains/governance`, form);
  expect(response.status(), `saving every answer: ${await response.text()}`).toBe(302);
}

const domainTitle = (id: string) => currentQuestionnaire.domains.find((d) => d.id === id)?.title.nl ?? id;

describe.each([true, false])("starting an assessment, JavaScript %s", (javaScript) => {
  it("refuses a past election day next to the field, and a second draft for the same election unless confirmed", async () => {
    const { page, problems } = await session(javaScript);
    await signIn(page, baseUrl, "it-lead@demo.test");
    await fillStart(page, javaScript, { type: "Gemeenteraad", date: addDays({ date: today, days: -1 }) });
    await page.getByRole("button", { name: "Start de zelftest" }).click();
    const dateError = page.locator("#field-customDate-error");
    await expect.poll(() => dateError.textContent()).toBe("Deze verkiezingsdag is al voorbij. Kies vandaag of een latere datum.");
    expect(new URL(page.url()).pathname).toBe("/assessments/new");
    expect(await page.getByLabel("Datum van de verkiezing").getAttribute("aria-invalid")).toBe("true");

    const election = { type: "Gemeenteraad", date: addDays({ date: today, days: javaScript ? 500 : 501 }) };
    const firstId = await startDraft(page, javaScript, election);
    await fillStart(page, javaScript, election);
    await page.getByRole("button", { name: "Start de zelftest" }).click();
    const refusal = page.locator("#field-secondDraft-error");
    await expect.poll(() => refusal.textContent()).toContain("Er is al een concept voor deze verkiezing.");
    const existing = refusal.getByRole("link", { name: /^Open het bestaande concept \(gestart op .+ door Ilse de Vries\)$/ });
    expect(await existing.getAttribute("href")).toBe(`/assessments/${firstId}`);
    expect(new URL(page.url()).pathname).toBe("/assessments/new");
    if (javaScript) await expectNoAxeViolations(page, "start page refusing a second draft");

    await page.getByLabel("Toch een tweede concept starten").check();
    await Promise.all([
      page.waitForURL((url) => assessmentPath.test(url.pathname) && !url.pathname.endsWith(firstId)),
      page.getByRole("button", { name: "Start de zelftest" }).click(),
    ]);
    const secondId = assessmentPath.exec(new URL(page.url()).pathname)?.[1];
    expect(secondId).not.toBe(firstId);
    // Both drafts are listed, each with its start date and who started it.
    await page.goto(`${baseUrl}/assessments`);
    const label = electionLabel("nl", "gemeenteraad", election.date);
    const rows = page.getByRole("row").filter({ has: page.getByRole("link", { name: label, exact: true }) });
    expect(await rows.count()).toBe(2);
    for (const text of await rows.allTextContents()) expect(text).toMatch(/Concept.*door Ilse de Vries/);
    expect(problems).toEqual([]);
  });
});

describe.each([true, false])("submitting, JavaScript %s", (javaScript) => {
  it("asks for confirmation on a page of its own, can be cancelled, and ends on the results with the next steps", async () => {
    const { page, problems } = await session(javaScript);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(page, baseUrl, "it-lead@demo.test");
    const id = await startDraft(page, javaScript, { type: "Tweede Kamer", date: addDays({ date: today, days: javaScript ? 300 : 301 }) });
    await answerEverything(page, id);
    await page.goto(`${baseUrl}/assessments/${id}/submit`);
    if (javaScript) await waitForHydration(page);
    await Promise.all([page.waitForURL(`${baseUrl}/assessments/${id}/submit?confirm=1`), page.getByRole("button", { name: "Dien de zelftest in" }).click()]);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Weet u het zeker?");
    if (javaScript) await expectNoAxeViolations(page, "submit confirmation");
    // "No": back to the summary, and nothing was submitted.
    await Promise.all([
      page.waitForURL(`${baseUrl}/assessments/${id}/submit`),
      page.locator("main .actions").getByRole("link", { name: "Nee, terug naar de samenvatting" }).click(),
    ]);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Zelftest indienen");
    expect(await page.locator("main").textContent()).not.toContain("Deze zelftest is ingediend en ligt vast.");

    if (javaScript) await waitForHydration(page);
    await Promise.all([page.waitForURL(`${baseUrl}/assessments/${id}/submit?confirm=1`), page.getByRole("button", { name: "Dien de zelftest in" }).click()]);
    if (javaScript) await waitForHydration(page);
    await Promise.all([
      page.waitForURL(`${baseUrl}/assessments/${id}/results?submitted=1`),
      page.getByRole("button", { name: "Ja, definitief indienen" }).click(),
    ]);
    const nextSteps = page.getByRole("region", { name: "De zelftest is ingediend. Wat nu?" });
    await expect.poll(() => nextSteps.count()).toBe(1);
    await Promise.all([page.waitForURL(`${baseUrl}/assessments/${id}/plan`), nextSteps.getByRole("link", { name: "Open het actieplan" }).click()]);
    await page.goto(`${baseUrl}/assessments/${id}`);
    expect(await page.locator("main .lead").textContent()).toContain("Ingediend");
    // The block belongs to the moment of submitting, not to every later visit of the results.
    await page.goto(`${baseUrl}/assessments/${id}/results`);
    expect(await page.getByRole("region", { name: "De zelftest is ingediend. Wat nu?" }).count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe("a contributor finishes her sections (JavaScript off)", () => {
  it("is told a section is done and offered her next own section, then that all are done", async () => {
    const lead = await session(false);
    await signIn(lead.page, baseUrl, "it-lead@demo.test");
    const id = await startDraft(lead.page, false, { type: "Waterschap", date: addDays({ date: today, days: 450 }) });
    for (const domain of ["governance", "candidates"]) {
      const group = lead.page.getByRole("group", { name: domainTitle(domain), exact: true });
      await group.getByRole("checkbox", { name: "Sanne Jansen" }).check();
      await group.getByRole("button", { name: /^Bewaar verdeling/ }).click();
      await expect.poll(() => lead.page.locator("main").textContent()).toContain("De verdeling is bewaard.");
    }

    const { page } = await session(false);
    await signIn(page, baseUrl, "secretaris@demo.test");
    const answerSection = async (domain: string) => {
      await page.goto(`${baseUrl}/assessments/${id}/domains/${domain}`);
      // Without JavaScript a follow-up appears after saving its trigger: save until nothing is open.
      for (let round = 0; round < 5; round++) {
        const open = page.locator("fieldset.question-card:not([hidden])").filter({ hasNot: page.locator("input[type=radio]:checked") });
        const count = await open.count();
        if (count === 0) return;
        for (let index = 0; index < count; index++) await open.nth(0).locator('input[type=radio][value^="option:"]').last().check();
        await Promise.all([page.waitForURL(/saved=/), page.getByRole("button", { name: "Opslaan", exact: true }).click()]);
      }
    };
    await answerSection("governance");
    const done = page.locator(".info[role=status]");
    await expect.poll(() => done.textContent()).toContain("U heeft dit onderwerp helemaal ingevuld.");
    expect(await done.getByRole("link", { name: domainTitle("candidates") }).getAttribute("href")).toBe(`/assessments/${id}/domains/candidates`);
    expect(await page.getByRole("button", { name: `Opslaan en verder naar ${domainTitle("candidates")}` }).count()).toBe(1);

    // A section she may only read says so as information and points to her own open section.
    await page.goto(`${baseUrl}/assessments/${id}/domains/accounts`);
    const notices = page.locator(".info[role=status]");
    expect(await notices.allTextContents()).toEqual(["U kunt dit onderwerp lezen, maar niet wijzigen.", `Uw volgende onderwerp: ${domainTitle("candidates")}`]);
    expect(await page.locator(".notice").filter({ hasText: "U kunt dit onderwerp lezen" }).count(), "not styled as a success").toBe(0);
    expect(await page.getByRole("link", { name: `Naar uw onderwerp: ${domainTitle("candidates")}` }).count()).toBe(1);

    await answerSection("candidates");
    await expect.poll(() => page.locator(".info[role=status]").textContent()).toContain("U heeft al uw onderwerpen ingevuld.");
    await Promise.all([page.waitForURL(`${baseUrl}/assessments/${id}?saved=1`), page.getByRole("button", { name: "Opslaan en naar het overzicht" }).click()]);
    expect(await page.locator("main").textContent()).toContain("U heeft al uw onderwerpen ingevuld.");
  });
});

describe("saving without JavaScript", () => {
  it("comes back at the question just changed, with the confirmation beside it", async () => {
    const { page } = await session(false);
    await signIn(page, baseUrl, "it-lead@demo.test");
    const id = await startDraft(page, false, { type: "Andere verkiezing", date: addDays({ date: today, days: 550 }) });
    await page.goto(`${baseUrl}/assessments/${id}/domains/accounts`);
    const questions = currentQuestionnaire.questions.filter((q) => q.domain === "accounts" && !q.condition);
    const target = questions.at(-1);
    if (!target) throw new Error("no question");
    await page.locator(`input[name="answer-${target.id}"]`).first().check();
    await Promise.all([
      page.waitForURL(`${baseUrl}/assessments/${id}/domains/accounts?saved=${target.id}#q-${target.id}`),
      page.getByRole("button", { name: "Opslaan", exact: true }).click(),
    ]);
    const card = page.locator(`#q-${target.id}`);
    expect(await card.locator(".saved-here").textContent()).toBe("Opgeslagen.");
    expect(await page.locator("#save-actions [role=status]").textContent()).toBe("Uw antwoorden zijn opgeslagen.");
    expect(await page.evaluate(() => window.scrollY), "the page scrolled down to the question").toBeGreaterThan(200);
    const box = await card.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.y >= 0 && box.y < viewport.height, `question in view after saving (top at ${box?.y}, window ${viewport?.height})`).toBe(true);
  });
});

describe("home page per role", () => {
  it("invites only the IT lead to start an assessment", async () => {
    const { page } = await session(false);
    for (const [email, mayStart] of [
      ["it-lead@demo.test", true],
      ["secretaris@demo.test", false],
      ["campagne@demo.test", false],
    ] as const) {
      await page.context().clearCookies();
      await signIn(page, baseUrl, email);
      await page.goto(`${baseUrl}/home`);
      expect(await page.getByRole("link", { name: "Start een nieuwe zelftest" }).count(), email).toBe(mayStart ? 1 : 0);
      expect(await page.locator("main").textContent(), email).not.toContain("Start een zelftest");
    }
    expect(await page.getByRole("link", { name: "Uitkomst en actieplan" }).count()).toBe(1);
  });
});
