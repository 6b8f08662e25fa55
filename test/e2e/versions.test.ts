// Browser journeys between questionnaire versions, with JavaScript on and off: an IT lead moves a version 1
// draft to version 2 after a confirmation page, and carries a submitted version 1 assessment into a new
// version 2 draft. Both end with the "new or changed, answer again" list (when version 2 changed anything)
// and the "please confirm" marker of carried-over answers. The public questionnaire shows both versions.
//
// The shared demo data is left alone: the version 1 drafts here are imports of the demo draft's export
// under other election dates, and the submitted version 1 assessment is an import of the demo submission
// into the branch Demopartij Utrecht (whose latest submission no other test changes).
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { currentQuestionnaire } from "../../app/questionnaire/current";
import { questionnaireV1 } from "../../app/questionnaire/v1";
import { mapAnswersToVersion } from "../../app/questionnaire/migrate";
import { visibleQuestions, type AnswerMap } from "../../app/questionnaire/answers";
import { assessmentFileSchema, type AssessmentFile } from "../../app/questionnaire/exchange";
import { expectNoAxeViolations, signIn, waitForHydration } from "./browser";
import { registerBrowserSessions } from "./sessions";
import { demoAssessmentId } from "./demo";

const baseUrl = inject("baseUrl");
const { session, closeSessions } = registerBrowserSessions();

/** The export of the demo's submitted assessment or draft, as the signed-in IT lead downloads it. */
async function exportOf(page: Page, status: "submitted" | "draft"): Promise<AssessmentFile> {
  const id = await demoAssessmentId(page, baseUrl, status);
  const response = await page.context().request.get(`${baseUrl}/assessments/${id}/export.json`);
  expect(response.status()).toBe(200);
  return assessmentFileSchema.parse(await response.json());
}

