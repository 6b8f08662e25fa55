import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { currentQuestionnaire, questionnaireVersions as published } from "../../app/questionnaire/current";
import { questionnaireV1 } from "../../app/questionnaire/v1";
import { questionnaireV2 } from "../../app/questionnaire/v2";
import { contentHash } from "../../app/questionnaire/content-hash";
import { recordQuestionnaireVersion } from "../../app/models/questionnaire-versions.server";
import { startup } from "../../app/startup.server";
import { getDb } from "../../app/db.server";
import { questionnaireVersions } from "../../db/schema";

describe("recording the questionnaire versions", () => {
  it("publishes version 2 as the current one and keeps version 1 beside it", () => {
    expect(currentQuestionnaire).toBe(questionnaireV2);
    expect([...published.keys()].sort()).toEqual([1, 2]);
    expect(published.get(1)).toBe(questionnaireV1);
    expect(published.get(1)?.version).toBe(1);
  });

  it("records every published version at start-up, once, immutably, with its content hash", async () => {
    await startup();
    for (const questionnaire of [questionnaireV1, questionnaireV2]) {
      const row = getDb().select().from(questionnaireVersions).where(eq(questionnaireVersions.version, questionnaire.version)).get();
      expect(row?.contentHash).toBe(contentHash(questionnaire));
      expect(JSON.parse(row?.definition ?? "{}")).toEqual(questionnaire);
      expect(recordQuestionnaireVersion({ questionnaire }).recorded).toBe(false);
    }
  });

  it("refuses a changed definition under the same version number, naming the fix, for each version", () => {
    for (const questionnaire of [questionnaireV1, questionnaireV2]) {
      const changed = structuredClone(questionnaire);
      const first = changed.questions[0];
      if (!first) throw new Error("content missing");
      first.weight = first.weight === 3 ? 2 : 3;
      expect(() => recordQuestionnaireVersion({ questionnaire: changed })).toThrow(
        new RegExp(`version ${questionnaire.version} has changed.*publish the change as version ${questionnaire.version + 1}`),
      );
    }
  });

  it("hashes content, not the order of keys in the source", () => {
    expect(contentHash({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(contentHash({ a: [{ c: 3, d: 2 }], b: 1 }));
    expect(contentHash({ a: [1, 2] })).not.toBe(contentHash({ a: [2, 1] }));
  });
});
