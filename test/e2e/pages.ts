// The one list of pages each role can reach, read by the page checks in every-page.test.ts (axe-core, reflow at
// 320 and 640 pixels, text spacing and size, focus never hidden, screenshots), in Dutch and English. A new page
// goes here, and every check then covers it.
//
// Paths name the demo data they need in braces; resolvePath fills them in from what the pages themselves link
// to (the way a user finds them), so no test knows a database id. "{domain}" stands for every domain page
// the draft's overview links to.
import type { Browser } from "playwright-core";
import { openSession, signIn } from "./browser";
import { demoAssessmentId } from "./demo";

export type DemoIds = { draft: string; submitted: string; branch: string; domains: string[]; partyBranch: string; sharedAssessment: string };

export type RolePages = { role: string; email: string | null; paths: string[] };

export const pagesByRole: RolePages[] = [
  { role: "anonymous", email: null, paths: ["/", "/login", "/login/forgot", "/questionnaire"] },
  {
    role: "IT lead",
    email: "it-lead@demo.test",
    paths: [
      "/home",
      "/assessments",
      "/assessments/new",
      "/assessments/import",
      "/assessments/{draft}",
      "/assessments/{draft}/domains/{domain}",
      "/assessments/{draft}/submit",
      "/assessments/{draft}/submit?confirm=1",
      "/assessments/{draft}/version",
      "/assessments/{draft}/results",
      "/assessments/{submitted}",
      "/assessments/{submitted}/results",
      "/assessments/{submitted}/plan",
      "/assessments/{submitted}/plan?status=late",
      "/assessments/{submitted}/share",
      "/members",
      "/members/invitations",
      "/members/two-step",
      "/account/security",
      "/account/security/password",
      "/account/security/sessions",
      "/party",
      "/party?sort=score&dir=desc&status=submitted",
      "/party/branches/new",
      "/party/target",
      "/party/branches/{partyBranch}",
      "/party/branches/{sharedAssessment}",
      "/account/mail",
      "/account/email",
    ],
  },
  // A branch's own IT lead (Demopartij Amsterdam shares everything with its party).
  { role: "branch IT lead", email: "afdeling-amsterdam@demo.test", paths: ["/home", "/members", "/organisation/sharing"] },
  {
    role: "contributor",
    email: "secretaris@demo.test",
    // people is assigned to the demo secretary; accounts is read-only for them.
    paths: [
      "/home",
      "/assessments",
      "/assessments/{draft}",
      "/assessments/{draft}/domains/people",
      "/assessments/{draft}/domains/accounts",
      "/assessments/{submitted}/results",
      "/members",
      "/account/security",
    ],
  },
  {
    role: "campaign manager",
    email: "campagne@demo.test",
    paths: [
      "/home",
      "/assessments",
      "/assessments/{submitted}",
      "/assessments/{submitted}/results",
      "/assessments/{submitted}/plan",
      "/assessments/{draft}/plan",
      "/members",
      "/account/security",
    ],
  },
  {
    role: "platform admin",
    email: "beheer@demo.test",
    paths: [
      "/admin",
      "/admin/users",
      "/admin/audit",
      "/admin/mail",
      "/admin/insights",
      "/admin/organisations/{branch}",
      "/account/security",
      "/account/security/two-step-off",
      "/account/security/new-codes",
    ],
  },
  { role: "ministry analyst", email: "analist@demo.test", paths: ["/insights", "/account/security"] },
];

const branchName = "Demopartij Utrecht";

/** The demo ids, read from the IT lead's pages: the assessment list, the draft's overview, the organisation switcher. */
export async function findDemoIds(browser: Browser, baseUrl: string): Promise<DemoIds> {
  const { page, context } = await openSession(browser, { javaScript: false });
  try {
    await signIn(page, baseUrl, "it-lead@demo.test");
    // Both demo assessments prepare for the same election (counted from the day the demo was loaded).
    const draft = await demoAssessmentId(page, baseUrl, "draft");
    const submitted = await demoAssessmentId(page, baseUrl, "submitted");
    await page.goto(`${baseUrl}/assessments`);
    const branch = await page.getByLabel("Organisatie").locator("option", { hasText: branchName }).getAttribute("value");
    if (!branch) throw new Error(`No "${branchName}" in the IT lead's organisation switcher`);
    await page.goto(`${baseUrl}/assessments/${draft}`);
    const hrefs = await page
      .locator(`main a[href^="/assessments/${draft}/domains/"]`)
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    const domains = [...new Set(hrefs.map((href) => href.split("/").pop() ?? ""))].filter(Boolean);
    if (domains.length === 0) throw new Error("The draft's overview links to no domain page");
    // The party overview links to each branch, and to the assessment of a branch that shares everything.
    await page.goto(`${baseUrl}/party`);
    const partyLinks = await page.locator('main a[href^="/party/branches/"]').evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    const sharedAssessment = partyLinks.find((href) => href.includes("/assessments/"))?.replace("/party/branches/", "");
    const partyBranch = partyLinks.find((href) => !href.includes("/assessments/") && href !== "/party/branches/new")?.replace("/party/branches/", "");
    if (!sharedAssessment || !partyBranch) throw new Error("The party overview links to no branch or no shared assessment");
    return { draft, submitted, branch, domains, partyBranch, sharedAssessment };
  } finally {
    await context.close();
  }
}

/** The concrete paths of a path template ("{domain}" gives one path per domain). */
export function resolvePath(template: string, ids: DemoIds): string[] {
  const filled = template
    .replaceAll("{draft}", ids.draft)
    .replaceAll("{submitted}", ids.submitted)
    .replaceAll("{branch}", ids.branch)
    .replaceAll("{partyBranch}", ids.partyBranch)
    .replaceAll("{sharedAssessment}", ids.sharedAssessment);
  if (/\{(?!domain\})[^}]*\}/.test(filled)) throw new Error(`Unknown placeholder in ${template}`);
  return filled.includes("{domain}") ? ids.domains.map((domain) => filled.replace("{domain}", domain)) : [filled];
}
