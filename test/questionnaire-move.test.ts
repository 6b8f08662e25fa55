// Moving between questionnaire versions against a real SQLite file: a v1 draft moved to v2, a submitted v1
// assessment carried into a v2 draft, and a v1 export imported (as a v1 draft, which can then be moved).
// Version 2 here is version 1 with one question removed, one option replaced, "not applicable" withdrawn
// from one question and one new question, so every path of the mapping runs whatever the real v2 content is.
import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { answers, assessments, auditEvents } from "../db/schema";
import { getDb } from "../app/db.server";
import { questionnaireV1 } from "../app/questionnaire/v1";
import type { Question, Questionnaire } from "../app/questionnaire/schema";
import { visibleQuestions, type AnswerValue } from "../app/questionnaire/answers";
import { exchangeFormat, type AssessmentFile } from "../app/questionnaire/exchange";
import { getAssessment, listAnswers, startAssessment, type Actor } from "../app/models/assessments.server";
import { saveAnswers, submitAssessment } from "../app/models/answers.server";
import { exportAssessment, importAssessment } from "../app/models/exchange.server";
import { listNeedsAnswer, moveAssessmentToVersion, previewVersionMove } from "../app/models/questionnaire-move.server";
import { loader as overviewLoader } from "../app/routes/assessments.$id._index";
import { loader as versionLoader, action as versionAction } from "../app/routes/assessments.$id.version";
import { loader as domainLoader } from "../app/routes/assessments.$id.domains.$domain/route";
import { loader as resultsLoader } from "../app/routes/assessments.$id.results";
import { loader as planLoader } from "../app/routes/assessments.$id.plan/route";
import { loader as pdfLoader } from "../app/routes/assessments.$id.plan[.pdf]";
import { formRequest, getRequest, outcomeStatus } from "./helpers/factory";
import { cookieFor, makeTeam } from "./helpers/builders";

function pick(questionnaire: Questionnaire, test: (q: Question) => boolean, skip: string[] = []): Question {
  const question = questionnaire.questions.find(
    (q) => test(q) && !skip.includes(q.id) && !questionnaire.questions.some((other) => other.condition?.questionId === q.id),
  );
  if (!question) throw new Error("no such question in version 1");
  return question;
}
const plain = (q: Question) => !q.condition;
const kept = pick(questionnaireV1, (q) => plain(q) && !q.allowNotApplicable);
const removed = pick(questionnaireV1, plain, [kept.id]);
const reworded = pick(questionnaireV1, plain, [kept.id, removed.id]);
const naWithdrawn = pick(questionnaireV1, (q) => plain(q) && q.allowNotApplicable, [kept.id, removed.id, reworded.id]);
const replacedOption = reworded.options[1]?.id ?? "";

vi.mock("../app/questionnaire/current", async (importOriginal) => {
  const original = await importOriginal<typeof import("../app/questionnaire/current")>();
  const { questionnaireV1: v1 } = await import("../app/questionnaire/v1");
  const v2: Questionnaire = structuredClone({ ...v1, version: 2 });
  const find = (id: string) => v2.questions.find((q) => q.id === id);
  // The same choices as above, made again on the clone (vi.mock runs before the module body).
  const isTarget = (q: Question) => v1.questions.some((other) => other.condition?.questionId === q.id);
  const choose = (test: (q: Question) => boolean, skip: string[]) => v1.questions.find((q) => test(q) && !skip.includes(q.id) && !isTarget(q))?.id ?? "";
  const keptId = choose((q) => !q.condition && !q.allowNotApplicable, []);
  const removedId = choose((q) => !q.condition, [keptId]);
  const rewordedId = choose((q) => !q.condition, [keptId, removedId]);
  const naId = choose((q) => !q.condition && q.allowNotApplicable, [keptId, removedId, rewordedId]);
  v2.questions = v2.questions.filter((q) => q.id !== removedId);
  const option = find(rewordedId)?.options[1];
  if (option) option.id = `${option.id}-v2`;
  const na = find(naId);
  if (na) na.allowNotApplicable = false;
  const template = find(keptId);
  if (template) v2.questions.push({ ...structuredClone(template), id: "new-in-v2", condition: undefined });
  const versions = new Map<number, Questionnaire>([
    [1, v1],
    [2, v2],
  ]);
  return {
    ...original,
    currentQuestionnaire: v2,
    questionnaireVersions: versions,
    questionnaireFor: (version: number) => {
      const questionnaire = versions.get(version);
      if (!questionnaire) throw new Error(`Questionnaire version ${version} is not available`);
      return questionnaire;
    },
    findQuestionnaireVersion: ({ version }: { version: string | null }) => (version === null || version === "2" ? v2 : version === "1" ? v1 : null),
  };
});

