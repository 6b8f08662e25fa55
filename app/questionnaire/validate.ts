import { domainIds, questionnaireSchema, type DomainId, type Questionnaire } from "./schema";

/** Minimum number of questions per domain (issue 3). */
export const minimumQuestionsPerDomain: Record<DomainId, number> = {
  governance: 6,
  accounts: 10,
  devices: 6,
  email_web: 6,
  disinformation: 10,
  candidates: 10,
  people: 6,
};

/**
 * Checks what the zod schema cannot: unique ids, conditions that point backwards at
 * existing options, per-domain minimums and option sanity. Returns plain-English problems.
 */
export function findQuestionnaireProblems(input: unknown): string[] {
  const parsed = questionnaireSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  }
  const questionnaire: Questionnaire = parsed.data;
  const problems: string[] = [];
  const seen = new Map<string, number>();

  questionnaire.questions.forEach((question, index) => {
    if (seen.has(question.id)) problems.push(`duplicate question id ${question.id}`);
    seen.set(question.id, index);

    const optionIds = new Set<string>();
    for (const option of question.options) {
      if (optionIds.has(option.id)) problems.push(`${question.id}: duplicate option id ${option.id}`);
      optionIds.add(option.id);
    }
    const maturities = question.options.map((option) => option.maturity);
    if (!maturities.includes(3)) problems.push(`${question.id}: no option reaches maturity 3`);
    if (Math.min(...maturities) > 1) problems.push(`${question.id}: no option for a missing control (maturity 0-1)`);

    if (question.condition) {
      const targetIndex = seen.get(question.condition.questionId);
      if (targetIndex === undefined || targetIndex >= index) {
        problems.push(`${question.id}: condition refers to ${question.condition.questionId}, which is not an earlier question`);
      } else {
        const target = questionnaire.questions[targetIndex];
        for (const optionId of question.condition.optionIds) {
          if (!target?.options.some((option) => option.id === optionId)) {
            problems.push(`${question.id}: condition refers to unknown option ${question.condition.questionId}/${optionId}`);
          }
        }
      }
    }
  });

  const domainOrder = questionnaire.domains.map((domain) => domain.id);
  for (const id of domainIds) {
    if (!domainOrder.includes(id)) problems.push(`domain ${id} is missing`);
    const count = questionnaire.questions.filter((question) => question.domain === id).length;
    if (count < minimumQuestionsPerDomain[id]) {
      problems.push(`domain ${id} has ${count} questions, needs at least ${minimumQuestionsPerDomain[id]}`);
    }
  }
  return problems;
}
