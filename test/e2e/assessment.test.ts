// Browser journeys for taking an assessment: an IT lead starts and completes a new assessment with
// autosave and submits it (then it is frozen); input survives a reload; a contributor answers an assigned
// section with JavaScript off and cannot touch other sections; a campaign manager cannot change answers;
// a question can be answered with the keyboard alone; and two people editing one question see a conflict.
// The list, overview, question and submit pages are scanned with axe-core in every-page.test.ts.
//
// The server and database are shared with the other e2e files: only the IT lead's new assessment (test 1) is
// submitted. The demo draft (for the next election after the day the demo was loaded) is never frozen, and every
// test that writes to it uses its own questions:
//   reload test     governance: gov-board-agenda, gov-offline-backups
//   contributor     people (all questions); tries accounts/acc-mfa-social (must be refused)
//   campaign mgr    tries devices/dev-phone-lock-mdm (must be refused)
//   keyboard        email_web: web-email-authentication
//   conflict        candidates: cand-digital-footprint
import type { Page, Response } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { signIn, waitForHydration } from "./browser";
import { demoAssessmentId, demoLabel, electionLabel } from "./demo";
import { postForm, registerBrowserSessions } from "./sessions";
import { currentQuestionnaire } from "../../app/questionnaire/current";

// A new assessment answers the current version; answering every top option shows every follow-up.
const questionCount = currentQuestionnaire.questions.length;
import { addDays } from "../../app/plan/timeline";
import { dutchToday } from "../../app/plan/elections";

const baseUrl = inject("baseUrl");
const { session, closeSessions } = registerBrowserSessions();
let draftId: string;

const demoDraftLabel = demoLabel.nl;
// The IT lead's own new assessment: an election type the demo never uses, on a day well ahead.
const newElectionDate = addDays({ date: dutchToday(), days: 600 });

beforeAll(async () => {
  // The demo draft's id, read once from the list the way a user finds it.
  const { page } = await session(false);
  await signIn(page, baseUrl, "it-lead@demo.test");
  draftId = await demoAssessmentId(page, baseUrl, "draft");
  await closeSessions();
});

const saveStatus = (page: Page) => page.locator(".save-status[role=status]");
const card = (page: Page, questionId: string) => page.locator(`#q-${questionId}`);
const radio = (page: Page, questionId: string, value: string) => page.locator(`input[type=radio][name="answer-${questionId}"][value="${value}"]`);
const note = (page: Page, questionId: string) => page.locator(`textarea[name="note-${questionId}"]`);
const isAutosave = (response: Response) => response.request().method() === "POST" && new URL(response.url()).pathname.endsWith("/answers");
const savedText = /^Opgeslagen om \d{1,2}:\d{2}$/;

/** Does something that triggers one autosave, and waits for the request to succeed and the status to say so. */
async function autosaved(page: Page, act: () => Promise<unknown>, what: string): Promise<void> {
  const [response] = await Promise.all([page.waitForResponse(isAutosave), act()]);
  expect(response.status(), `autosave of ${what} answered ${response.status()}: ${await response.text()}`).toBe(200);
  await expect.poll(() => saveStatus(page).textContent(), { message: `status after autosave of ${what}` }).toMatch(savedText);
}

async function openDomain(page: Page, assessmentId: string, domain: string): Promise<void> {
  await page.goto(`${baseUrl}/assessments/${assessmentId}/domains/${domain}`);
}

async function expectReadOnly(page: Page, label: string): Promise<void> {
  expect(await page.locator("input[type=radio]").count(), `radios on ${label}`).toBe(0);
  expect(await page.locator("textarea").count(), `note fields on ${label}`).toBe(0);
  expect(await page.getByRole("button", { name: /^Opslaan/ }).count(), `save buttons on ${label}`).toBe(0);
}

