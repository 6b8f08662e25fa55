import { conditionFault, duplicateOptionIds } from "./checks";
import { domainIds, questionnaireSchema, type DomainId, type Question, type Questionnaire } from "./schema";

/** Minimum number of questions per domain: a score resting on one or two answers would say little. */
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
  // Ids and conditions follow the same rules as in the content check (checks.ts), worded for this list.
  const seen = new Map<string, Question>();

  questionnaire.questions.forEach((question) => {
    if (seen.has(question.id)) problems.push(`duplicate question id ${question.id}`);
    for (const optionId of duplicateOptionIds({ question })) problems.push(`${question.id}: duplicate option id ${optionId}`);
    const maturities = question.options.map((option) => option.maturity);
    if (!maturities.includes(3)) problems.push(`${question.id}: no option reaches maturity 3`);
    if (Math.min(...maturities) > 1) problems.push(`${question.id}: no option for a missing control (maturity 0-1)`);

    const fault = conditionFault({ question, earlier: seen, questionnaire });
    if (fault && fault.kind !== "unknown_options") problems.push(`${question.id}: condition refers to ${fault.targetId}, which is not an earlier question`);
    if (fault?.kind === "unknown_options")
      for (const optionId of fault.optionIds) problems.push(`${question.id}: condition refers to unknown option ${fault.targetId}/${optionId}`);
    if (!seen.has(question.id)) seen.set(question.id, question);
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
