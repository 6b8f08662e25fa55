// The analyst's pages and exports, the admin's release page, the share page and the benchmark, through
// their route loaders and actions, against a real SQLite database (fresh for this file).
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { organisations, releases } from "../db/schema";
import { getDb } from "../app/db.server";
import { createUserSession } from "../app/auth/session.server";
import { InsightsView } from "../app/components/insights-view";
import { translator } from "../app/i18n/translate";
import { exportColumns, organisationKinds, type InsightsPage } from "../app/insights";
import { getPublishedRelease, publishDueRelease, shareAssessment } from "../app/models/insights.server";
import { createSyntheticOrganisations } from "../app/models/synthetic.server";
import { loader as insightsLoader } from "../app/routes/insights";
import { loader as csvLoader } from "../app/routes/insights[.csv]";
import { loader as jsonLoader } from "../app/routes/insights[.json]";
import * as adminRoute from "../app/routes/admin.insights";
import { action as codeFileAction } from "../app/routes/assessments.$id.withdrawal-code[.txt]";
import { action as shareAction, loader as shareLoader } from "../app/routes/assessments.$id.share";
import { loader as resultsLoader } from "../app/routes/assessments.$id.results";
import { loader as overviewLoader } from "../app/routes/assessments.$id._index";
import { cookieFrom, formRequest, getRequest, makeUser, outcomeStatus } from "./helpers/factory";
import { makeParty, reload, submittedAssessment } from "./insights/helpers";

const context = { clientAddress: "198.51.100.9" };
const adminLoader = adminRoute.loader;

async function cookieFor(userId: string): Promise<string> {
  return cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId, ipAddress: "::1" }));
}

function pageOf(result: { page: InsightsPage | null }): InsightsPage | null {
  return result.page;
}

let analystCookie = "";
let adminCookie = "";

beforeAll(async () => {
  analystCookie = await cookieFor((await makeUser({ platformRole: "analyst", name: "Ana Lyst" })).id);
  adminCookie = await cookieFor((await makeUser({ platformRole: "admin", name: "Ad Min" })).id);
});

const get = (url: string, cookie: string) => ({ request: getRequest(url, { Cookie: cookie }), params: {}, context });

describe("before the first release", () => {
  it("tells the analyst that nothing can be shown yet", async () => {
    expect(pageOf(await insightsLoader(get("/insights", analystCookie)))).toBeNull();
    expect(await outcomeStatus(() => csvLoader(get("/insights.csv", analystCookie)))).toBe(404);
  });
});

