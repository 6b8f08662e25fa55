import type { DomainId, Question, Questionnaire } from "./schema";
import { questionnaireV1 } from "./v1";
import { questionnaireV2 } from "./v2";

/** The version new assessments answer. Older versions stay available for the assessments that use them. */
export const currentQuestionnaire: Questionnaire = questionnaireV2;

/** Every published version by number; an assessment always opens with the version it answers. */
export const questionnaireVersions: ReadonlyMap<number, Questionnaire> = new Map([
  [questionnaireV1.version, questionnaireV1],
  [questionnaireV2.version, questionnaireV2],
]);

/** The version an assessment answers; a version that is not published here is a programming error. */
export function questionnaireFor(version: number): Questionnaire {
  const questionnaire = questionnaireVersions.get(version);
  if (!questionnaire) throw new Error(`Questionnaire version ${version} is not available`);
  return questionnaire;
}

/** Questions of one domain in questionnaire order. */
export function questionsInDomain(questionnaire: Questionnaire, domain: DomainId): Question[] {
  return questionnaire.questions.filter((question) => question.domain === domain);
}

/** The version a `?version=` parameter asks for: none means the current one; null when no such version exists. */
export function findQuestionnaireVersion({ version }: { version: string | null }): Questionnaire | null {
  if (version === null) return currentQuestionnaire;
  if (!/^[1-9]\d{0,3}$/.test(version)) return null;
  return questionnaireVersions.get(Number(version)) ?? null;
}
