import type { Questionnaire } from "./schema";

/**
 * Question numbers as every page shows them: the domain's place, a dot, the question's place in its domain
 * ("3.2"). Hidden (conditional) questions keep their number, so a number means the same question everywhere.
 */
export function questionNumbers({ questionnaire }: { questionnaire: Questionnaire }): Map<string, string> {
  const numbers = new Map<string, string>();
  questionnaire.domains.forEach((domain, domainIndex) => {
    questionnaire.questions
      .filter((question) => question.domain === domain.id)
      .forEach((question, index) => numbers.set(question.id, `${domainIndex + 1}.${index + 1}`));
  });
  return numbers;
}
