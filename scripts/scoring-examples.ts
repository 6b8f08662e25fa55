// The worked examples of docs/decisions/011-scoring-rules-v2.md, computed on questionnaire version 2 as it
// is now. Run: npx tsx scripts/scoring-examples.ts
// test/scoring/examples.test.ts checks the levels the ADR states, so re-run both after a content change.
import { pathToFileURL } from "node:url";
import type { AnswerMap, AnswerValue } from "../app/questionnaire/answers";
import type { Question, Questionnaire } from "../app/questionnaire/schema";
import { questionnaireV2 } from "../app/questionnaire/v2";
import { scoreAssessment, type ScoreResult } from "../app/scoring";

/**
 * The critical questions by the ADR's rule: critical where its absence alone lets an attacker take over
 * party accounts or lose party data, or where the law requires it.
 */
export const criticalQuestionIds = [
  "acc-mfa-email",
  "acc-mfa-social",
  "acc-mfa-cloud-cms",
  "acc-recovery",
  "gov-offline-backups",
  "dev-auto-updates",
  "gov-incident-plan",
  "gov-data-breach",
  "web-domain-control",
  "ppl-volunteer-access",
  "cand-own-accounts",
] as const;

/** The questions about the party's own domain name and mail, which a branch on the national domain answers that way. */
export const domainAndMailQuestionIds = [
  "web-email-authentication",
  "web-dnssec",
  "web-starttls-dane",
  "web-domain-control",
  "web-spare-domains",
  "web-lookalike-domains",
] as const;

export type ExampleId = "all_two" | "four_basics_missing" | "branch_on_national_domain" | "dont_know_everywhere" | "dont_know_on_critical";

export type WorkedExample = {
  id: ExampleId;
  title: string;
  result: ScoreResult;
  /** Questions answered with an assumed option because the content does not offer the real one yet. */
  assumed: string[];
};

/** The questionnaire with exactly the ADR's critical set marked critical (for content that is not revised yet). */
export function withCriticalSet({ questionnaire, ids = criticalQuestionIds }: { questionnaire: Questionnaire; ids?: readonly string[] }): Questionnaire {
  return { ...questionnaire, questions: questionnaire.questions.map((question) => ({ ...question, critical: ids.includes(question.id) })) };
}

function optionAt(question: Question, maturity: number): AnswerValue {
  // The option with this maturity, or else the nearest one below it (every question has a 0 today).
  const sorted = [...question.options].sort((a, b) => b.maturity - a.maturity);
  const option = sorted.find((candidate) => candidate.maturity <= maturity) ?? sorted[sorted.length - 1];
  if (!option) throw new Error(`${question.id} has no options`);
  return { kind: "option", optionId: option.id };
}

function answerAll({ questionnaire, answer }: { questionnaire: Questionnaire; answer: (question: Question) => AnswerValue }): AnswerMap {
  return Object.fromEntries(questionnaire.questions.map((question) => [question.id, answer(question)]));
}

/** The option that says a branch uses its national party's domain and mail, when the content has one. */
function nationalDomainOption(question: Question) {
  return question.options.find((option) => /national/i.test(option.id) || /national party/i.test(option.label.en));
}