describe("IT lead completes a new assessment (JavaScript on)", () => {
  it("starts one, answers every visible question with autosave, submits it, and then it is frozen", { timeout: 120_000 }, async () => {
    const { page, problems } = await session();
    await signIn(page, baseUrl, "it-lead@demo.test");
    await page.goto(`${baseUrl}/assessments`);
    await page.getByRole("link", { name: "Nieuwe zelftest starten" }).click();
    await page.waitForURL(`${baseUrl}/assessments/new`);
    await waitForHydration(page);
    await page.getByRole("radio", { name: "Een andere verkiezing of datum" }).check();
    await page.getByLabel("Soort verkiezing").selectOption({ label: "Europees Parlement" });
    await page.getByLabel("Datum van de verkiezing").fill(newElectionDate);
    const carryOver = page.getByLabel("Neem de antwoorden over uit de laatst ingediende zelftest");
    expect(await carryOver.isChecked(), "carry-over must start unchecked").toBe(false);
    await Promise.all([
      page.waitForURL((url) => /^\/assessments\/[^/]+$/.test(url.pathname) && url.pathname !== "/assessments/new"),
      page.getByRole("button", { name: "Start de zelftest" }).click(),
    ]);
    const id = new URL(page.url()).pathname.split("/").pop() ?? "";
    expect(id).not.toBe("new");
    // With JavaScript on, Remix may change the address just before it renders the new page: wait for its heading.
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe(`Zelftest: ${electionLabel("nl", "europees_parlement", newElectionDate)}`);
    expect(await page.locator("main .lead").textContent()).toContain("Concept");

    // "Weet ik niet" for three questions that no follow-up depends on; the last (most mature) option for the
    // rest, which is also the answer that makes each conditional follow-up appear.
    const dontKnow = new Set(["gov-board-agenda", "acc-login-alerts", "ppl-suppliers"]);
    const answered: string[] = [];
    const domainOrder = ["governance", "accounts", "devices", "email_web", "disinformation", "candidates", "people"];
    await page.getByRole("link", { name: "Organisatie en incidenten" }).first().click();
    await page.waitForURL(`${baseUrl}/assessments/${id}/domains/governance`);
    for (let domainNumber = 1; domainNumber <= 7; domainNumber++) {
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toMatch(new RegExp(`^Onderwerp ${domainNumber} van 7: `));
      await waitForHydration(page);
      const unanswered = page.locator("fieldset.question-card:not([hidden])").filter({ hasNot: page.locator("input[type=radio]:checked") });
      for (let guard = 0; guard < 30; guard++) {
        if ((await unanswered.count()) === 0) break;
        const fieldset = unanswered.first();
        const questionId = (await fieldset.getAttribute("id"))?.replace(/^q-/, "") ?? "";
        const choice = dontKnow.has(questionId)
          ? fieldset.getByRole("radio", { name: "Weet ik niet" })
          : fieldset.locator('input[type=radio][value^="option:"]').last();
        await autosaved(page, () => choice.check(), questionId);
        answered.push(questionId);
      }
      expect(await unanswered.count(), `unanswered visible questions left on domain ${domainNumber}`).toBe(0);
      const next = page.getByRole("button", { name: domainNumber < 7 ? /^Opslaan en verder naar / : "Opslaan en naar het overzicht" });
      // The exact next address: the current one (…?saved=1) would match a looser pattern before navigating.
      const nextDomain = domainOrder[domainNumber];
      const target = nextDomain ? `${baseUrl}/assessments/${id}/domains/${nextDomain}?saved=1` : `${baseUrl}/assessments/${id}?saved=1`;
      await Promise.all([page.waitForURL(target), next.click()]);
    }
    // The follow-ups appeared after their triggering answers and were answered too.
    for (const followUp of ["gov-tabletop-exercise", "acc-security-keys", "dis-holding-messages", "cand-family-staff"]) expect(answered).toContain(followUp);
    expect(new Set(answered).size).toBe(questionCount);
    await expect.poll(() => page.locator(".progress label").textContent()).toBe(`${questionCount} van ${questionCount} vragen beantwoord (100%)`);

    await page.getByRole("link", { name: "Naar indienen" }).click();
    await page.waitForURL(`${baseUrl}/assessments/${id}/submit`);
    const summary = page.locator(".summary-list");
    await expect.poll(() => summary.textContent()).toContain(`${questionCount} vragen in deze zelftest`);
    expect(await summary.textContent()).toContain("0 nog niet beantwoord");
    expect(await summary.textContent()).toContain("3 keer 'weet ik niet'");
    await waitForHydration(page);
    // First a confirmation (a page state of its own, not window.confirm); nothing is submitted yet.
    await Promise.all([page.waitForURL(`${baseUrl}/assessments/${id}/submit?confirm=1`), page.getByRole("button", { name: "Dien de zelftest in" }).click()]);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Weet u het zeker?");
    expect(await page.locator("main").textContent()).toContain("Dit kunt u niet ongedaan maken.");
    await waitForHydration(page);
    await Promise.all([
      page.waitForURL(`${baseUrl}/assessments/${id}/results?submitted=1`),
      page.getByRole("button", { name: "Ja, definitief indienen" }).click(),
    ]);
    const nextSteps = page.getByRole("region", { name: "De zelftest is ingediend. Wat nu?" });
    await expect.poll(() => nextSteps.count()).toBe(1);
    expect(await nextSteps.getByRole("link", { name: "Open het actieplan" }).getAttribute("href")).toBe(`/assessments/${id}/plan`);
    expect(await nextSteps.textContent()).toContain("Vertel het de campagneleider");
    await page.goto(`${baseUrl}/assessments/${id}`);
    await expect.poll(() => page.locator("main .lead").textContent()).toContain("Ingediend");
    const lead = (await page.locator("main .lead").textContent()) ?? "";
    expect(lead).toMatch(/totaalscore \d{1,3} van 100/);
    expect(await page.locator("main").textContent()).toContain("Deze zelftest is ingediend en ligt vast.");
    expect(await page.getByRole("link", { name: "Naar indienen" }).count()).toBe(0);

    // Frozen: the question pages have no inputs, and the autosave endpoint refuses a change.
    await openDomain(page, id, "accounts");
    expect(await page.locator("main").textContent()).toContain("Deze zelftest is ingediend en ligt vast.");
    await expectReadOnly(page, "a domain page of the submitted assessment");
    const refused = await postForm(page, baseUrl, `/assessments/${id}/answers`, {
      questionId: "acc-mfa-email",
      answer: "option:none",
      note: "",
      revision: "1",
    });
    expect(refused.status(), `autosave on a submitted assessment: ${await refused.text()}`).toBe(409);
    expect(await refused.json()).toEqual({ status: "error", code: "frozen" });
    // ... and the answer did not change.
    await page.reload();
    expect(await card(page, "acc-mfa-email").textContent()).toContain("Onze e-maildienst dwingt tweestapsverificatie af");
    expect(problems).toEqual([]);
  });
});