describe("the analyst", () => {
  let party: Awaited<ReturnType<typeof makeParty>>;

  beforeAll(async () => {
    party = await makeParty({ name: "Lokaal Belang Zeldzaamdorp", kind: "local_party" });
    shareAssessment({ actor: party.leadActor, assessment: submittedAssessment(party.leadActor) });
    createSyntheticOrganisations({ count: 40, seed: 11 });
    const result = publishDueRelease({ minGroup: 5 });
    if (!result.ok) throw new Error("no release");
  });

  it("reads the latest release, and an older one by number", async () => {
    const page = pageOf(await insightsLoader(get("/insights", analystCookie)));
    expect(page?.release.releaseId).toBe(1);
    expect(page?.breakdown).toBe("all");
    const chosen = pageOf(await insightsLoader(get("/insights?breakdown=election_type&release=1", analystCookie)));
    expect(chosen?.breakdown).toBe("election_type");
  });

  it("gets 400 for unknown or repeated parameters and breakdowns, and 404 for a release that does not exist", async () => {
    for (const query of ["?filter=name", "?breakdown=organisation", "?breakdown=all&breakdown=all", "?release=abc", "?organisation=1", "?q=Lokaal"]) {
      for (const loader of [insightsLoader, csvLoader, jsonLoader])
        expect(await outcomeStatus(() => loader(get(`/insights${query}`, analystCookie))), query).toBe(400);
    }
    for (const loader of [insightsLoader, csvLoader, jsonLoader])
      expect(await outcomeStatus(() => loader(get("/insights?release=99", analystCookie)))).toBe(404);
  });

  it("downloads the same figures as CSV and as JSON", async () => {
    const csvResponse = await csvLoader(get("/insights.csv", analystCookie));
    expect(csvResponse.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(csvResponse.headers.get("Content-Disposition")).toContain("weerbaar-inzichten-publicatie-1.csv");
    const lines = (await csvResponse.text()).trim().split("\r\n");
    expect(lines[0]).toBe("release,breakdown,group,domain_or_question,metric,value,n,status");
    const json: unknown = await (await jsonLoader(get("/insights.json", analystCookie))).json();
    const rows: unknown[] = json && typeof json === "object" && "rows" in json && Array.isArray(json.rows) ? json.rows : [];
    expect(rows.length).toBe(lines.length - 1);
    const records = rows.map((row) => new Map(row && typeof row === "object" ? Object.entries(row) : []));
    records.forEach((row, index) => {
      const cell = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : value === null ? "" : JSON.stringify(value));
      expect(exportColumns.map((c) => cell(row.get(c))).join(",")).toBe(lines[index + 1]);
    });
    // Suppressed figures carry neither value nor n, in both formats.
    for (const row of records) if (row.get("status") !== "published") expect([row.get("value"), row.get("n")]).toEqual([null, null]);
    expect(records.some((row) => row.get("status") === "fewer_than_k")).toBe(true);
    const filtered = await (await csvLoader(get("/insights.csv?breakdown=organisation_kind", analystCookie))).text();
    expect(
      filtered
        .trim()
        .split("\r\n")
        .slice(1)
        .every((line) => line.split(",")[1] === "organisation_kind"),
    ).toBe(true);
  });

  it("sees no organisation name from the database on the page (both languages), in the exports or on the admin page", async () => {
    const names = getDb()
      .select({ name: organisations.name })
      .from(organisations)
      .all()
      .map((o) => o.name);
    expect(names).toContain("Lokaal Belang Zeldzaamdorp");
    expect(names.length).toBeGreaterThan(40);
    const texts: string[] = [];
    for (const breakdown of ["all", "organisation_kind", "election_type"]) {
      const page = pageOf(await insightsLoader(get(`/insights?breakdown=${breakdown}`, analystCookie)));
      if (!page) throw new Error("no page");
      texts.push(JSON.stringify(page));
      for (const language of ["nl", "en"] as const) texts.push(renderToString(createElement(InsightsView, { page, t: translator(language), language })));
    }
    texts.push(await (await csvLoader(get("/insights.csv", analystCookie))).text());
    texts.push(await (await jsonLoader(get("/insights.json", analystCookie))).text());
    texts.push(JSON.stringify(await adminLoader(get("/admin/insights", adminCookie))));
    expect(texts[1]).toContain("Publicatie 1");
    expect(texts[2]).toContain("Release 1");
    for (const text of texts) {
      const lower = text.toLowerCase();
      for (const name of names) expect(lower.includes(name.toLowerCase()), `"${name}" appears`).toBe(false);
    }
  });

  it("and the admin get 404 on the party's pages; party members and the admin get 404 on insights", async () => {
    const assessment = submittedAssessment(party.leadActor);
    const params = { id: assessment.id };
    for (const cookie of [analystCookie, adminCookie]) {
      for (const [url, loader] of [
        [`/assessments/${assessment.id}/share`, shareLoader],
        [`/assessments/${assessment.id}/results`, resultsLoader],
        [`/assessments/${assessment.id}`, overviewLoader],
      ] as const) {
        expect(await outcomeStatus(() => loader({ request: getRequest(url, { Cookie: cookie }), params, context })), url).toBe(404);
      }
      expect(
        await outcomeStatus(() =>
          shareAction({
            request: formRequest(`/assessments/${assessment.id}/share`, { intent: "share", confirm: "yes" }, { Cookie: cookie }),
            params,
            context,
          }),
        ),
      ).toBe(404);
    }
    const leadCookie = await cookieFor(party.lead.id);
    for (const cookie of [leadCookie, adminCookie]) {
      for (const loader of [insightsLoader, csvLoader, jsonLoader]) expect(await outcomeStatus(() => loader(get("/insights", cookie)))).toBe(404);
    }
    for (const cookie of [leadCookie, analystCookie]) expect(await outcomeStatus(() => adminLoader(get("/admin/insights", cookie)))).toBe(404);
  });
});