/** Computes the ADR's worked examples on one questionnaire. */
export function computeScoringExamples({ questionnaire }: { questionnaire: Questionnaire }): WorkedExample[] {
  const fourMissing = new Set(["gov-offline-backups", "dev-auto-updates", "gov-incident-plan", "ppl-phishing-training"]);
  const assumed: string[] = [];
  const branch = answerAll({
    questionnaire,
    answer: (question) => {
      if (!(domainAndMailQuestionIds as readonly string[]).includes(question.id)) return optionAt(question, 3);
      const national = nationalDomainOption(question);
      if (national) return { kind: "option", optionId: national.id };
      // A question that is not critical offers "not applicable", which the help tells such a branch to choose.
      if (question.allowNotApplicable) return { kind: "not_applicable" };
      // Not in this content yet: the ADR assumes the option will have maturity 3.
      assumed.push(question.id);
      return optionAt(question, 3);
    },
  });
  const examples: Array<Omit<WorkedExample, "result"> & { answers: AnswerMap }> = [
    { id: "all_two", title: "(a) every answer at maturity 2", answers: answerAll({ questionnaire, answer: (question) => optionAt(question, 2) }), assumed: [] },
    {
      id: "four_basics_missing",
      title: "(b) no backups, no updates, no incident plan, no phishing training; rest 3",
      answers: answerAll({ questionnaire, answer: (question) => optionAt(question, fourMissing.has(question.id) ? 0 : 3) }),
      assumed: [],
    },
    { id: "branch_on_national_domain", title: "(c) branch on the national party's domain and mail; rest 3", answers: branch, assumed },
    {
      id: "dont_know_everywhere",
      title: "(d) 'weet ik niet' everywhere",
      answers: answerAll({ questionnaire, answer: () => ({ kind: "dont_know" }) }),
      assumed: [],
    },
    {
      id: "dont_know_on_critical",
      title: "(e) 'weet ik niet' on every critical question; rest 3",
      answers: answerAll({ questionnaire, answer: (question) => (question.critical ? { kind: "dont_know" } : optionAt(question, 3)) }),
      assumed: [],
    },
  ];
  return examples.map(({ answers, ...example }) => ({ ...example, result: scoreAssessment({ questionnaire, answers }) }));
}

function describeResult(result: ScoreResult): string[] {
  const { overall } = result;
  const score = overall.status === "scored" ? String(overall.rounded) : "—";
  const level = overall.status === "scored" ? (overall.level ?? "—") : overall.status;
  const why =
    overall.status === "not_enough_answers"
      ? `${overall.coverage.answered} of ${overall.coverage.counted} answered, ${overall.coverage.needed} more needed`
      : overall.cappedBy === "critical_finding"
        ? `score alone: ${overall.uncappedLevel}; capped by ${overall.criticalFindingQuestionIds.length} critical finding(s): ${overall.criticalFindingQuestionIds.join(", ")}`
        : overall.cappedBy === "critical_not_highest"
          ? `score alone: ${overall.uncappedLevel}; capped, ${overall.criticalNotHighestQuestionIds.length} critical question(s) below their highest option`
          : overall.criticalNotHighestQuestionIds.length
            ? `the score gives it; ${overall.criticalNotHighestQuestionIds.length} critical question(s) below their highest option would cap it there anyway`
            : "the score gives it; every critical question at its highest option";
  return [score, level, why];
}

function printTable({ questionnaire, label }: { questionnaire: Questionnaire; label: string }): void {
  console.log(`\n${label}`);
  const rows = computeScoringExamples({ questionnaire }).map((example) => [
    example.title + (example.assumed.length ? ` [assumed maturity 3: ${example.assumed.join(", ")}]` : ""),
    ...describeResult(example.result),
  ]);
  const header = ["example", "score", "level", "why"];
  const widths = header.map((_, column) => Math.max(header[column]?.length ?? 0, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
}

function main(): void {
  const content = questionnaireV2.questions.filter((question) => question.critical).map((question) => question.id);
  const matches = content.length === criticalQuestionIds.length && criticalQuestionIds.every((id) => content.includes(id));
  console.log(`Scoring rules version 2 on questionnaire version ${questionnaireV2.version} (${questionnaireV2.questions.length} questions).`);
  console.log(
    matches ? "The content marks exactly the ADR's critical questions." : `The content marks other critical questions than the ADR: ${content.join(", ")}`,
  );
  printTable({ questionnaire: questionnaireV2, label: "Content as it is:" });
  if (!matches) printTable({ questionnaire: withCriticalSet({ questionnaire: questionnaireV2 }), label: "Content with the ADR's critical set:" });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
