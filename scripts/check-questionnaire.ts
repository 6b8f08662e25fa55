// Validates questionnaire content. `npx tsx scripts/check-questionnaire.ts` checks version 1 whole;
// `npx tsx scripts/check-questionnaire.ts governance ./app/questionnaire/v1/governance.ts governanceQuestions`
// checks one domain file on its own (used while the content is written).
import { pathToFileURL } from "node:url";
import path from "node:path";
import { z } from "zod";
import { questionSchema } from "../app/questionnaire/schema";
import { domains } from "../app/questionnaire/v1/domains";
import { findQuestionnaireProblems } from "../app/questionnaire/validate";

async function main() {
  const [domain, file, exportName] = process.argv.slice(2);
  let problems: string[];
  if (domain && file && exportName) {
    const mod: Record<string, unknown> = await import(pathToFileURL(path.resolve(file)).href);
    const questions = z.array(questionSchema).parse(mod[exportName]);
    const wrongDomain = questions.filter((q) => q.domain !== domain).map((q) => `${q.id}: domain is ${q.domain}`);
    // Validate the file as if it were the whole questionnaire, ignoring the other domains' minimums.
    problems = [
      ...wrongDomain,
      ...findQuestionnaireProblems({ version: 1, title: { nl: "x", en: "x" }, domains, questions }).filter(
        (problem) => !/^domain (?!.*\b(?:is missing)\b)/.test(problem) || problem.startsWith(`domain ${domain} `),
      ),
    ];
    console.log(`${questions.length} questions in ${domain}`);
  } else {
    const { questionnaireV1 } = await import("../app/questionnaire/v1/index");
    problems = findQuestionnaireProblems(questionnaireV1);
    console.log(`${questionnaireV1.questions.length} questions`);
  }
  for (const problem of problems) console.log(`PROBLEM ${problem}`);
  process.exitCode = problems.length ? 1 : 0;
}

await main();
