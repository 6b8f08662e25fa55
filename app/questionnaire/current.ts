import type { DomainId, Question, Questionnaire } from "./schema";
import { questionnaireV1 } from "./v1";

/** The version new assessments answer. Older versions stay importable for their assessments. */
export const currentQuestionnaire: Questionnaire = questionnaireV1;

export const questionnaireVersions: ReadonlyMap<number, Questionnaire> = new Map([[questionnaireV1.version, questionnaireV1]]);

/** Questions of one domain in questionnaire order. */
export function questionsInDomain(questionnaire: Questionnaire, domain: DomainId): Question[] {
  return questionnaire.questions.filter((question) => question.domain === domain);
}