const ip = "203.0.113.9";
const option = (id: string): AnswerValue => ({ kind: "option", optionId: id });

const team = () => makeTeam({ ipAddress: ip });

/** A v1 export file: the four chosen questions answered (with notes), or every visible question when `complete`. */
function v1File({ complete = false }: { complete?: boolean } = {}): AssessmentFile {
  const values: Record<string, AnswerValue> = {
    [kept.id]: option(kept.options[2]?.id ?? ""),
    [removed.id]: { kind: "dont_know" },
    [reworded.id]: option(replacedOption),
    [naWithdrawn.id]: { kind: "not_applicable" },
  };
  if (complete) {
    for (let round = 0; round < 5; round++) {
      for (const question of visibleQuestions(questionnaireV1, values)) values[question.id] ??= option(question.options.at(-1)?.id ?? "");
    }
  }
  const visible = new Set(visibleQuestions(questionnaireV1, values).map((q) => q.id));
  return {
    format: exchangeFormat,
    formatVersion: 1,
    questionnaireVersion: 1,
    election: { type: "gemeenteraad", date: "2030-03-20" },
    answers: Object.entries(values)
      .filter(([questionId]) => visible.has(questionId))
      .map(([questionId, value]) => ({
        questionId,
        answer: value.kind,
        optionId: value.kind === "option" ? value.optionId : null,
        note: `notitie bij ${questionId}`,
      })),
  };
}

function importV1(actor: Actor, file: AssessmentFile = v1File()) {
  const result = importAssessment({ actor, text: JSON.stringify(file) });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const row = getAssessment({ id: result.id, organisationId: actor.organisationId });
  if (!row) throw new Error("import missing");
  return row;
}

const stored = (assessment: { id: string }, questionId: string) =>
  getDb()
    .select()
    .from(answers)
    .where(and(eq(answers.assessmentId, assessment.id), eq(answers.questionId, questionId)))
    .get();

describe("importing a version 1 export", () => {
  it("creates a draft on version 1, checked against version 1, which can then be moved", async () => {
    const { leadActor } = await team();
    const draft = importV1(leadActor);
    expect(draft.questionnaireVersion).toBe(1);
    expect(stored(draft, reworded.id)).toMatchObject({ kind: "option", optionId: replacedOption });
    expect(previewVersionMove({ assessment: draft })).toMatchObject({ fromVersion: 1, toVersion: 2 });
    // An option that only version 2 has is not valid in a version 1 file; an unknown version is refused.
    const wrong = { ...v1File(), answers: [{ questionId: reworded.id, answer: "option" as const, optionId: `${replacedOption}-v2`, note: "" }] };
    expect(importAssessment({ actor: leadActor, text: JSON.stringify(wrong) })).toMatchObject({ ok: false, problems: [{ code: "unknown_option" }] });
    expect(importAssessment({ actor: leadActor, text: JSON.stringify({ ...v1File(), questionnaireVersion: 99 }) })).toEqual({
      ok: false,
      problems: [{ code: "version_mismatch", fileVersion: 99, currentVersion: 2 }],
    });
    const events = getDb().select().from(auditEvents).where(eq(auditEvents.targetId, draft.id)).all();
    expect(events.map((e) => [e.action, e.details])).toEqual([["assessment_imported", { questionnaireVersion: 1 }]]);
  });
});

