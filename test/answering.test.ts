// The answer rules of app/questionnaire as every part of the answering slice uses them: one rule for
// "does this answer fit this question?" behind saving, carrying over and importing; one lookup, one
// numbering, one visibility rule (also for the page in the browser); and the domain page's field naming
// and autosave reply contract.
import { describe, expect, it } from "vitest";
import { getAssessment, startAssessment, type Actor } from "../app/models/assessments.server";
import { saveAnswers } from "../app/models/answers.server";
import { exportAssessment, importAssessment } from "../app/models/exchange.server";
import { answerMismatch, noteMaxLength, visibleQuestions } from "../app/questionnaire/answers";
import { assessmentFileSchema } from "../app/questionnaire/exchange";
import { currentQuestionnaire } from "../app/questionnaire/current";
import { mapAnswersToVersion } from "../app/questionnaire/migrate";
import { findQuestion, questionNumbers } from "../app/questionnaire/numbers";
import type { Question, Questionnaire } from "../app/questionnaire/schema";
import { fieldName, readPostedQuestions } from "../app/routes/assessments.$id.domains.$domain/fields";
import { restoredInputOf } from "../app/routes/assessments.$id.domains.$domain/view.server";
import { parseAutosaveReply } from "../app/routes/assessments.$id.answers/reply";
import { action as autosaveAction } from "../app/routes/assessments.$id.answers/route";
import { formRequest, makeOrganisation, makeUser } from "./helpers/factory";
import { cookieFor, makeTeam, startDraft } from "./helpers/builders";

const q = currentQuestionnaire;
const withoutNotApplicable = q.questions.find((question) => !question.condition && !question.allowNotApplicable);
const conditional = q.questions.find((question) => question.condition);
if (!withoutNotApplicable || !conditional?.condition) throw new Error("the questionnaire lacks the questions these tests need");

describe("whether an answer fits its question", () => {
  it("accepts a known option, don't know and no choice; refuses an unknown option and a not-applicable that is not offered", () => {
    const question: Question = withoutNotApplicable;
    expect(answerMismatch({ question, value: { kind: "option", optionId: question.options[0]?.id ?? "" } })).toBeNull();
    expect(answerMismatch({ question, value: { kind: "dont_know" } })).toBeNull();
    expect(answerMismatch({ question, value: null })).toBeNull();
    expect(answerMismatch({ question, value: { kind: "option", optionId: "no-such-option" } })).toBe("unknown_option");
    expect(answerMismatch({ question, value: { kind: "not_applicable" } })).toBe("not_applicable_not_allowed");
    expect(answerMismatch({ question: { ...question, allowNotApplicable: true }, value: { kind: "not_applicable" } })).toBeNull();
  });

  it("gives the same verdict when saving, carrying over to another version and importing a file", async () => {
    const org = makeOrganisation();
    const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
    const actor: Actor = { userId: lead.id, organisationId: org.id, role: "it_lead", ipAddress: "203.0.113.7" };
    const started = startAssessment({ actor, electionType: "gemeenteraad", electionDate: "2030-03-20", carryOver: false });
    if (!started.ok) throw new Error(started.error);
    const assessment = getAssessment({ id: started.id, organisationId: org.id });
    if (!assessment) throw new Error("not found");
    const questionId = withoutNotApplicable.id;

    const saved = saveAnswers({ actor, assessment, changes: [{ questionId, value: { kind: "not_applicable" }, note: "", baseRevision: 0, confirm: false }] });
    expect(saved).toEqual({ ok: false, error: "invalid", problems: [{ questionId, code: "not_applicable_not_allowed" }] });

    const carried = mapAnswersToVersion({ from: q, to: q, answers: [{ questionId, value: { kind: "not_applicable" }, note: "kept" }] });
    expect(carried.moved).toEqual([]);
    expect(carried.needsAnswer).toContainEqual({ questionId, reason: "changed", note: "kept" });

    const file = { ...exportAssessment({ assessment }), answers: [{ questionId, answer: "not_applicable" as const, optionId: null, note: "" }] };
    expect(importAssessment({ actor, text: JSON.stringify(file) })).toEqual({ ok: false, problems: [{ code: "not_applicable_not_allowed", questionId }] });
    const unknownOption = { ...file, answers: [{ questionId, answer: "option" as const, optionId: "no-such-option", note: "" }] };
    expect(importAssessment({ actor, text: JSON.stringify(unknownOption) })).toEqual({
      ok: false,
      problems: [{ code: "unknown_option", questionId, optionId: "no-such-option" }],
    });
  });

  it("takes notes in an import file up to the limit of the form and the model, not one character more", () => {
    const answer = { questionId: withoutNotApplicable.id, answer: null, optionId: null };
    const file = (note: string) => ({ ...exportAssessmentShape(), answers: [{ ...answer, note }] });
    expect(assessmentFileSchema.safeParse(file("x".repeat(noteMaxLength))).success).toBe(true);
    expect(assessmentFileSchema.safeParse(file("x".repeat(noteMaxLength + 1))).success).toBe(false);
  });
});

function exportAssessmentShape() {
  return { format: "weerbaar-assessment", formatVersion: 1, questionnaireVersion: q.version, election: { type: "gemeenteraad", date: "2030-03-20" } };
}