describe("autosave and reload (JavaScript on)", () => {
  it("keeps a saved answer and note after a reload", async () => {
    const { page, problems } = await session();
    await signIn(page, baseUrl, "it-lead@demo.test");
    await openDomain(page, draftId, "governance");
    await waitForHydration(page);
    expect(await radio(page, "gov-board-agenda", "option:yearly-no-budget").isChecked()).toBe(false);
    await autosaved(page, () => radio(page, "gov-board-agenda", "option:yearly-no-budget").check(), "gov-board-agenda answer");
    const text = "Staat in april op de agenda van het bestuur.";
    await autosaved(page, () => note(page, "gov-board-agenda").pressSequentially(text), "gov-board-agenda note");
    await page.reload();
    await waitForHydration(page);
    expect(await radio(page, "gov-board-agenda", "option:yearly-no-budget").isChecked()).toBe(true);
    expect(await note(page, "gov-board-agenda").inputValue()).toBe(text);
    expect(await card(page, "gov-board-agenda").textContent()).toContain("Laatst gewijzigd door Ilse de Vries");
    expect(problems).toEqual([]);
  });

  it("restores a note typed but not yet autosaved when the page is reloaded", async () => {
    const { page, problems } = await session();
    await signIn(page, baseUrl, "it-lead@demo.test");
    await openDomain(page, draftId, "governance");
    await waitForHydration(page);
    const field = note(page, "gov-offline-backups");
    expect(await field.inputValue(), "the demo draft has no note on this question yet").toBe("");
    const autosaves: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname.endsWith("/answers")) autosaves.push(request.postData() ?? "");
    });
    const text = "Back-up staat op een schijf bij de penningmeester.";
    await field.click();
    await field.pressSequentially(text);
    // Reload straight away, inside the autosave delay: nothing may have been sent yet.
    expect(autosaves, "the note was autosaved before the reload, so this test proves nothing").toEqual([]);
    const keptBeforeReload = await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.endsWith(":gov-offline-backups")).length);
    await page.reload();
    await waitForHydration(page);
    await expect
      .poll(() => note(page, "gov-offline-backups").inputValue(), {
        message: `a note typed but not yet autosaved must come back after a reload (localStorage entries for it before the reload: ${keptBeforeReload}; the page writes localStorage only when an autosave starts, 900 ms after the last keystroke, not while typing)`,
        timeout: 3000,
      })
      .toBe(text);
    await expect.poll(() => saveStatus(page).textContent(), { message: "the restored note is saved" }).toMatch(savedText);
    await page.reload();
    expect(await note(page, "gov-offline-backups").inputValue()).toBe(text);
    expect(problems).toEqual([]);
  });
});