describe("moving a version 1 draft to version 2", () => {
  it("previews what moves, what needs an answer and what goes, and changes nothing", async () => {
    const { leadActor } = await team();
    const draft = importV1(leadActor);
    const preview = previewVersionMove({ assessment: draft });
    expect(preview).toMatchObject({ fromVersion: 1, toVersion: 2, moved: 1, dropped: [{ questionId: removed.id }] });
    expect(preview?.needsAnswer.map((n) => [n.questionId, n.reason]).sort()).toEqual(
      [
        [reworded.id, "changed"],
        [naWithdrawn.id, "changed"],
        ["new-in-v2", "new"],
      ].sort(),
    );
    expect(getAssessment({ id: draft.id, organisationId: leadActor.organisationId })?.questionnaireVersion).toBe(1);
    expect(listAnswers({ assessment: draft })).toHaveLength(4);
  });

  it("keeps answers that mean the same (note, revision, please-confirm marker), marks the rest, and audits only the versions", async () => {
    const { leadActor } = await team();
    const draft = importV1(leadActor);
    // As if the kept answer had been carried over and not yet confirmed.
    getDb()
      .update(answers)
      .set({ carriedOver: true })
      .where(and(eq(answers.assessmentId, draft.id), eq(answers.questionId, kept.id)))
      .run();
    const before = stored(draft, kept.id);
    expect(moveAssessmentToVersion({ actor: leadActor, assessment: draft })).toEqual({ ok: true, fromVersion: 1, toVersion: 2 });

    const moved = getAssessment({ id: draft.id, organisationId: leadActor.organisationId });
    if (!moved) throw new Error("moved draft missing");
    expect(moved.questionnaireVersion).toBe(2);
    expect(stored(moved, kept.id)).toEqual(before);
    expect(stored(moved, removed.id)).toBeUndefined();
    expect(stored(moved, reworded.id)).toMatchObject({ kind: null, optionId: null, note: `notitie bij ${reworded.id}`, needsAnswer: true, revision: 2 });
    expect(stored(moved, naWithdrawn.id)).toMatchObject({ kind: null, note: `notitie bij ${naWithdrawn.id}`, needsAnswer: true });
    expect(stored(moved, "new-in-v2")).toMatchObject({ kind: null, note: "", needsAnswer: true, revision: 1 });
    expect(
      listNeedsAnswer({ assessment: moved })
        .map((n) => n.questionId)
        .sort(),
    ).toEqual([reworded.id, naWithdrawn.id, "new-in-v2"].sort());

    const events = getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, draft.id), eq(auditEvents.action, "assessment_version_changed")))
      .all();
    expect(events.map((e) => e.details)).toEqual([{ fromVersion: 1, toVersion: 2 }]);
    expect(JSON.stringify(events)).not.toMatch(/notitie|option/);

    // Answering a marked question clears the marker; a note alone does not.
    const saved = saveAnswers({
      actor: leadActor,
      assessment: moved,
      changes: [
        { questionId: reworded.id, value: option(`${replacedOption}-v2`), note: "nieuw antwoord", baseRevision: 2, confirm: false },
        { questionId: "new-in-v2", value: null, note: "nog uitzoeken", baseRevision: 1, confirm: false },
      ],
    });
    expect(saved).toMatchObject({ ok: true });
    expect(stored(moved, reworded.id)).toMatchObject({ needsAnswer: false, optionId: `${replacedOption}-v2` });
    expect(stored(moved, "new-in-v2")).toMatchObject({ needsAnswer: true, note: "nog uitzoeken" });
    expect(
      listNeedsAnswer({ assessment: moved })
        .map((n) => n.questionId)
        .sort(),
    ).toEqual([naWithdrawn.id, "new-in-v2"].sort());
    // The carried-over answer still asks to be confirmed, and confirming it still works.
    const keptNow = listAnswers({ assessment: moved }).find((a) => a.questionId === kept.id);
    expect(keptNow?.carriedOver).toBe(true);
    saveAnswers({
      actor: leadActor,
      assessment: moved,
      changes: [{ questionId: kept.id, value: keptNow?.value ?? null, note: keptNow?.note ?? "", baseRevision: keptNow?.revision ?? 0, confirm: true }],
    });
    expect(stored(moved, kept.id)?.carriedOver).toBe(false);
  });

  it("refuses a contributor, a submitted assessment and a draft already on the current version", async () => {
    const { leadActor, contributorActor } = await team();
    const draft = importV1(leadActor);
    expect(moveAssessmentToVersion({ actor: contributorActor, assessment: draft })).toEqual({ ok: false, error: "forbidden" });
    expect(moveAssessmentToVersion({ actor: leadActor, assessment: draft })).toMatchObject({ ok: true });
    expect(moveAssessmentToVersion({ actor: leadActor, assessment: draft })).toEqual({ ok: false, error: "already_current" });
    const submitted = importV1(leadActor, v1File({ complete: true }));
    expect(submitAssessment({ actor: leadActor, assessment: submitted, confirmCarriedOver: false })).toEqual({ ok: true });
    expect(moveAssessmentToVersion({ actor: leadActor, assessment: submitted })).toEqual({ ok: false, error: "frozen" });
    expect(getAssessment({ id: submitted.id, organisationId: leadActor.organisationId })?.questionnaireVersion).toBe(1);
  });
});