describe("the share page", () => {
  it("lets the IT lead preview, opt in (with confirmation) and withdraw, without JavaScript", async () => {
    const party = await makeParty({ kind: "national_party" });
    const assessment = submittedAssessment(party.leadActor);
    const cookie = await cookieFor(party.lead.id);
    const params = { id: assessment.id };
    const url = `/assessments/${assessment.id}/share`;
    const page = await shareLoader({ request: getRequest(url, { Cookie: cookie }), params, context });
    expect(page.preview?.organisationKind).toBe("national_party");
    expect(page.preview?.domains.length).toBe(7);
    expect(page.shared).toBe(false);

    expect(await outcomeStatus(() => shareAction({ request: formRequest(url, { intent: "share" }, { Cookie: cookie }), params, context }))).toBe(400);
    expect(reload(party.leadActor, assessment.id).shared).toBe(false);
    // The code comes in the answer to the POST itself (no redirect): never in a URL, a log or the database.
    const shared = await shareAction({ request: formRequest(url, { intent: "share", confirm: "yes" }, { Cookie: cookie }), params, context });
    if (shared instanceof Response) throw new Error("expected the page data with the code");
    expect(shared).toMatchObject({ error: null, code: expect.stringMatching(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/) });
    const code = "code" in shared && typeof shared.code === "string" ? shared.code : "";
    const after = await shareLoader({ request: getRequest(url, { Cookie: cookie }), params, context });
    expect(after.shared).toBe(true);
    expect(JSON.stringify(after)).not.toContain(code);

    // The party's own copy of the code, as a file, in its language.
    const file = await codeFileAction({
      request: formRequest(`/assessments/${assessment.id}/withdrawal-code.txt`, { code }, { Cookie: cookie }),
      params,
      context,
    });
    expect(file.headers.get("Content-Disposition")).toContain("attachment");
    expect(await file.text()).toContain(code);
    const contributorCookie = await cookieFor(party.contributor.id);
    expect(
      await outcomeStatus(() =>
        codeFileAction({ request: formRequest(`/assessments/${assessment.id}/withdrawal-code.txt`, { code }, { Cookie: contributorCookie }), params, context }),
      ),
    ).toBe(403);

    // A typo in the code is said so, and nothing changes.
    expect(
      await outcomeStatus(() => shareAction({ request: formRequest(url, { intent: "withdraw", code: "not a code" }, { Cookie: cookie }), params, context })),
    ).toBe(400);
    expect(
      await outcomeStatus(() =>
        shareAction({ request: formRequest(url, { intent: "withdraw", code: "00000-00000-00000-00000-00000" }, { Cookie: cookie }), params, context }),
      ),
    ).toBe(409);
    expect(reload(party.leadActor, assessment.id).shared).toBe(true);
    const withdrawn = await shareAction({
      request: formRequest(url, { intent: "withdraw", code: code.toLowerCase().replace(/-/g, " ") }, { Cookie: cookie }),
      params,
      context,
    });
    expect(withdrawn instanceof Response && withdrawn.headers.get("Location")).toBe(`${url}?done=withdrawn`);
    expect(reload(party.leadActor, assessment.id).shared).toBe(false);
    expect(await outcomeStatus(() => shareAction({ request: formRequest(url, { intent: "withdraw" }, { Cookie: cookie }), params, context }))).toBe(409);
  });

  it("tells a brand-new organisation from when it can share, and shares nothing", async () => {
    const party = await makeParty({ independent: false });
    const assessment = submittedAssessment(party.leadActor);
    const cookie = await cookieFor(party.lead.id);
    const params = { id: assessment.id };
    const url = `/assessments/${assessment.id}/share`;
    const page = await shareLoader({ request: getRequest(url, { Cookie: cookie }), params, context });
    expect(page.eligibility).toMatchObject({ independent: false, eligibleFrom: expect.any(String) });
    expect(
      await outcomeStatus(() => shareAction({ request: formRequest(url, { intent: "share", confirm: "yes" }, { Cookie: cookie }), params, context })),
    ).toBe(409);
    expect(reload(party.leadActor, assessment.id).shared).toBe(false);
  });

  it("is the IT lead's alone (403 for colleagues), shows a draft as not yet shareable, and is linked from the overview", async () => {
    const party = await makeParty();
    const assessment = submittedAssessment(party.leadActor);
    const params = { id: assessment.id };
    for (const user of [party.contributor, party.manager]) {
      const cookie = await cookieFor(user.id);
      expect(await outcomeStatus(() => shareLoader({ request: getRequest(`/assessments/${assessment.id}/share`, { Cookie: cookie }), params, context }))).toBe(
        403,
      );
      expect(
        await outcomeStatus(() =>
          shareAction({
            request: formRequest(`/assessments/${assessment.id}/share`, { intent: "share", confirm: "yes" }, { Cookie: cookie }),
            params,
            context,
          }),
        ),
      ).toBe(403);
      expect((await overviewLoader({ request: getRequest(`/assessments/${assessment.id}`, { Cookie: cookie }), params, context })).mayShare).toBe(false);
    }
    const leadCookie = await cookieFor(party.lead.id);
    expect((await overviewLoader({ request: getRequest(`/assessments/${assessment.id}`, { Cookie: leadCookie }), params, context })).mayShare).toBe(true);
  });
});

