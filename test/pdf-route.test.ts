// GET /assessments/:id/plan.pdf against a real database: who may download it, which language it is in, and that
// it shows the stored snapshot and the plan's follow-up.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createUserSession } from "../app/auth/session.server";
import { getDb } from "../app/db.server";
import { languageCookie } from "../app/i18n/language.server";
import type { Actor, AssessmentRow } from "../app/models/assessments.server";
import { getPlan, updatePlanAction } from "../app/models/plan.server";
import { loader } from "../app/routes/assessments.$id.plan[.pdf]";
import type { ScoreResultV1 } from "../app/scoring";
import { assessments } from "../db/schema";
import { answerVisible, lowestOption, makeTeam, reloadAssessment, startDraft, submitDraft } from "./helpers/builders";
import { cookieFrom, getRequest, makeUser } from "./helpers/factory";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-pdf-route-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function party() {
  const team = await makeTeam({ ipAddress: "::1", name: "Partij voor de Test" });
  const draft = startDraft({ actor: team.leadActor });
  return { ...team, actor: team.leadActor, load: () => reloadAssessment({ assessment: draft }) };
}

/** Answers every visible question with its lowest option (a note with "ĳ" and "€" on the first), then submits. */
function answerAndSubmit(actor: Actor, load: () => AssessmentRow) {
  answerVisible({
    actor,
    assessment: load(),
    answer: ({ question }) => lowestOption(question),
    note: ({ round, index }) => (round === 0 && index === 0 ? "Notitie met ĳ en € erin" : ""),
  });
  submitDraft({ actor, assessment: load() });
}

/** The text of a PDF, page by page, as poppler's pdftotext reads it. */
function pdfText(bytes: Buffer): string[] {
  const file = path.join(dir, `${randomUUID()}.pdf`);
  fs.writeFileSync(file, bytes);
  try {
    return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" })
      .split("\f")
      .filter((page) => page.trim() !== "");
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT")
      throw new Error("pdftotext is not installed: apt-get install -y poppler-utils qpdf");
    throw error;
  }
}

async function cookieFor(userId: string, language?: "nl" | "en"): Promise<string> {
  const session = cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId, ipAddress: "::1" }));
  return language ? `${session}; ${cookieFrom(await languageCookie.serialize(language))}` : session;
}

