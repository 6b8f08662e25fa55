// The content checks on the real questionnaire version 2, one test per domain (and one for the catalogue
// and the whole questionnaire).
import { describe, expect, it } from "vitest";
import { checkQuestionnaire } from "../../app/questionnaire/checks";
import { questionnaireV1 } from "../../app/questionnaire/v1";
import { questionnaireV2 } from "../../app/questionnaire/v2";
import { domainIds } from "../../app/questionnaire/schema";
import { findQuestionnaireProblems } from "../../app/questionnaire/validate";

const problems = checkQuestionnaire({ questionnaire: questionnaireV2, earlier: [questionnaireV1] });
const messages = (domain: string | null) => problems.filter((problem) => problem.domain === domain).map((problem) => `[${problem.rule}] ${problem.message}`);

describe("questionnaire version 2 follows the content rules", () => {
  it("has no problems outside a question (catalogue of sources, titles) and fits the schema and structure", () => {
    expect(messages(null)).toEqual([]);
    expect(findQuestionnaireProblems(questionnaireV2)).toEqual([]);
  });

  it.each(domainIds)("has no problems in domain %s", (domain) => {
    expect(questionnaireV2.questions.some((question) => question.domain === domain)).toBe(true);
    expect(messages(domain)).toEqual([]);
  });
});