describe("the benchmark on the results page", () => {
  it("shows a sharing party its type's median and quartiles, and invites a party that does not share", async () => {
    const kinds = getPublishedRelease()?.breakdowns.find((b) => b.breakdown === "organisation_kind")?.groups ?? [];
    const shownKind = organisationKinds.find((kind) => kinds.some((g) => g.group === kind && g.status === "published"));
    const hiddenKind = organisationKinds.find((kind) => kinds.some((g) => g.group === kind && g.status !== "published"));
    if (!shownKind || !hiddenKind) throw new Error("the synthetic release should show one type and hide another");
    const party = await makeParty({ kind: shownKind });
    const assessment = submittedAssessment(party.leadActor);
    const cookie = await cookieFor(party.lead.id);
    const params = { id: assessment.id };
    const before = await resultsLoader({ request: getRequest(`/assessments/${assessment.id}/results`, { Cookie: cookie }), params, context });
    expect(before.benchmark).toMatchObject({ sharing: false, mayShare: true, rows: null });
    shareAssessment({ actor: party.leadActor, assessment });
    const after = await resultsLoader({ request: getRequest(`/assessments/${assessment.id}/results`, { Cookie: cookie }), params, context });
    expect(after.benchmark.sharing).toBe(true);
    expect(after.benchmark.release?.id).toBeGreaterThan(0);
    expect(after.benchmark.rows?.length).toBe(7);
    for (const row of after.benchmark.rows ?? []) if (row.median !== null) expect(row.n ?? 0).toBeGreaterThanOrEqual(5);

    // A type the release does not show gets no comparison, only the explanation.
    const small = await makeParty({ kind: hiddenKind });
    const smallAssessment = submittedAssessment(small.leadActor);
    shareAssessment({ actor: small.leadActor, assessment: smallAssessment });
    const smallCookie = await cookieFor(small.lead.id);
    const smallResults = await resultsLoader({
      request: getRequest(`/assessments/${smallAssessment.id}/results`, { Cookie: smallCookie }),
      params: { id: smallAssessment.id },
      context,
    });
    expect(smallResults.benchmark).toMatchObject({ sharing: true, release: { minGroup: 5 }, rows: null });
  });
});

describe("the admin's release page", () => {
  it("shows when releases come, no counts and no figures, and has no way to make a release", async () => {
    const status = await adminLoader(get("/admin/insights", adminCookie));
    expect(Object.keys(status).sort()).toEqual(["epsilon", "latest", "minGroup", "nextReleaseDay"]);
    expect(Object.keys(status.latest ?? {}).sort()).toEqual(["id", "publishedAt"]);
    expect(status.nextReleaseDay).toMatch(/^\d{4}-(01|04|07|10)-01$/);
    // A release follows the calendar, never a click: a POST is refused with a message and makes nothing.
    const before = getDb().select().from(releases).all().length;
    const refused = await outcomeStatus(() => adminRoute.action({ request: formRequest("/admin/insights", {}, { Cookie: adminCookie }), params: {}, context }));
    expect(refused).toBe(405);
    expect(getDb().select().from(releases).all().length).toBe(before);
  });
});
