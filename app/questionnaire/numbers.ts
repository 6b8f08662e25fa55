import type { Question, Questionnaire } from "./schema";

// A published questionnaire never changes, so its index and numbers are built once per version object.
const indexes = new WeakMap<Questionnaire, ReadonlyMap<string, Question>>();
const numberings = new WeakMap<Questionnaire, ReadonlyMap<string, string>>();

/**
 * Question numbers as every page shows them: the domain's place, a dot, the question's place in its domain
 * ("3.2"). Hidden (conditional) questions keep their number, so a number means the same question everywhere.
 */
export function questionNumbers({ questionnaire }: { questionnaire: Questionnaire }): ReadonlyMap<string, string> {
  const known = numberings.get(questionnaire);
  if (known) return known;
  const numbers = new Map<string, string>();
  questionnaire.domains.forEach((domain, domainIndex) => {
    questionnaire.questions
      .filter((question) => question.domain === domain.id)
      .forEach((question, index) => numbers.set(question.id, `${domainIndex + 1}.${index + 1}`));
  });
  numberings.set(questionnaire, numbers);
  return numbers;
}

/** One question of a questionnaire by id (undefined for an id the version does not have). */
export function findQuestion({ questionnaire, questionId }: { questionnaire: Questionnaire; questionId: string }): Question | undefined {
  let index = indexes.get(questionnaire);
  if (!index) {
    const built = new Map<string, Question>();
    // The first question with an id wins, as a search in order would find it.
    for (const question of questionnaire.questions) if (!built.has(question.id)) built.set(question.id, question);
    index = built;
    indexes.set(questionnaire, index);
  }
  return index.get(questionId);
}
