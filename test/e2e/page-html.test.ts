// The domain page and the results page must not change when the server renders them faster: their HTML
// (what is inside <main>) for the demo's assessments is compared with files written by the code before
// its render caches existed. Only what legitimately differs per database or per day is normalised: the
// assessments' ids and the demo's dates, which are counted from the day the demo was loaded.
// After an intended change of these pages: `npx vitest run --project e2e test/e2e/page-html.test.ts -u`,
// and read the diff of the files in __snapshots__/page-html before committing it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword } from "./browser";
import { startOwnServer, type OwnServer } from "./own-server";

// Its own server and database: other test files change the demo's answers on the shared one.
let server: OwnServer;
let ids: { draft: string; submitted: string };

beforeAll(async () => {
  server = await startOwnServer();
  const cookie = await signInCookie({ email: "it-lead@demo.test" });
  ids = await demoAssessmentIds({ cookie });
});
afterAll(async () => {
  await server?.stop();
});

async function signInCookie({ email }: { email: string }): Promise<string> {
  const response = await fetch(`${server.baseUrl}/login`, {
    method: "POST",
    headers: { Origin: server.baseUrl },
    body: new URLSearchParams({ email, password: demoPassword }),
    redirect: "manual",
  });
  expect(response.status).toBe(302);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  expect(cookie).not.toBe("");
  return cookie;
}

/** The language cookie next to the session cookie, as the language button sets it. */
async function inLanguage({ cookie, language }: { cookie: string; language: "nl" | "en" }): Promise<string> {
  const response = await fetch(`${server.baseUrl}/language`, {
    method: "POST",
    headers: { Origin: server.baseUrl, Cookie: cookie },
    body: new URLSearchParams({ language, redirectTo: "/" }),
    redirect: "manual",
  });
  expect(response.status).toBe(302);
  const languageCookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return `${cookie}; ${languageCookie}`;
}

/** The demo draft and the demo submitted assessment, from the list (newest first; the demo's own are the oldest). */
async function demoAssessmentIds({ cookie }: { cookie: string }): Promise<{ draft: string; submitted: string }> {
  const html = await (await fetch(`${server.baseUrl}/assessments`, { headers: { Cookie: cookie } })).text();
  const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map((match) => match[1] ?? "");
  const idIn = (row: string | undefined) => /href="\/assessments\/([A-Za-z0-9_-]{16})"/.exec(row ?? "")?.[1];
  const draft = idIn(rows.filter((row) => row.includes("Concept")).at(-1));
  const submitted = idIn(rows.filter((row) => row.includes("Ingediend")).at(-1));
  if (!draft || !submitted) throw new Error("the demo's draft and submitted assessment are not on /assessments");
  return { draft, submitted };
}

const months = [
  "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december",
  "jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec",
  "January|February|March|April|May|June|July|August|September|October|November|December",
  "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec",
].join("|");
const formattedDate = new RegExp(`\\b\\d{1,2} (?:${months})\\.? \\d{4}(?:,? \\d{1,2}:\\d{2})?`, "g");

/**
 * What is inside <main>, with the assessments' ids and the demo's dates replaced, one tag per line so a
 * difference reads well. Nothing else is changed: a line break already in the page is kept as "↵".
 */
function pageContent({ html }: { html: string }): string {
  const main = /<main\b[^>]*>(.*)<\/main>/s.exec(html)?.[1];
  if (main === undefined) throw new Error(`no <main> in the page:\n${html.slice(0, 500)}`);
  return `${main
    .replaceAll(ids.draft, "{draft}")
    .replaceAll(ids.submitted, "{submitted}")
    .replace(formattedDate, "{date}")
    .replaceAll("\n", "↵")
    .replaceAll("><", ">\n<")}\n`;
}

async function page({ cookie, path }: { cookie: string; path: string }): Promise<string> {
  const response = await fetch(`${server.baseUrl}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
  expect(response.status, path).toBe(200);
  return pageContent({ html: await response.text() });
}

const domains = ["governance", "accounts", "devices", "email_web", "disinformation", "candidates", "people"];

describe("the domain page renders the same HTML", () => {
  it("for the IT lead answering the draft, every domain, in Dutch", async () => {
    const cookie = await inLanguage({ cookie: await signInCookie({ email: "it-lead@demo.test" }), language: "nl" });
    for (const domain of domains) {
      await expect(await page({ cookie, path: `/assessments/${ids.draft}/domains/${domain}` })).toMatchFileSnapshot(
        `__snapshots__/page-html/domain-draft-${domain}.nl.html`,
      );
    }
  });

  it("in English, after a save without JavaScript (the 'saved here' notice), and for the submitted assessment (read only)", async () => {
    const cookie = await signInCookie({ email: "it-lead@demo.test" });
    const english = await inLanguage({ cookie, language: "en" });
    await expect(await page({ cookie: english, path: `/assessments/${ids.draft}/domains/accounts` })).toMatchFileSnapshot(
      "__snapshots__/page-html/domain-draft-accounts.en.html",
    );
    await expect(await page({ cookie: english, path: `/assessments/${ids.draft}/domains/email_web` })).toMatchFileSnapshot(
      "__snapshots__/page-html/domain-draft-email_web.en.html",
    );
    const dutch = await inLanguage({ cookie, language: "nl" });
    await expect(await page({ cookie: dutch, path: `/assessments/${ids.draft}/domains/accounts?saved=acc-mfa-email` })).toMatchFileSnapshot(
      "__snapshots__/page-html/domain-draft-accounts-saved.nl.html",
    );
    await expect(await page({ cookie: dutch, path: `/assessments/${ids.submitted}/domains/accounts` })).toMatchFileSnapshot(
      "__snapshots__/page-html/domain-submitted-accounts.nl.html",
    );
  });

  it("for a contributor: her own section, and one she may only read", async () => {
    const cookie = await inLanguage({ cookie: await signInCookie({ email: "secretaris@demo.test" }), language: "nl" });
    for (const domain of ["people", "accounts"]) {
      await expect(await page({ cookie, path: `/assessments/${ids.draft}/domains/${domain}` })).toMatchFileSnapshot(
        `__snapshots__/page-html/domain-draft-${domain}-contributor.nl.html`,
      );
    }
  });
});

describe("the results page renders the same HTML", () => {
  it("for the draft and the submitted assessment, in Dutch and English", async () => {
    const cookie = await signInCookie({ email: "it-lead@demo.test" });
    for (const language of ["nl", "en"] as const) {
      const withLanguage = await inLanguage({ cookie, language });
      for (const which of ["draft", "submitted"] as const) {
        await expect(await page({ cookie: withLanguage, path: `/assessments/${ids[which]}/results` })).toMatchFileSnapshot(
          `__snapshots__/page-html/results-${which}.${language}.html`,
        );
      }
    }
  });
});