describe("question lookup and numbers", () => {
  it("finds every question by id, and nothing for an unknown id", () => {
    for (const question of q.questions) expect(findQuestion({ questionnaire: q, questionId: question.id })).toBe(question);
    expect(findQuestion({ questionnaire: q, questionId: "no-such-question" })).toBeUndefined();
  });

  it("finds the first of two questions with one id, as a search in order would", () => {
    const [first, second] = q.questions;
    if (!first || !second) throw new Error("content missing");
    const twice: Questionnaire = { ...q, questions: [first, { ...second, id: first.id }] };
    expect(findQuestion({ questionnaire: twice, questionId: first.id })).toBe(first);
  });

  it("numbers a question by its domain's place and its place in the domain, the same map every time", () => {
    const numbers = questionNumbers({ questionnaire: q });
    const domainIndex = q.domains.findIndex((domain) => domain.id === conditional.domain);
    const place = q.questions.filter((question) => question.domain === conditional.domain).indexOf(conditional);
    expect(numbers.get(conditional.id)).toBe(`${domainIndex + 1}.${place + 1}`);
    expect(questionNumbers({ questionnaire: q })).toBe(numbers);
  });
});

describe("visibility of a conditional question", () => {
  const condition = conditional.condition;
  const target = condition ? findQuestion({ questionnaire: q, questionId: condition.questionId }) : undefined;
  const met = { [condition?.questionId ?? ""]: { kind: "option" as const, optionId: condition?.optionIds[0] ?? "" } };

  it("shows it when its target is shown and answered with a listed option", () => {
    expect(visibleQuestions(q, met).map((question) => question.id)).toContain(conditional.id);
    expect(visibleQuestions(q, {}).map((question) => question.id)).not.toContain(conditional.id);
  });

  it("works on a page's part of the questionnaire, with the targets shown elsewhere named", () => {
    const only = { questions: [{ id: conditional.id, condition: conditional.condition ?? null }] };
    expect(visibleQuestions(only, met)).toEqual([]);
    expect(visibleQuestions(only, met, [target?.id ?? ""]).map((question) => question.id)).toEqual([conditional.id]);
  });
});

describe("the domain page's form fields", () => {
  it("reads back what it names, for the action and for a save restored after sign-in", () => {
    const fields = {
      [fieldName({ field: "rev", questionId: "a-1" })]: "3",
      [fieldName({ field: "answer", questionId: "a-1" })]: "dont_know",
      [fieldName({ field: "note", questionId: "a-1" })]: "note",
      [fieldName({ field: "confirm", questionId: "a-1" })]: "yes",
      [fieldName({ field: "rev", questionId: "b-2" })]: "x",
      intent: "stay",
    };
    expect(readPostedQuestions({ fields })).toEqual([
      { questionId: "a-1", answer: "dont_know", note: "note", revision: "3", confirm: "yes" },
      { questionId: "b-2", answer: undefined, note: undefined, revision: "x", confirm: undefined },
    ]);
    expect(restoredInputOf({ fields })).toEqual({ "a-1": { answer: "dont_know", note: "note", revision: 3 }, "b-2": { answer: "", note: "", revision: 0 } });
    expect(restoredInputOf({ fields: null })).toEqual({});
  });
});

describe("the autosave reply", () => {
  it("is read as the contract the endpoint answers with; anything else is an unknown error", () => {
    const saved = { status: "saved", revision: 2, savedAt: "2026-12-01T10:00:00.000Z", byName: "Lea" };
    expect(parseAutosaveReply({ payload: saved })).toEqual(saved);
    const conflict = {
      status: "conflict",
      theirs: { value: { kind: "dont_know" }, note: "", revision: 3, updatedByName: null, updatedAt: "2026-12-01T10:00:00.000Z" },
    };
    expect(parseAutosaveReply({ payload: conflict })).toEqual(conflict);
    expect(parseAutosaveReply({ payload: { status: "signed_out" } })).toEqual({ status: "signed_out" });
    expect(parseAutosaveReply({ payload: null })).toEqual({ status: "error", code: "unknown" });
    expect(parseAutosaveReply({ payload: { status: "saved", revision: "2" } })).toEqual({ status: "error", code: "unknown" });
    expect(parseAutosaveReply({ payload: { status: "error", code: "frozen" } })).toEqual({ status: "error", code: "frozen" });
    expect(parseAutosaveReply({ payload: { ...conflict, theirs: { ...conflict.theirs, value: { kind: "option" } } } })).toEqual({
      status: "error",
      code: "unknown",
    });
    expect(parseAutosaveReply({ payload: "<html>" })).toEqual({ status: "error", code: "unknown" });
  });
});

describe("the autosave endpoint's replies", () => {
  it("each fit the contract the page reads them with: saved, conflict, signed out and an error", async () => {
    const { lead, leadActor } = await makeTeam();
    const assessment = startDraft({ actor: leadActor, electionDate: "2031-03-19" });
    const cookie = await cookieFor(lead.id);
    const questionId = withoutNotApplicable.id;
    const post = async (fields: Record<string, string>, headers: Record<string, string> = { Cookie: cookie }) => {
      const response = await autosaveAction({
        request: formRequest(`/assessments/${assessment.id}/answers`, fields, headers),
        params: { id: assessment.id },
        context: {},
      });
      const body: unknown = await response.json();
      return { status: response.status, body };
    };
    const replies = [
      await post({ questionId, answer: "dont_know", note: "", revision: "0" }),
      await post({ questionId, answer: `option:${withoutNotApplicable.options[0]?.id}`, note: "", revision: "0" }),
      await post({ questionId, answer: "dont_know", note: "", revision: "0" }, {}),
      await post({ questionId, answer: "not_applicable", note: "", revision: "1" }),
    ];
    expect(replies.map((reply) => reply.status)).toEqual([200, 409, 401, 400]);
    for (const reply of replies) expect(parseAutosaveReply({ payload: reply.body })).toEqual(reply.body);
    expect(replies.map((reply) => parseAutosaveReply({ payload: reply.body }).status)).toEqual(["saved", "conflict", "signed_out", "error"]);
  });
});
