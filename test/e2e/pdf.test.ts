// The PDF plan in the browser: the demo campaign manager downloads the action plan as a PDF from the plan page, for the
// submitted assessment and the draft; a contributor cannot. Read-only: shares the server with the other files.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openSession, signIn } from "./browser";
import { demoAssessmentId, demoElection, demoLabel } from "./demo";

const baseUrl = inject("baseUrl");
let browser: Browser;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-e2e-pdf-"));

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function run(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: "utf8" });
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") {
      throw new Error(`${tool} is not installed. apt-get update && apt-get install -y poppler-utils qpdf`);
    }
    throw error;
  }
}

/** The id of the demo's submitted assessment or draft. */
function assessmentId(page: Page, status: "submitted" | "draft"): Promise<string> {
  return demoAssessmentId(page, baseUrl, status);
}

/** Clicks the plan page's download button (ticking "with notes" when asked) and saves what the browser downloads. */
async function downloadPlan(page: Page, id: string, name: string, { notes = false }: { notes?: boolean } = {}): Promise<{ file: string; suggested: string }> {
  await page.goto(`${baseUrl}/assessments/${id}/plan`);
  if (notes) await page.getByLabel(/Met de notities uit de vragenlijst/).check();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download als pdf" }).click()]);
  const file = path.join(dir, name);
  await download.saveAs(file);
  return { file, suggested: download.suggestedFilename() };
}

describe("the campaign manager downloads the action plan", () => {
  it("as a tagged A4 PDF of the submitted assessment, in Dutch", async () => {
    const { page, context, problems } = await openSession(browser);
    await signIn(page, baseUrl, "campagne@demo.test");
    const id = await assessmentId(page, "submitted");
    const { file, suggested } = await downloadPlan(page, id, "submitted.pdf", { notes: true });
    expect(suggested).toBe(`weerbaar-actieplan-${demoElection.date}-${id}.pdf`);
    expect(run("qpdf", ["--check", file])).toContain("No syntax or stream encoding errors found");
    const info = run("pdfinfo", [file]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)$/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+Actieplan digitale weerbaarheid — Demopartij — ${demoLabel.nl}$`, "m"));
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    const text = run("pdftotext", ["-enc", "UTF-8", file, "-"]);
    expect(text).toContain("Vertrouwelijk");
    expect(text).toContain("Ingediend op");
    expect(text).toContain(`pagina ${pages} van ${pages}`);
    expect(text).not.toMatch(/^Concept$/m);
    // The demo note on two-step verification for e-mail is in the appendix, because the box was ticked.
    expect(text).toContain("Penningmeester en secretaris nog zonder tweestapsverificatie");
    // Without the box, notes (which can name people) stay out.
    const { file: plain } = await downloadPlan(page, id, "without-notes.pdf");
    expect(run("pdftotext", ["-enc", "UTF-8", plain, "-"])).not.toContain("Penningmeester en secretaris nog zonder tweestapsverificatie");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("of the draft, marked Concept on every page", async () => {
    const { page, context } = await openSession(browser);
    await signIn(page, baseUrl, "campagne@demo.test");
    const id = await assessmentId(page, "draft");
    const { file } = await downloadPlan(page, id, "draft.pdf");
    const pages = run("pdftotext", ["-enc", "UTF-8", file, "-"])
      .split("\f")
      .filter((page) => page.trim() !== "");
    expect(pages.length).toBeGreaterThan(3);
    for (const text of pages) expect(text).toContain("Concept");
    await context.close();
  });

  it("in English when asked for", async () => {
    const { page, context } = await openSession(browser);
    await signIn(page, baseUrl, "campagne@demo.test");
    const id = await assessmentId(page, "submitted");
    const response = await page.request.get(`${baseUrl}/assessments/${id}/plan.pdf?lang=en`);
    expect(response.status()).toBe(200);
    const file = path.join(dir, "english.pdf");
    fs.writeFileSync(file, await response.body());
    expect(run("pdfinfo", [file])).toMatch(new RegExp(`^Title:\\s+Digital resilience action plan — Demopartij — ${demoLabel.en}$`, "m"));
    await context.close();
  });
});

describe("who else", () => {
  it("a contributor sees no download link and gets 403; someone not signed in is sent to sign in", async () => {
    const { page, context } = await openSession(browser);
    await signIn(page, baseUrl, "campagne@demo.test");
    const id = await assessmentId(page, "submitted");
    await context.close();

    const contributor = await openSession(browser);
    await signIn(contributor.page, baseUrl, "secretaris@demo.test");
    await contributor.page.goto(`${baseUrl}/assessments/${id}/plan`);
    expect(await contributor.page.getByRole("button", { name: "Download als pdf" }).count()).toBe(0);
    expect(await contributor.page.getByRole("link", { name: /agenda/ }).count()).toBe(0);
    expect((await contributor.page.request.get(`${baseUrl}/assessments/${id}/plan.ics`)).status()).toBe(403);
    expect((await contributor.page.request.get(`${baseUrl}/assessments/${id}/plan.pdf`)).status()).toBe(403);
    await contributor.context.close();

    const anonymous = await fetch(`${baseUrl}/assessments/${id}/plan.pdf`, { redirect: "manual" });
    expect(anonymous.status).toBe(302);
  });
});