describe("carrying a submitted version 1 assessment into a new version 2 draft", () => {
  it("copies what still fits as 'please confirm', and marks new and changed questions to answer", async () => {
    const { leadActor } = await team();
    const source = importV1(leadActor, v1File({ complete: true }));
    expect(submitAssessment({ actor: leadActor, assessment: source, confirmCarriedOver: false })).toEqual({ ok: true });
    const started = startAssessment({ actor: leadActor, electionType: "tweede_kamer", electionDate: "2029-03-21", carryOver: true });
    if (!started.ok) throw new Error(started.error);
    const draft = getAssessment({ id: started.id, organisationId: leadActor.organisationId });
    if (!draft) throw new Error("draft missing");
    expect(draft.questionnaireVersion).toBe(2);
    expect(draft.carriedFromAssessmentId).toBe(source.id);
    expect(stored(draft, kept.id)).toMatchObject({ kind: "option", carriedOver: true, needsAnswer: false, note: `notitie bij ${kept.id}` });
    expect(stored(draft, removed.id)).toBeUndefined();
    expect(stored(draft, reworded.id)).toMatchObject({ kind: null, carriedOver: false, needsAnswer: true, note: `notitie bij ${reworded.id}` });
    expect(stored(draft, "new-in-v2")).toMatchObject({ kind: null, needsAnswer: true });
    // Every other answer of the source moved, because the other questions did not change.
    const sourceCount = listAnswers({ assessment: source }).length;
    const carried = listAnswers({ assessment: draft }).filter((a) => a.carriedOver).length;
    expect(carried).toBe(sourceCount - 3);
    expect(
      listNeedsAnswer({ assessment: draft })
        .map((n) => n.questionId)
        .sort(),
    ).toEqual([reworded.id, naWithdrawn.id, "new-in-v2"].sort());
    const event = getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, draft.id), eq(auditEvents.action, "assessment_started")))
      .get();
    expect(event?.details).toEqual({ carriedOver: true, questionnaireVersion: 2, carriedFromVersion: 1 });
    // The source stays as it was submitted, on version 1.
    expect(getDb().select({ v: assessments.questionnaireVersion }).from(assessments).where(eq(assessments.id, source.id)).get()?.v).toBe(1);
    expect(exportAssessment({ assessment: source }).questionnaireVersion).toBe(1);
  });
});

