import type { Localized, Questionnaire } from "./schema";

type Language = "nl" | "en";

/** One language's view of a questionnaire, for pages that show only the chosen language. */
export function localizeQuestionnaire(questionnaire: Questionnaire, language: Language) {
  const pick = (text: Localized) => text[language];
  return {
    version: questionnaire.version,
    title: pick(questionnaire.title),
    domains: questionnaire.domains.map((domain) => ({
      id: domain.id,
      title: pick(domain.title),
      intro: pick(domain.intro),
      questions: questionnaire.questions
        .filter((question) => question.domain === domain.id)
        .map((question) => ({
          id: question.id,
          text: pick(question.text),
          why: pick(question.help.why),
          how: pick(question.help.how),
          critical: question.critical,
          weight: question.weight,
          allowNotApplicable: question.allowNotApplicable,
          condition: question.condition
            ? {
                questionText: pick(questionnaire.questions.find((q) => q.id === question.condition?.questionId)?.text ?? { nl: "", en: "" }),
                optionLabels: question.condition.optionIds.map(
                  (optionId) =>
                    pick(
                      questionnaire.questions
                        .find((q) => q.id === question.condition?.questionId)
                        ?.options.find((option) => option.id === optionId)?.label ?? { nl: optionId, en: optionId },
                    ),
                ),
              }
            : null,
          options: question.options.map((option) => ({ id: option.id, label: pick(option.label), maturity: option.maturity })),
          sources: question.sources,
        })),
    })),
  };
}
