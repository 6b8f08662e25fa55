import { eq } from "drizzle-orm";
import { questionnaireVersions } from "../../db/schema";
import { getDb } from "../db.server";
import { canonicalJson, contentHash } from "../questionnaire/content-hash";
import type { Questionnaire } from "../questionnaire/schema";

export class QuestionnaireVersionError extends Error {
  override name = "QuestionnaireVersionError";
}

/**
 * Records a questionnaire version as an immutable row. Refuses to start when the definition changed but
 * its version number did not: answers already given would silently change meaning.
 */
export function recordQuestionnaireVersion({ questionnaire }: { questionnaire: Questionnaire }): { recorded: boolean; hash: string } {
  const hash = contentHash(questionnaire);
  const db = getDb();
  const existing = db
    .select({ contentHash: questionnaireVersions.contentHash })
    .from(questionnaireVersions)
    .where(eq(questionnaireVersions.version, questionnaire.version))
    .get();
  if (existing) {
    if (existing.contentHash !== hash) {
      throw new QuestionnaireVersionError(
        `Questionnaire version ${questionnaire.version} has changed since it was published (stored hash ${existing.contentHash.slice(0, 12)}…, now ${hash.slice(0, 12)}…). Published versions are immutable: publish the change as version ${questionnaire.version + 1}.`,
      );
    }
    return { recorded: false, hash };
  }
  db.insert(questionnaireVersions)
    .values({ version: questionnaire.version, contentHash: hash, definition: canonicalJson(questionnaire) })
    .run();
  return { recorded: true, hash };
}
