// The demo data's assessments, as the browser tests find them: their election is counted from the day the
// demo was loaded (scripts/demo-dates.ts), so the tests work out its name the same way instead of hard-coding it.
import type { Page } from "playwright-core";
import { demoDates } from "../../scripts/demo-dates";
import { formatDate, translate, type Language } from "../../app/i18n/translate";
import { dutchToday, type ElectionType } from "../../app/plan/elections";

/** "Provinciale Staten — 17 maart 2027", as useElectionLabel writes it. */
export function electionLabel(language: Language, type: ElectionType, date: string): string {
  return `${translate(language, `election.type.${type}`)} — ${formatDate(language, `${date}T12:00:00Z`)}`;
}

/** The election both demo assessments (the submitted one and the draft) prepare for. */
export const demoElection = demoDates({ today: dutchToday() }).election;
export const demoLabel = { nl: electionLabel("nl", demoElection.type, demoElection.date), en: electionLabel("en", demoElection.type, demoElection.date) };

/**
 * The id of Demopartij's submitted assessment or draft, read from the list (Dutch) the way a user finds it.
 * Tests may add assessments; the demo's own is the oldest of its kind (the list is newest first).
 */
export async function demoAssessmentId(page: Page, baseUrl: string, status: "submitted" | "draft"): Promise<string> {
  await page.goto(`${baseUrl}/assessments`);
  const row = page
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: demoLabel.nl, exact: true }) })
    .filter({ hasText: status === "draft" ? "Concept" : "Ingediend" })
    .last();
  const href = await row.getByRole("link", { name: demoLabel.nl, exact: true }).getAttribute("href");
  const match = /^\/assessments\/([^/]+)$/.exec(href ?? "");
  if (!match?.[1]) throw new Error(`No ${status} demo assessment "${demoLabel.nl}" on /assessments (href ${href})`);
  return match[1];
}