describe("routes", () => {
  it("opens a submitted version 1 assessment in version 1 everywhere: domain page, results, plan and PDF", async () => {
    const { lead, leadActor } = await team();
    const submitted = importV1(leadActor, v1File({ complete: true }));
    expect(submitAssessment({ actor: leadActor, assessment: submitted, confirmCarriedOver: false })).toEqual({ ok: true });
    const headers = { Cookie: await cookieFor(lead.id) };
    const params = { id: submitted.id };
    const page = await domainLoader({
      request: getRequest(`/assessments/${submitted.id}/domains/${removed.domain}`, headers),
      params: { ...params, domain: removed.domain },
      context: {},
    });
    const ids = "questions" in page ? page.questions.map((q) => q.id) : [];
    // The question that version 2 removed is still there, and the one it added is not.
    expect(ids).toContain(removed.id);
    expect(ids).not.toContain("new-in-v2");
    expect(ids).toEqual(questionnaireV1.questions.filter((q) => q.domain === removed.domain).map((q) => q.id));
    expect(await outcomeStatus(() => resultsLoader({ request: getRequest(`/assessments/${submitted.id}/results`, headers), params, context: {} }))).toBe(200);
    expect(await outcomeStatus(() => planLoader({ request: getRequest(`/assessments/${submitted.id}/plan`, headers), params, context: {} }))).toBe(200);
    const pdf = await pdfLoader({ request: getRequest(`/assessments/${submitted.id}/plan.pdf`, headers), params, context: {} });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
  });

  it("offers the IT lead the choice on the overview, moves after confirming, and lists what to answer again", async () => {
    const { lead, contributor, leadActor } = await team();
    const draft = importV1(leadActor);
    const headers = { Cookie: await cookieFor(lead.id) };
    const params = { id: draft.id };
    const overview = await overviewLoader({ request: getRequest(`/assessments/${draft.id}`, headers), params, context: {} });
    expect(overview).toMatchObject({ newerVersion: 2, needsAnswer: [], assessment: { version: 1 } });
    const contributorHeaders = { Cookie: await cookieFor(contributor.id) };
    const contributorView = await overviewLoader({ request: getRequest(`/assessments/${draft.id}`, contributorHeaders), params, context: {} });
    expect(contributorView).toMatchObject({ newerVersion: null });
    expect(await outcomeStatus(() => versionLoader({ request: getRequest(`/assessments/${draft.id}/version`, contributorHeaders), params, context: {} }))).toBe(
      403,
    );

    const preview = await versionLoader({ request: getRequest(`/assessments/${draft.id}/version`, headers), params, context: {} });
    expect(preview).toMatchObject({ preview: { fromVersion: 1, toVersion: 2, moved: 1, dropped: [{ questionId: removed.id, text: removed.text.nl }] } });
    expect(getAssessment({ id: draft.id, organisationId: leadActor.organisationId })?.questionnaireVersion).toBe(1);

    const response = await versionAction({ request: formRequest(`/assessments/${draft.id}/version`, {}, headers), params, context: {} });
    expect(response).toBeInstanceOf(Response);
    expect(response instanceof Response ? response.headers.get("Location") : null).toBe(`/assessments/${draft.id}?moved=2`);

    const after = await overviewLoader({ request: getRequest(`/assessments/${draft.id}?moved=2`, headers), params, context: {} });
    expect(after).toMatchObject({ newerVersion: null, assessment: { version: 2 } });
    const listed = "needsAnswer" in after ? after.needsAnswer : [];
    expect(listed.map((n) => n.questionId).sort()).toEqual([reworded.id, naWithdrawn.id, "new-in-v2"].sort());
    expect(listed.find((n) => n.questionId === reworded.id)?.text).toBe(reworded.text.nl);

    const page = await domainLoader({
      request: getRequest(`/assessments/${draft.id}/domains/${reworded.domain}`, headers),
      params: { ...params, domain: reworded.domain },
      context: {},
    });
    const questions = "questions" in page ? page.questions : [];
    expect(questions.find((q) => q.id === reworded.id)?.needsAnswer).toBe(true);
    expect(questions.filter((q) => q.needsAnswer).map((q) => q.id)).toEqual(listed.filter((n) => n.domain === reworded.domain).map((n) => n.questionId));

    // Moving again is refused with a page, not a 500.
    expect(await outcomeStatus(() => versionLoader({ request: getRequest(`/assessments/${draft.id}/version`, headers), params, context: {} }))).toBe(409);
    expect(await outcomeStatus(() => versionAction({ request: formRequest(`/assessments/${draft.id}/version`, {}, headers), params, context: {} }))).toBe(409);
  });
});