async function download(id: string, cookie: string, query = ""): Promise<Response> {
  try {
    return await loader({ request: getRequest(`/assessments/${id}/plan.pdf${query}`, { Cookie: cookie }), params: { id }, context: {} });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/** The XMP metadata (an uncompressed stream), which holds the title. */
function metadataOf(bytes: Buffer): string {
  return /<x:xmpmeta[\s\S]*<\/x:xmpmeta>/.exec(bytes.toString("utf8"))?.[0] ?? "";
}

describe("GET /assessments/:id/plan.pdf", () => {
  it("gives the campaign manager and the IT lead the PDF, as an attachment that is not cached", async () => {
    const { manager, lead, load } = await party();
    const assessment = load();
    for (const user of [manager, lead]) {
      const response = await download(assessment.id, await cookieFor(user.id));
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("application/pdf");
      expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="weerbaar-actieplan-2030-03-20-${assessment.id}.pdf"`);
      expect(response.headers.get("Cache-Control")).toBe("private, no-store");
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(response.headers.get("Content-Length")).toBe(String(bytes.length));
      expect(bytes.subarray(0, 8).toString("latin1")).toBe("%PDF-1.7");
      expect(metadataOf(bytes)).toContain("Actieplan digitale weerbaarheid — Partij voor de Test — Gemeenteraad — 20 maart 2030");
    }
  });

  it("refuses a contributor (403), another organisation and an unknown id (404)", async () => {
    const { contributor, load } = await party();
    const assessment = load();
    expect((await download(assessment.id, await cookieFor(contributor.id))).status).toBe(403);
    const other = await party();
    expect((await download(assessment.id, await cookieFor(other.manager.id))).status).toBe(404);
    const { manager } = await party();
    expect((await download("no-such-assessment", await cookieFor(manager.id))).status).toBe(404);
    const analyst = await makeUser({ platformRole: "analyst" });
    expect((await download(assessment.id, await cookieFor(analyst.id))).status).toBe(404);
  });

  it("is in the language asked for, or else in the user's language", async () => {
    const { manager, load } = await party();
    const assessment = load();
    const title = async (cookie: string, query: string) => metadataOf(Buffer.from(await (await download(assessment.id, cookie, query)).arrayBuffer()));
    expect(await title(await cookieFor(manager.id), "?lang=en")).toContain("Digital resilience action plan — Partij voor de Test");
    expect(await title(await cookieFor(manager.id, "en"), "?lang=nl")).toContain("Actieplan digitale weerbaarheid");
    expect(await title(await cookieFor(manager.id, "en"), "?lang=fr")).toContain("Digital resilience action plan");
    expect(await title(await cookieFor(manager.id), "?lang=de")).toContain("Actieplan digitale weerbaarheid");
    const english = await download(assessment.id, await cookieFor(manager.id), "?lang=en");
    expect(english.headers.get("Content-Disposition")).toContain("weerbaar-action-plan-2030-03-20-");
  });

  it("gives the same bytes twice on one day, and marks a draft on every page", async () => {
    const { manager, load } = await party();
    const assessment = load();
    const cookie = await cookieFor(manager.id);
    const first = Buffer.from(await (await download(assessment.id, cookie)).arrayBuffer());
    const second = Buffer.from(await (await download(assessment.id, cookie)).arrayBuffer());
    expect(second.equals(first)).toBe(true);
    const pages = pdfText(first);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) expect(page).toContain("Concept");
    expect(pages[0]).toContain("Partij voor de Test");
  });

  it("shows the stored score snapshot of a submitted assessment and the plan's follow-up", async () => {
    const { actor, manager, load } = await party();
    answerAndSubmit(actor, load);
    const assessment = load();
    const [first] = getPlan({ assessment });
    if (!first) throw new Error("empty plan");
    const managerActor: Actor = { ...actor, userId: manager.id, role: "campaign_manager" };
    expect(
      updatePlanAction({ actor: managerActor, assessment, actionKey: first.key, owner: { name: "Penningmeester Jan" }, dueDate: null, status: "in_progress" }),
    ).toEqual({
      ok: true,
      count: 1,
    });
    const cookie = await cookieFor(manager.id);
    // Notes can name people: only when the downloader asks for them.
    const withoutNotes = pdfText(Buffer.from(await (await download(assessment.id, cookie)).arrayBuffer())).join("\f");
    expect(withoutNotes).not.toContain("Notitie met ĳ en € erin");
    expect(withoutNotes).not.toContain("Notitie:");
    const text = pdfText(Buffer.from(await (await download(assessment.id, cookie, "?notes=1")).arrayBuffer())).join("\f");
    expect(text).not.toContain("Concept");
    expect(text).toContain("Penningmeester Jan");
    expect(text).toContain("Notitie met ĳ en € erin");
    expect(text).toContain(`Totaalscore: ${assessment.overallScore} van 100`);
    // The score comes from the stored snapshot, not from scoring the answers again.
    const snapshot = assessment.scoreSnapshot;
    if (!snapshot || typeof snapshot !== "object") throw new Error("no snapshot");
    // Stored as rules version 1 did (no statuses, no coverage): such a snapshot is shown as it was stored.
    const storedByVersion1: ScoreResultV1 = {
      ...snapshot,
      rulesVersion: 1,
      domains: snapshot.domains.map(({ domain, score, rounded, points, maxPoints, countedQuestions, criticalFindings }) => ({
        domain,
        score,
        rounded,
        points,
        maxPoints,
        countedQuestions,
        criticalFindings,
      })),
      overall: { score: 99, rounded: 99, level: "resilient", uncappedLevel: "resilient", cappedByCriticalFinding: false },
    };
    getDb().update(assessments).set({ scoreSnapshot: storedByVersion1 }).where(eq(assessments.id, assessment.id)).run();
    const changed = pdfText(Buffer.from(await (await download(assessment.id, cookie)).arrayBuffer())).join("\f");
    expect(changed).toContain("Totaalscore: 99 van 100");
    expect(changed).toContain("Niveau: Weerbaar");
  });
});
