// Checks the questionnaire content and explains every problem in plain words; exits 1 when there is one.
//   npm run check:questionnaire                         every published version
//   npm run check:questionnaire -- --version 2          one version
//   npm run check:questionnaire -- --version 2 --domain governance   one domain of it (while writing content)
// Version 1 is frozen: only the schema and the structure it was published with apply to it. The content
// rules (app/questionnaire/checks.ts) apply from version 2 on.
import { parseArgs } from "node:util";
import { checkQuestionnaire, type Problem } from "../app/questionnaire/checks";
import { questionnaireVersions } from "../app/questionnaire/current";
import { domainIdSchema } from "../app/questionnaire/schema";
import { findQuestionnaireProblems } from "../app/questionnaire/validate";

function main(): number {
  const { values } = parseArgs({ options: { version: { type: "string" }, domain: { type: "string" } } });
  const domain = values.domain === undefined ? undefined : domainIdSchema.safeParse(values.domain);
  if (domain && !domain.success) {
    console.error(`Unknown domain "${values.domain}". Choose one of: ${domainIdSchema.options.join(", ")}`);
    return 2;
  }
  const all = [...questionnaireVersions.values()].sort((a, b) => a.version - b.version);
  const chosen = values.version === undefined ? all : all.filter((q) => String(q.version) === values.version);
  if (chosen.length === 0) {
    console.error(`Unknown version "${values.version}". Published versions: ${all.map((q) => q.version).join(", ")}`);
    return 2;
  }
  let total = 0;
  for (const questionnaire of chosen) {
    const earlier = all.filter((q) => q.version < questionnaire.version);
    const structural: Problem[] = findQuestionnaireProblems(questionnaire).map((message) => ({ rule: "schema", questionId: null, domain: null, message }));
    const problems = [...structural, ...checkQuestionnaire({ questionnaire, earlier })].filter(
      (problem) => !domain?.success || problem.domain === domain.data || problem.domain === null,
    );
    const questions = questionnaire.questions.filter((q) => !domain?.success || q.domain === domain.data).length;
    console.log(
      `Version ${questionnaire.version}: ${questions} questions${domain?.success ? ` in ${domain.data}` : ""}, ${problems.length === 0 ? "no problems" : `${problems.length} problem${problems.length === 1 ? "" : "s"}`}`,
    );
    const groups = new Map<string, Problem[]>();
    for (const problem of problems) {
      const key = problem.domain ?? "(whole questionnaire)";
      groups.set(key, [...(groups.get(key) ?? []), problem]);
    }
    for (const [group, list] of groups) {
      console.log(`  ${group}`);
      for (const problem of list) console.log(`    PROBLEM [${problem.rule}] ${problem.message}`);
    }
    total += problems.length;
  }
  return total === 0 ? 0 : 1;
}

process.exitCode = main();
