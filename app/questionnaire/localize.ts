import { findQuestion, questionNumbers } from "./numbers";
import type { Localized, Questionnaire } from "./schema";

type Language = "nl" | "en";

/** One language's view of a questionnaire, for pages that show only the chosen language. */
export function localizeQuestionnaire(questionnaire: Questionnaire, language: Language) {
  const pick = (text: Localized) => text[language];
  const numbers = questionNumbers({ questionnaire });
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
          number: numbers.get(question.id) ?? "",
          text: pick(question.text),
          why: pick(question.help.why),
          how: pick(question.help.how),
          critical: question.critical,
          weight: question.weight,
          allowNotApplicable: question.allowNotApplicable,
          condition: question.condition
            ? conditionOf({ questionnaire, questionId: question.condition.questionId, optionIds: question.condition.optionIds, pick })
            : null,
          options: question.options.map((option) => ({ id: option.id, label: pick(option.label), maturity: option.maturity })),
          sources: question.sources,
        })),
    })),
  };
}

/** A condition in words: the text of the question it depends on and the labels of the options that show it. */
function conditionOf({
  questionnaire,
  questionId,
  optionIds,
  pick,
}: {
  questionnaire: Questionnaire;
  questionId: string;
  optionIds: string[];
  pick: (text: Localized) => string;
}) {
  const target = findQuestion({ questionnaire, questionId });
  return {
    questionText: pick(target?.text ?? { nl: "", en: "" }),
    optionLabels: optionIds.map((optionId) => pick(target?.options.find((option) => option.id === optionId)?.label ?? { nl: optionId, en: optionId })),
  };
}