describe("contributor (JavaScript off)", () => {
  it("answers an assigned section with the save button, and cannot change another section", async () => {
    const { page } = await session(false);
    await signIn(page, baseUrl, "secretaris@demo.test");
    await page.goto(`${baseUrl}/assessments`);
    const mine = page.getByRole("region", { name: "Mijn onderwerpen" });
    // Each of her sections once, under the draft they belong to (named by election, start date and who started it).
    const demoGroup = mine.getByRole("list", { name: new RegExp(`^${demoDraftLabel} \\(gestart op .+ door Ilse de Vries\\)$`) });
    expect((await demoGroup.getByRole("listitem").allTextContents()).map((text) => text.replace(/ \(klaar\)$/, ""))).toEqual([
      "Reageren op desinformatie",
      "Mensen, vrijwilligers en leveranciers",
    ]);
    await Promise.all([
      page.waitForURL(`${baseUrl}/assessments/${draftId}/domains/people`),
      demoGroup.getByRole("link", { name: "Mensen, vrijwilligers en leveranciers" }).click(),
    ]);

    const choices: Record<string, string> = {
      "ppl-onboarding-briefing": "option:everyone-verbal",
      "ppl-phishing-training": "option:tips-sent",
      "ppl-report-suspicious": "dont_know",
      "ppl-volunteer-access": "option:limited-not-revoked",
      "ppl-branches-baseline": "not_applicable",
      "ppl-suppliers": "option:list-no-terms",
      "ppl-encrypted-messaging": "option:agreed-app",
    };
    const visible = await page.locator("fieldset.question-card:not([hidden])").evaluateAll((sets) => sets.map((set) => set.id.replace(/^q-/, "")));
    expect(visible.sort()).toEqual(Object.keys(choices).sort());
    for (const [questionId, value] of Object.entries(choices)) await radio(page, questionId, value).check();
    await note(page, "ppl-suppliers").fill("Lijst van bureaus bijwerken na de zomer.");
    // People is the last domain; her next own section with open questions is disinformation, not the
    // overview and not a section she may only read.
    await Promise.all([
      page.waitForURL(`${baseUrl}/assessments/${draftId}/domains/disinformation?saved=1`),
      page.getByRole("button", { name: "Opslaan en verder naar Reageren op desinformatie" }).click(),
    ]);

    await openDomain(page, draftId, "people");
    for (const [questionId, value] of Object.entries(choices))
      expect(await radio(page, questionId, value).isChecked(), `${questionId} = ${value} after saving`).toBe(true);
    expect(await note(page, "ppl-suppliers").inputValue()).toBe("Lijst van bureaus bijwerken na de zomer.");
    expect(await card(page, "ppl-suppliers").textContent()).toContain("Laatst gewijzigd door Sanne Jansen");

    // A section not assigned to her: readable, not editable, and a hand-made POST is refused.
    await openDomain(page, draftId, "accounts");
    // An information notice, not a success message.
    const readOnly = page.getByRole("status").filter({ hasText: "U kunt dit onderwerp lezen, maar niet wijzigen." });
    expect(await readOnly.getAttribute("class")).toBe("info");
    await expectReadOnly(page, "accounts for a contributor");
    const refused = await postForm(page, baseUrl, `/assessments/${draftId}/domains/accounts`, {
      "rev-acc-mfa-social": "0",
      "answer-acc-mfa-social": "option:enforced",
      "note-acc-mfa-social": "",
      intent: "stay",
    });
    expect(refused.status(), `POST of the accounts form by a contributor: ${refused.headers().location ?? ""}`).toBe(403);
    await page.reload();
    expect(await card(page, "acc-mfa-social").textContent()).toContain("nog niet beantwoord");
  });
});

describe("campaign manager", () => {
  it("reads the draft's sections but cannot change an answer", async () => {
    const { page, problems } = await session();
    await signIn(page, baseUrl, "campagne@demo.test");
    for (const domain of ["governance", "devices", "people"]) {
      await openDomain(page, draftId, domain);
      expect(await page.locator("main").textContent()).toContain("U kunt dit onderwerp lezen, maar niet wijzigen.");
      await expectReadOnly(page, `${domain} for the campaign manager`);
    }
    const autosave = await postForm(page, baseUrl, `/assessments/${draftId}/answers`, {
      questionId: "dev-phone-lock-mdm",
      answer: "option:mdm",
      note: "",
      revision: "0",
    });
    expect(autosave.status(), `autosave by the campaign manager: ${await autosave.text()}`).toBe(403);
    const form = await postForm(page, baseUrl, `/assessments/${draftId}/domains/devices`, {
      "rev-dev-phone-lock-mdm": "0",
      "answer-dev-phone-lock-mdm": "option:mdm",
      intent: "stay",
    });
    expect(form.status(), "POST of the devices form by the campaign manager").toBe(403);
    await openDomain(page, draftId, "devices");
    expect(await card(page, "dev-phone-lock-mdm").textContent()).toContain("nog niet beantwoord");
    expect(problems).toEqual([]);
  });
});

