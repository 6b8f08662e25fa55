import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mapAnswersToVersion, type MappableAnswer } from "../../app/questionnaire/migrate";
import { questionnaireV1 } from "../../app/questionnaire/v1";
import { questionnaireV2 } from "../../app/questionnaire/v2";
import { domainIds, type Question, type Questionnaire } from "../../app/questionnaire/schema";

function question(id: string, optionIds: string[], allowNotApplicable = false): Question {
  const text = { nl: id, en: id };
  const measure = { title: text, detail: text, owner: "it_lead" as const, effort: "small" as const, timeframe: "now" as const };
  return {
    id,
    domain: "accounts",
    text,
    help: { why: text, how: text },
    options: optionIds.map((optionId, index) => ({ id: optionId, label: { nl: optionId, en: optionId }, maturity: Math.min(3, index) })),
    weight: 1,
    critical: false,
    allowNotApplicable,
    sources: [{ publisher: "x", title: "x", url: "https://example.org/x" }],
    measures: { basic: measure, next: measure },
  };
}

function version(number: number, questions: Question[]): Questionnaire {
  return {
    version: number,
    title: { nl: "t", en: "t" },
    domains: domainIds.map((id) => ({ id, title: { nl: id, en: id }, intro: { nl: id, en: id } })),
    questions,
  };
}

// Version "1" and "2" of a tiny questionnaire: kept, option split, N/A withdrawn, removed, new.
const from = version(1, [
  question("kept", ["no", "yes"]),
  question("split", ["no", "partly-or-fully", "yes"]),
  question("was-na", ["no", "yes"], true),
  question("removed", ["no", "yes"]),
  question("unanswered", ["no", "yes"]),
]);
const to = version(2, [
  question("kept", ["no", "yes"]),
  question("split", ["no", "partly", "mostly", "yes"]),
  question("was-na", ["no", "own-way", "yes"], false),
  question("brand-new", ["no", "yes"]),
  question("unanswered", ["no", "yes"]),
]);

type Stored = MappableAnswer & { revision: number; carriedOver: boolean };
const stored = (questionId: string, value: MappableAnswer["value"], note = ""): Stored => ({ questionId, value, note, revision: 3, carriedOver: true });

describe("mapAnswersToVersion", () => {
  it("moves answers whose question and option exist in the target, with their note and other fields", () => {
    const answers = [
      stored("kept", { kind: "option", optionId: "yes" }, "checked in May"),
      stored("split", { kind: "option", optionId: "no" }),
      stored("was-na", { kind: "dont_know" }),
    ];
    const result = mapAnswersToVersion({ from, to, answers });
    expect(result.moved).toEqual(answers);
    expect(result.needsAnswer).toEqual([{ questionId: "brand-new", reason: "new", note: "" }]);
    expect(result.dropped).toEqual([]);
  });

  it("lists a question whose chosen option is gone, or whose N/A is no longer offered, as changed, keeping the note", () => {
    const result = mapAnswersToVersion({
      from,
      to,
      answers: [
        stored("split", { kind: "option", optionId: "partly-or-fully" }, "half the accounts"),
        stored("was-na", { kind: "not_applicable" }, "no own domain"),
      ],
    });
    expect(result.moved).toEqual([]);
    expect(result.needsAnswer).toEqual([
      { questionId: "split", reason: "changed", note: "half the accounts" },
      { questionId: "was-na", reason: "changed", note: "no own domain" },
      { questionId: "brand-new", reason: "new", note: "" },
    ]);
  });

  it("moves N/A where the target still allows it, and a note given without a choice", () => {
    const result = mapAnswersToVersion({ from, to: from, answers: [stored("was-na", { kind: "not_applicable" }), stored("kept", null, "ask Ilse")] });
    expect(result.moved.map((a) => a.questionId)).toEqual(["kept", "was-na"]);
    expect(result.needsAnswer).toEqual([]);
  });

  it("drops answers to questions the target no longer has, and never lists an unanswered old question", () => {
    const result = mapAnswersToVersion({ from, to, answers: [stored("removed", { kind: "option", optionId: "yes" }, "gone")] });
    expect(result.dropped.map((a) => a.questionId)).toEqual(["removed"]);
    expect(result.needsAnswer.map((n) => n.questionId)).toEqual(["brand-new"]);
  });

  it("on the real versions: every answer is moved, listed or dropped, and a moved answer always fits version 2", () => {
    const question = (id: string) => questionnaireV1.questions.find((q) => q.id === id);
    const answerArb = fc.constantFrom(...questionnaireV1.questions).chain((q) =>
      fc.record({
        questionId: fc.constant(q.id),
        value: fc.oneof(
          fc.constantFrom(...q.options).map((option) => ({ kind: "option" as const, optionId: option.id })),
          fc.constant({ kind: "not_applicable" as const }),
          fc.constant({ kind: "dont_know" as const }),
          fc.constant(null),
        ),
        note: fc.string({ maxLength: 5 }),
      }),
    );
    let checked = 0;
    fc.assert(
      fc.property(fc.uniqueArray(answerArb, { selector: (a) => a.questionId, maxLength: 40 }), (answers) => {
        const result = mapAnswersToVersion({ from: questionnaireV1, to: questionnaireV2, answers });
        const changed = result.needsAnswer.filter((n) => n.reason === "changed").length;
        expect(result.moved.length + changed + result.dropped.length).toBe(answers.length);
        for (const answer of result.moved) {
          const target = questionnaireV2.questions.find((q) => q.id === answer.questionId);
          expect(target, answer.questionId).toBeDefined();
          if (answer.value?.kind === "option") expect(target?.options.map((o) => o.id)).toContain(answer.value.optionId);
          if (answer.value?.kind === "not_applicable") expect(target?.allowNotApplicable).toBe(true);
          expect(question(answer.questionId)).toBeDefined();
        }
        checked++;
      }),
      { numRuns: 200 },
    );
    expect(checked).toBe(200);
  });
});