/** Imports a file on the import page, as a person would; returns the new draft's id. */
async function importFile(page: Page, file: AssessmentFile, javaScript: boolean): Promise<string> {
  await page.goto(`${baseUrl}/assessments/import`);
  if (javaScript) await waitForHydration(page);
  await page.getByLabel("JSON-bestand").setInputFiles({ name: "zelftest.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await Promise.all([page.waitForURL(/\/assessments\/[^/]+\?imported=\d+$/), page.getByRole("button", { name: "Importeer" }).click()]);
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

/** Questions to answer again after the move or carry-over, computed from the two published versions; `listed` are the visible ones. */
function expectedNeedsAnswer(file: AssessmentFile): { all: string[]; listed: string[] } {
  const answers = file.answers.map((a) => ({
    questionId: a.questionId,
    note: a.note,
    value: a.answer === "option" ? { kind: "option" as const, optionId: a.optionId ?? "" } : a.answer ? { kind: a.answer } : null,
  }));
  const mapping = mapAnswersToVersion({ from: questionnaireV1, to: currentQuestionnaire, answers });
  const all = mapping.needsAnswer.map((n) => n.questionId);
  const map: AnswerMap = Object.fromEntries(mapping.moved.filter((a) => a.value).map((a) => [a.questionId, a.value ?? undefined]));
  const listed = visibleQuestions(currentQuestionnaire, map)
    .map((q) => q.id)
    .filter((id) => all.includes(id));
  return { all, listed };
}

async function listedNeedsAnswer(page: Page): Promise<string[]> {
  const links = page.locator(".needs-answer-list a");
  const hrefs = await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.split("#q-").pop() ?? "");
}

describe("an IT lead moves a version 1 draft to version 2", () => {
  for (const javaScript of [false, true]) {
    it(
      `sees the choice, reads what happens, confirms, and answers what is new or changed (JavaScript ${javaScript ? "on" : "off"})`,
      { timeout: 90_000 },
      async () => {
        const { page, problems } = await session(javaScript);
        await signIn(page, baseUrl, "it-lead@demo.test");
        const demoDraft = await exportOf(page, "draft");
        expect(demoDraft.questionnaireVersion).toBe(1);
        const file: AssessmentFile = { ...demoDraft, election: { type: "waterschap", date: javaScript ? "2031-03-20" : "2031-03-19" } };
        const id = await importFile(page, file, javaScript);

        // The overview names the version and offers the choice.
        // With JavaScript, Remix may change the address just before it renders the new page: wait for it.
        await expect.poll(() => page.locator("main .lead").textContent()).toContain("Vragenlijst versie 1");
        const choice = page.getByRole("region", { name: "Er is een nieuwe versie van de vragenlijst" });
        expect(await choice.textContent()).toContain("Niets doen: de zelftest blijft op versie 1.");
        if (javaScript) await expectNoAxeViolations(page, "overview of a version 1 draft");
        await Promise.all([
          page.waitForURL(`${baseUrl}/assessments/${id}/version`),
          choice.getByRole("link", { name: "Bekijk wat overzetten naar versie 2 doet" }).click(),
        ]);

        // The confirmation page says what moves and changes nothing yet.
        await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Zelftest overzetten naar versie 2");
        const summary = (await page.locator("main").textContent()) ?? "";
        const needs = expectedNeedsAnswer(file);
        expect(summary).toContain(`Vragen die nieuw of gewijzigd zijn: ${needs.all.length}.`);
        if (javaScript) await expectNoAxeViolations(page, "move confirmation page");
        // "No" goes back to the overview, still on version 1.
        await Promise.all([page.waitForURL(`${baseUrl}/assessments/${id}`), page.getByRole("link", { name: "Nee, verder met versie 1" }).click()]);
        await expect.poll(() => page.locator("main .lead").textContent()).toContain("Vragenlijst versie 1");

        await page.goto(`${baseUrl}/assessments/${id}/version`);
        if (javaScript) await waitForHydration(page);
        await Promise.all([page.waitForURL(`${baseUrl}/assessments/${id}?moved=2`), page.getByRole("button", { name: "Ja, zet over naar versie 2" }).click()]);
        await expect.poll(() => page.locator("main .lead").textContent()).toContain("Vragenlijst versie 2");
        expect(await page.locator("main [role=status]", { hasText: "De zelftest gebruikt nu versie 2." }).count()).toBe(1);
        expect(await page.getByRole("region", { name: "Er is een nieuwe versie van de vragenlijst" }).count()).toBe(0);

        // New or changed questions are listed and marked on their domain page; the others kept their answers.
        // New or changed questions are listed (in questionnaire order) and marked on their domain page.
        expect(await listedNeedsAnswer(page)).toEqual(needs.listed);
        const firstNeeding = currentQuestionnaire.questions.find((q) => needs.listed.includes(q.id));
        if (firstNeeding) {
          expect(await page.getByRole("heading", { name: "Nieuw of gewijzigd, beantwoord deze opnieuw" }).count()).toBe(1);
          await page.goto(`${baseUrl}/assessments/${id}/domains/${firstNeeding.domain}`);
          expect(await page.locator(`#q-${firstNeeding.id} .badge-needs-answer`).textContent()).toBe("Nieuw of gewijzigd, beantwoord deze opnieuw");
        } else {
          // Version 2 kept every question of this draft: nothing to answer again, and no list.
          expect(await page.locator(".needs-answer-list").count()).toBe(0);
        }
        // The others kept their answers, without a marker.
        const keptAnswer = file.answers.find(
          (a) =>
            a.answer === "option" && !needs.all.includes(a.questionId) && currentQuestionnaire.questions.some((q) => q.id === a.questionId && !q.condition),
        );
        if (!keptAnswer) throw new Error("the demo draft has no answer that version 2 keeps");
        const keptQuestion = currentQuestionnaire.questions.find((q) => q.id === keptAnswer.questionId);
        await page.goto(`${baseUrl}/assessments/${id}/domains/${keptQuestion?.domain ?? ""}`);
        expect(await page.locator(`input[name="answer-${keptAnswer.questionId}"][value="option:${keptAnswer.optionId ?? ""}"]`).isChecked()).toBe(true);
        expect(await page.locator(`#q-${keptAnswer.questionId} .badge-needs-answer`).count()).toBe(0);
        expect(problems).toEqual([]);
      },
    );
  }
});

describe("an IT lead carries a submitted version 1 assessment into a new version 2 draft", () => {
  let submission: AssessmentFile;

  beforeAll(async () => {
    // The branch gets a submitted version 1 assessment: the demo submission, imported and submitted there.
    const { page } = await session(false);
    await signIn(page, baseUrl, "it-lead@demo.test");
    submission = await exportOf(page, "submitted");
    expect(submission.questionnaireVersion).toBe(1);
    await page.getByLabel("Organisatie").selectOption({ label: "Demopartij Utrecht" });
    await page.getByRole("button", { name: "Wissel" }).click();
    await page.locator("main .lead", { hasText: "Demopartij Utrecht" }).waitFor();
    const id = await importFile(page, { ...submission, election: { type: "gemeenteraad", date: "2029-11-07" } }, false);
    // Submitting asks once more on a page of its own.
    await page.goto(`${baseUrl}/assessments/${id}/submit?confirm=1`);
    await Promise.all([
      page.waitForURL(`${baseUrl}/assessments/${id}/results?submitted=1`),
      page.getByRole("button", { name: "Ja, definitief indienen" }).click(),
    ]);
    await closeSessions();
  });

  for (const javaScript of [true, false]) {
    it(`starts a new assessment with the answers carried over, on version 2 (JavaScript ${javaScript ? "on" : "off"})`, { timeout: 90_000 }, async () => {
      const { page, problems } = await session(javaScript);
      await signIn(page, baseUrl, "it-lead@demo.test");
      await page.getByLabel("Organisatie").selectOption({ label: "Demopartij Utrecht" });
      await page.getByRole("button", { name: "Wissel" }).click();
      await expect.poll(() => page.locator("main .lead").textContent()).toContain("Demopartij Utrecht");
      await page.goto(`${baseUrl}/assessments/new`);
      if (javaScript) await waitForHydration(page);
      await page.getByRole("radio", { name: "Een andere verkiezing of datum" }).check();
      await page.getByLabel("Soort verkiezing").selectOption({ label: "Gemeenteraad" });
      await page.getByLabel("Datum van de verkiezing").fill(javaScript ? "2030-03-20" : "2030-03-21");
      await page.getByLabel("Neem de antwoorden over uit de laatst ingediende zelftest").check();
      await Promise.all([
        page.waitForURL((url) => /^\/assessments\/[^/]+$/.test(url.pathname) && url.pathname !== "/assessments/new"),
        page.getByRole("button", { name: "Start de zelftest" }).click(),
      ]);
      const id = new URL(page.url()).pathname.split("/").pop() ?? "";
      await expect.poll(() => page.locator("main .lead").textContent()).toContain(`Vragenlijst versie ${currentQuestionnaire.version}`);
      expect(await page.locator("main").textContent()).toContain("Antwoorden uit de vorige zelftest zijn overgenomen.");
      // A new draft is on the current version already: no choice to move.
      expect(await page.getByRole("region", { name: "Er is een nieuwe versie van de vragenlijst" }).count()).toBe(0);
      const needs = expectedNeedsAnswer(submission);
      expect(await listedNeedsAnswer(page)).toEqual(needs.listed);
      if (javaScript) await expectNoAxeViolations(page, "overview of a carried-over version 2 draft");

      // A carried answer asks to be confirmed; confirming it (and saving, without JavaScript) clears it.
      const carried = submission.answers.find(
        (a) => a.answer === "option" && !needs.all.includes(a.questionId) && currentQuestionnaire.questions.some((q) => q.id === a.questionId && !q.condition),
      );
      if (!carried) throw new Error("no answer of the submission carries over");
      const question = currentQuestionnaire.questions.find((q) => q.id === carried.questionId);
      await page.goto(`${baseUrl}/assessments/${id}/domains/${question?.domain ?? ""}`);
      if (javaScript) await waitForHydration(page);
      const card = page.locator(`#q-${carried.questionId}`);
      expect(await card.locator(".carried .badge").textContent()).toBe("Overgenomen uit de vorige zelftest");
      expect(await card.locator(`input[value="option:${carried.optionId ?? ""}"]`).isChecked()).toBe(true);
      if (javaScript) {
        // A click, not check(): once the save is in, the page drops the "please confirm" box, so Playwright's
        // "is it checked now" retry could wait for a box that is gone. The reload below shows the marker cleared.
        const [response] = await Promise.all([
          page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/answers"), { timeout: 30_000 }),
          card.getByLabel("Dit klopt nog").click(),
        ]);
        expect(response.status()).toBe(200);
      } else {
        await card.getByLabel("Dit klopt nog").check();
        await Promise.all([page.waitForURL(/\?saved=/), page.getByRole("button", { name: "Opslaan", exact: true }).click()]);
      }
      await page.goto(`${baseUrl}/assessments/${id}/domains/${question?.domain ?? ""}`);
      expect(await page.locator(`#q-${carried.questionId} .carried`).count()).toBe(0);
      expect(problems).toEqual([]);
    });
  }
});

describe("the public questionnaire", () => {
  it("shows the current version, links to version 1, and says so when a version does not exist", async () => {
    const { page, problems } = await session(true);
    await page.goto(`${baseUrl}/questionnaire`);
    expect(await page.locator("main").textContent()).toContain(`Dit is versie ${currentQuestionnaire.version}: nieuwe zelftests gebruiken deze versie.`);
    await Promise.all([page.waitForURL(`${baseUrl}/questionnaire?version=1`), page.getByRole("link", { name: "Bekijk de eerdere versie 1" }).click()]);
    await expect.poll(() => page.locator("main .notice").first().textContent()).toContain("U bekijkt versie 1, een eerdere versie van de vragenlijst.");
    expect(await page.locator("main article.question-card").count()).toBe(questionnaireV1.questions.length);
    await expectNoAxeViolations(page, "questionnaire version 1");
    const json = await page.context().request.get(`${baseUrl}/questionnaire.json?version=1`);
    expect(await json.json()).toMatchObject({ version: 1 });
    const missing = await page.goto(`${baseUrl}/questionnaire?version=9`);
    expect(missing?.status()).toBe(404);
    expect(await page.locator("main [role=alert]").textContent()).toBe("Versie '9' van de vragenlijst bestaat niet. Er zijn deze versies: 1, 2.");
    const missingJson = await page.context().request.get(`${baseUrl}/questionnaire.json?version=9`);
    expect(missingJson.status()).toBe(404);
    expect(problems.filter((p) => !/status of 404/.test(p))).toEqual([]);
  });
});
