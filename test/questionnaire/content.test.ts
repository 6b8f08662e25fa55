import { describe, expect, it } from "vitest";
import { questionnaireV1 } from "../../app/questionnaire/v1";
import { domainIds, questionnaireSchema, type Localized, type Questionnaire } from "../../app/questionnaire/schema";
import { findQuestionnaireProblems, minimumQuestionsPerDomain } from "../../app/questionnaire/validate";

const q = questionnaireV1;

function allTexts(questionnaire: Questionnaire): Localized[] {
  const texts: Localized[] = [questionnaire.title];
  for (const domain of questionnaire.domains) texts.push(domain.title, domain.intro);
  for (const question of questionnaire.questions) {
    texts.push(question.text, question.help.why, question.help.how);
    for (const option of question.options) texts.push(option.label);
    for (const measure of [question.measures.basic, question.measures.next]) texts.push(measure.title, measure.detail);
  }
  return texts;
}

describe("questionnaire content (version 1)", () => {
  it("is accepted by the schema and has no problems", () => {
    expect(questionnaireSchema.safeParse(q).success).toBe(true);
    expect(findQuestionnaireProblems(q)).toEqual([]);
  });

  it("has at least 60 questions and the minimum per domain", () => {
    expect(q.questions.length).toBeGreaterThanOrEqual(60);
    for (const domain of domainIds) {
      const count = q.questions.filter((question) => question.domain === domain).length;
      expect(count, domain).toBeGreaterThanOrEqual(minimumQuestionsPerDomain[domain]);
    }
    expect(minimumQuestionsPerDomain).toMatchObject({ accounts: 10, disinformation: 10, candidates: 10, governance: 6, devices: 6, email_web: 6, people: 6 });
  });

  it("has unique question ids and unique option ids per question", () => {
    const ids = q.questions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of q.questions) {
      const optionIds = question.options.map((option) => option.id);
      expect(new Set(optionIds).size, question.id).toBe(optionIds.length);
    }
  });

  it("has every text in Dutch and English, and the two differ", () => {
    const texts = allTexts(q);
    expect(texts.length).toBeGreaterThan(60 * 8);
    for (const text of texts) {
      expect(text.nl.trim().length).toBeGreaterThan(0);
      expect(text.en.trim().length).toBeGreaterThan(0);
    }
    // A text left untranslated shows up as identical strings; allow only short proper names.
    const identical = texts.filter((text) => text.nl === text.en && text.nl.length > 20);
    expect(identical).toEqual([]);
  });

  it("has conditions that point at an earlier question and one of its options (so no cycles)", () => {
    const conditional = q.questions.filter((question) => question.condition);
    expect(conditional.length).toBeGreaterThan(0);
    for (const question of conditional) {
      const condition = question.condition;
      if (!condition) continue;
      const targetIndex = q.questions.findIndex((other) => other.id === condition.questionId);
      expect(targetIndex, question.id).toBeGreaterThanOrEqual(0);
      expect(targetIndex, question.id).toBeLessThan(q.questions.indexOf(question));
      const target = q.questions[targetIndex];
      for (const optionId of condition.optionIds) expect(target?.options.map((option) => option.id)).toContain(optionId);
    }
  });

  it("gives every question a source and measures for each maturity below 3", () => {
    for (const question of q.questions) {
      expect(question.sources.length, question.id).toBeGreaterThan(0);
      for (const source of question.sources) expect(source.url, question.id).toMatch(/^https:\/\//);
      expect(question.measures.basic.title.nl.length).toBeGreaterThan(0);
      expect(question.measures.next.title.nl.length).toBeGreaterThan(0);
      const maturities = question.options.map((option) => option.maturity);
      expect(Math.min(...maturities), question.id).toBeLessThanOrEqual(1);
      expect(Math.max(...maturities), question.id).toBe(3);
    }
  });

  it("marks only a few questions critical", () => {
    const critical = q.questions.filter((question) => question.critical);
    expect(critical.length).toBeGreaterThan(0);
    expect(critical.length).toBeLessThanOrEqual(12);
  });
});

describe("the content checks catch broken content", () => {
  const clone = (): Questionnaire => structuredClone(q);

  it("reports a duplicate id", () => {
    const broken = clone();
    const first = broken.questions[0];
    const second = broken.questions[1];
    if (!first || !second) throw new Error("content missing");
    second.id = first.id;
    expect(findQuestionnaireProblems(broken).join("\n")).toContain(`duplicate question id ${first.id}`);
  });

  it("reports a condition on a later question or an unknown option", () => {
    const broken = clone();
    const first = broken.questions[0];
    const last = broken.questions[broken.questions.length - 1];
    if (!first || !last) throw new Error("content missing");
    first.condition = { questionId: last.id, optionIds: [last.options[0]?.id ?? "x"] };
    expect(findQuestionnaireProblems(broken).join("\n")).toContain("not an earlier question");
    const second = clone();
    const target = second.questions[0];
    const follower = second.questions[1];
    if (!target || !follower) throw new Error("content missing");
    follower.condition = { questionId: target.id, optionIds: ["does-not-exist"] };
    expect(findQuestionnaireProblems(second).join("\n")).toContain("unknown option");
  });

  it("reports a missing English text", () => {
    const broken = clone();
    const first = broken.questions[0];
    if (!first) throw new Error("content missing");
    first.text = { nl: first.text.nl, en: "" };
    const problems = findQuestionnaireProblems(broken);
    expect(problems.some((problem) => problem.includes("text.en"))).toBe(true);
  });

  it("reports a domain below its minimum", () => {
    const broken = clone();
    broken.questions = broken.questions.filter((question) => question.domain !== "people");
    expect(findQuestionnaireProblems(broken)).toContain("domain people has 0 questions, needs at least 6");
  });
});
