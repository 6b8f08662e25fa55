import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { currentQuestionnaire } from "../../app/questionnaire/current";
import { contentHash } from "../../app/questionnaire/content-hash";
import { recordQuestionnaireVersion } from "../../app/models/questionnaire-versions.server";
import { getDb } from "../../app/db.server";
import { questionnaireVersions } from "../../db/schema";
import { loader as jsonLoader } from "../../app/routes/questionnaire[.json]";

describe("recording the questionnaire version", () => {
  it("records the current version once, immutably, with its content hash", () => {
    expect(recordQuestionnaireVersion({ questionnaire: currentQuestionnaire }).recorded).toBe(true);
    expect(recordQuestionnaireVersion({ questionnaire: currentQuestionnaire }).recorded).toBe(false);
    const row = getDb().select().from(questionnaireVersions).where(eq(questionnaireVersions.version, currentQuestionnaire.version)).get();
    expect(row?.contentHash).toBe(contentHash(currentQuestionnaire));
    expect(JSON.parse(row?.definition ?? "{}")).toEqual(currentQuestionnaire);
  });

  it("refuses a changed definition under the same version number, naming the fix", () => {
    const changed = structuredClone(currentQuestionnaire);
    const first = changed.questions[0];
    if (!first) throw new Error("content missing");
    first.weight = first.weight === 3 ? 2 : 3;
    expect(() => recordQuestionnaireVersion({ questionnaire: changed })).toThrow(/version 1 has changed.*publish the change as version 2/);
  });

  it("hashes content, not the order of keys in the source", () => {
    expect(contentHash({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(contentHash({ a: [{ c: 3, d: 2 }], b: 1 }));
    expect(contentHash({ a: [1, 2] })).not.toBe(contentHash({ a: [2, 1] }));
  });

  it("serves the current version as JSON, exactly as the app uses it", async () => {
    const response = jsonLoader();
    expect(response.headers.get("Content-Type")).toContain("application/json");
    expect(await response.json()).toEqual(currentQuestionnaire);
  });
});