describe("keyboard only", () => {
  it("reaches a question with Tab, answers with Space and arrow keys, with visible focus", async () => {
    const { page, problems } = await session();
    await signIn(page, baseUrl, "it-lead@demo.test");
    await openDomain(page, draftId, "email_web");
    await waitForHydration(page);
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        if (!(element instanceof HTMLInputElement) || element.type !== "radio") return null;
        const style = getComputedStyle(element);
        return {
          name: element.name,
          value: element.value,
          checked: element.checked,
          focusVisible: element.matches(":focus-visible"),
          outlineStyle: style.outlineStyle,
          outlineWidth: style.outlineWidth,
        };
      });
    let reached: Awaited<ReturnType<typeof focused>> = null;
    for (let presses = 0; presses < 80 && !reached; presses++) {
      await page.keyboard.press("Tab");
      reached = await focused();
    }
    expect(reached, "Tab never reached a radio button").not.toBeNull();
    expect(reached?.name).toBe("answer-web-email-authentication");
    expect(reached?.checked).toBe(false);
    expect(reached?.focusVisible, "the focused radio matches :focus-visible").toBe(true);
    expect(reached?.outlineStyle, "focus outline").not.toBe("none");
    expect(reached?.outlineWidth).not.toBe("0px");

    await autosaved(page, () => page.keyboard.press("Space"), "web-email-authentication with Space");
    expect(await focused()).toMatchObject({ value: "option:none", checked: true });
    await autosaved(page, () => page.keyboard.press("ArrowDown"), "web-email-authentication with ArrowDown");
    const after = await focused();
    expect(after).toMatchObject({ name: "answer-web-email-authentication", value: "option:no-dmarc", checked: true, focusVisible: true });
    expect(after?.outlineStyle).not.toBe("none");

    // Let the page finish the work the last save started before tearing it down with a reload.
    await page.waitForLoadState("networkidle");
    await page.reload();
    expect(await radio(page, "web-email-authentication", "option:no-dmarc").isChecked()).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe("two people change the same question", () => {
  it("shows the conflict with both versions, and 'Bewaar mijn versie' saves mine", async () => {
    const first = await session();
    const second = await session();
    for (const { page } of [first, second]) {
      await signIn(page, baseUrl, "it-lead@demo.test");
      await openDomain(page, draftId, "candidates");
      await waitForHydration(page);
    }
    const questionId = "cand-digital-footprint";
    await autosaved(first.page, () => radio(first.page, questionId, "option:top-checked").check(), "the first person's answer");

    // The second page still holds revision 0.
    const [response] = await Promise.all([second.page.waitForResponse(isAutosave), radio(second.page, questionId, "option:all-checked").check()]);
    expect(response.status()).toBe(409);
    const panel = card(second.page, questionId).getByRole("alert");
    await expect.poll(() => panel.textContent(), { message: "conflict panel" }).toContain("Iemand anders heeft deze vraag intussen gewijzigd.");
    const versions = await panel.locator("dt, dd").allTextContents();
    expect(versions).toEqual([
      "Hun versie",
      "Voor de lijsttrekker en de bovenste plaatsen is het nagezocht en zijn verwijderverzoeken gedaan",
      "Uw versie",
      "Voor elke kandidaat is het nagezocht, zijn verwijderverzoeken gedaan, en we zoeken opnieuw vóór de verkiezingsdag",
    ]);
    expect(await panel.textContent()).toContain("Ilse de Vries bewaarde een ander antwoord");
    expect(await saveStatus(second.page).textContent()).toContain("Niet opgeslagen: iemand anders wijzigde een vraag.");

    await autosaved(second.page, () => panel.getByRole("button", { name: "Bewaar mijn versie" }).click(), "'Bewaar mijn versie'");
    expect(await card(second.page, questionId).getByRole("alert").count(), "conflict panel gone after saving").toBe(0);
    await first.page.reload();
    expect(await radio(first.page, questionId, "option:all-checked").isChecked(), "the kept version is stored").toBe(true);
    expect([...first.problems, ...second.problems]).toEqual([]);
  });
});
