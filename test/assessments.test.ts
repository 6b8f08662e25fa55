import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { answers, assessments, auditEvents } from "../db/schema";
import { getDb } from "../app/db.server";
import { assignDomain, getAssessment, listAnswers, listAssessments, startAssessment, type Actor, type AssessmentRow } from "../app/models/assessments.server";
import { saveAnswers, submitAssessment, submitSummary, type AnswerChange } from "../app/models/answers.server";
import { exportAssessment, importAssessment } from "../app/models/exchange.server";
import { currentQuestionnaire } from "../app/questionnaire/current";
import type { AnswerValue } from "../app/questionnaire/answers";
import { loader as domainLoader, action as domainAction } from "../app/routes/assessments.$id.domains.$domain/route";
import { action as autosaveAction } from "../app/routes/assessments.$id.answers/route";
import { loader as exportLoader } from "../app/routes/assessments.$id.export[.json]";
import { formRequest, getRequest, makeOrganisation, makeUser, outcomeStatus } from "./helpers/factory";
import { answerVisible, cookieFor, makeTeam, startDraft } from "./helpers/builders";

const q = currentQuestionnaire;
const ip = "203.0.113.5";

const team = () => makeTeam({ ipAddress: ip });
const start = (actor: Actor, carryOver = false) => startDraft({ actor, carryOver });

function firstQuestion(domain: string) {
  const question = q.questions.find((x) => x.domain === domain && !x.condition);
  if (!question) throw new Error("no question");
  return question;
}

const option = (id: string): AnswerValue => ({ kind: "option", optionId: id });
const change = (questionId: string, value: AnswerValue | null, baseRevision = 0, note = ""): AnswerChange => ({
  questionId,
  value,
  note,
  baseRevision,
  confirm: false,
});

/** Answers every visible question (repeating, since answers can reveal follow-ups). */
const answerAll = (actor: Actor, assessment: AssessmentRow, pick?: (index: number) => number) => answerVisible({ actor, assessment, pick });

describe("saving answers", () => {
  it("stores who answered and when, and bumps the revision on every change", async () => {
    const { lead, leadActor } = await team();
    const assessment = start(leadActor);
    const question = firstQuestion("accounts");
    const now = new Date("2026-11-29T13:02:00Z");
    const first = saveAnswers({
      actor: leadActor,
      assessment,
      changes: [change(question.id, option(question.options[0]?.id ?? ""), 0, "eerste notitie")],
      now,
    });
    expect(first).toEqual({ ok: true, saved: [{ questionId: question.id, revision: 1 }], conflicts: [] });
    const second = saveAnswers({ actor: leadActor, assessment, changes: [change(question.id, { kind: "dont_know" }, 1, "tweede")] });
    expect(second).toMatchObject({ ok: true, saved: [{ questionId: question.id, revision: 2 }] });
    const stored = listAnswers({ assessment }).find((a) => a.questionId === question.id);
    expect(stored).toMatchObject({ value: { kind: "dont_know" }, note: "tweede", revision: 2, updatedByName: "Lea Lead" });
    expect(lead.id).toBeTruthy();
    // Saving the same thing again writes nothing.
    expect(saveAnswers({ actor: leadActor, assessment, changes: [change(question.id, { kind: "dont_know" }, 2, "tweede")] })).toEqual({
      ok: true,
      saved: [],
      conflicts: [],
    });
  });

  it("shows the second of two simultaneous editors a conflict with both versions, never a silent overwrite", async () => {
    const { leadActor, contributor, contributorActor } = await team();
    const assessment = start(leadActor);
    const question = firstQuestion("people");
    expect(assignDomain({ actor: leadActor, assessment, domain: "people", userIds: [contributor.id] })).toEqual({ ok: true });
    const [a, b] = question.options;
    // Both loaded the page at revision 0.
    expect(saveAnswers({ actor: leadActor, assessment, changes: [change(question.id, option(a?.id ?? ""), 0, "van Lea")] })).toMatchObject({ ok: true });
    const second = saveAnswers({ actor: contributorActor, assessment, changes: [change(question.id, option(b?.id ?? ""), 0, "van Cor")] });
    expect(second).toMatchObject({
      ok: true,
      saved: [],
      conflicts: [
        {
          questionId: question.id,
          theirs: { value: option(a?.id ?? ""), note: "van Lea", revision: 1, updatedByName: "Lea Lead" },
          mine: { value: option(b?.id ?? ""), note: "van Cor" },
        },
      ],
    });
    expect(listAnswers({ assessment }).find((x) => x.questionId === question.id)?.note).toBe("van Lea");
    // Choosing "keep mine" re-saves against the revision that was shown.
    expect(saveAnswers({ actor: contributorActor, assessment, changes: [change(question.id, option(b?.id ?? ""), 1, "van Cor")] })).toMatchObject({
      ok: true,
      saved: [{ revision: 2 }],
    });
  });

  it("lets a contributor edit only assigned sections and a campaign manager nothing", async () => {
    const { leadActor, contributor, contributorActor, managerActor } = await team();
    const assessment = start(leadActor);
    const people = firstQuestion("people");
    const accounts = firstQuestion("accounts");
    const save = (actor: Actor, questionId: string, optionId: string) => saveAnswers({ actor, assessment, changes: [change(questionId, option(optionId))] });
    expect(save(contributorActor, people.id, people.options[0]?.id ?? "")).toEqual({ ok: false, error: "forbidden" });
    assignDomain({ actor: leadActor, assessment, domain: "people", userIds: [contributor.id] });
    expect(save(contributorActor, people.id, people.options[0]?.id ?? "")).toMatchObject({ ok: true });
    expect(save(contributorActor, accounts.id, accounts.options[0]?.id ?? "")).toEqual({ ok: false, error: "forbidden" });
    expect(save(managerActor, accounts.id, accounts.options[0]?.id ?? "")).toEqual({ ok: false, error: "forbidden" });
    expect(save(leadActor, accounts.id, accounts.options[0]?.id ?? "")).toMatchObject({ ok: true });
    // A page with one forbidden question saves nothing at all.
    const mixed = saveAnswers({
      actor: contributorActor,
      assessment,
      changes: [change(people.id, option(people.options[1]?.id ?? ""), 1), change(accounts.id, option(accounts.options[1]?.id ?? ""), 1)],
    });
    expect(mixed).toEqual({ ok: false, error: "forbidden" });
    expect(listAnswers({ assessment }).find((a) => a.questionId === people.id)?.revision).toBe(1);
  });

  it("refuses assigning someone from another organisation", async () => {
    const { leadActor } = await team();
    const other = makeOrganisation();
    const stranger = await makeUser({ organisationId: other.id, role: "contributor" });
    const assessment = start(leadActor);
    expect(assignDomain({ actor: leadActor, assessment, domain: "people", userIds: [stranger.id] })).toEqual({ ok: false, error: "not_a_member" });
  });

  it("rejects bad input as a whole: unknown ids, options, N/A where not allowed, long notes, hidden questions", async () => {
    const { leadActor } = await team();
    const assessment = start(leadActor);
    const good = firstQuestion("governance");
    const noNa = q.questions.find((x) => !x.allowNotApplicable && !x.condition);
    const conditional = q.questions.find((x) => x.condition);
    if (!noNa || !conditional) throw new Error("content assumption");
    const cases: Array<[AnswerChange, string]> = [
      [change("does-not-exist", { kind: "dont_know" }), "unknown_question"],
      [change(good.id, option("no-such-option")), "unknown_option"],
      [change(noNa.id, { kind: "not_applicable" }), "not_applicable_not_allowed"],
      [change(good.id, { kind: "dont_know" }, 0, "x".repeat(2001)), "note_too_long"],
      [change(conditional.id, { kind: "dont_know" }), "hidden"],
    ];
    for (const [bad, code] of cases) {
      const result = saveAnswers({ actor: leadActor, assessment, changes: [change(good.id, option(good.options[0]?.id ?? "")), bad] });
      expect(result, code).toMatchObject({ ok: false, error: "invalid", problems: [{ code }] });
    }
    expect(listAnswers({ assessment })).toEqual([]);
    // A note of exactly 2,000 characters is fine.
    expect(saveAnswers({ actor: leadActor, assessment, changes: [change(good.id, { kind: "dont_know" }, 0, "x".repeat(2000))] })).toMatchObject({ ok: true });
  });

  it("keeps answers to questions that became hidden, but they no longer count", async () => {
    const { leadActor } = await team();
    const assessment = start(leadActor);
    const follower = q.questions.find((x) => x.condition);
    const target = q.questions.find((x) => x.id === follower?.condition?.questionId);
    if (!follower?.condition || !target) throw new Error("content assumption");
    const showing = follower.condition.optionIds[0] ?? "";
    const hiding = target.options.find((o) => !follower.condition?.optionIds.includes(o.id))?.id ?? "";
    expect(
      saveAnswers({ actor: leadActor, assessment, changes: [change(target.id, option(showing)), change(follower.id, { kind: "dont_know" })] }),
    ).toMatchObject({ ok: true });
    const before = submitSummary({ assessment }).total;
    expect(saveAnswers({ actor: leadActor, assessment, changes: [change(target.id, option(hiding), 1)] })).toMatchObject({ ok: true });
    expect(listAnswers({ assessment }).some((a) => a.questionId === follower.id)).toBe(true);
    expect(submitSummary({ assessment }).total).toBe(before - 1);
  });
});

describe("submitting", () => {
  it("refuses an incomplete draft, then freezes a complete one with a score snapshot and an audit event", async () => {
    const { leadActor, contributorActor } = await team();
    const assessment = start(leadActor);
    expect(submitAssessment({ actor: leadActor, assessment, confirmCarriedOver: false })).toEqual({ ok: false, error: "incomplete" });
    answerAll(leadActor, assessment, (i) => i % 4);
    expect(submitSummary({ assessment }).unanswered).toEqual([]);
    expect(submitAssessment({ actor: contributorActor, assessment, confirmCarriedOver: false })).toEqual({ ok: false, error: "forbidden" });
    expect(submitAssessment({ actor: leadActor, assessment, confirmCarriedOver: false })).toEqual({ ok: true });
    const row = getDb().select().from(assessments).where(eq(assessments.id, assessment.id)).get();
    expect(row?.status).toBe("submitted");
    expect(row?.scoreSnapshot).toMatchObject({ rulesVersion: 2, questionnaireVersion: q.version });
    expect(row?.overallScore).toBeGreaterThanOrEqual(0);
    const frozen = getAssessment({ id: assessment.id, organisationId: leadActor.organisationId });
    if (!frozen) throw new Error("gone");
    const question = firstQuestion("accounts");
    expect(saveAnswers({ actor: leadActor, assessment: frozen, changes: [change(question.id, { kind: "dont_know" }, 1)] })).toEqual({
      ok: false,
      error: "frozen",
    });
    expect(submitAssessment({ actor: leadActor, assessment: frozen, confirmCarriedOver: false })).toEqual({ ok: false, error: "frozen" });
    const events = getDb().select().from(auditEvents).where(eq(auditEvents.targetId, assessment.id)).all();
    expect(events.map((e) => e.action)).toContain("assessment_submitted");
    // The audit trail names the action, never an answer or note.
    expect(JSON.stringify(events)).not.toMatch(/option|note/i);
  });

  it("carries answers over from the last submitted assessment, marked for confirmation", async () => {
    const { leadActor } = await team();
    expect(startAssessment({ actor: leadActor, electionType: "gemeenteraad", electionDate: "2030-03-20", carryOver: true })).toEqual({
      ok: false,
      error: "no_submitted_assessment",
    });
    const first = start(leadActor);
    answerAll(leadActor, first, () => 1);
    expect(submitAssessment({ actor: leadActor, assessment: first, confirmCarriedOver: false })).toEqual({ ok: true });
    const second = start(leadActor, true);
    expect(second.carriedFromAssessmentId).toBe(first.id);
    const copied = listAnswers({ assessment: second });
    expect(copied.length).toBe(listAnswers({ assessment: first }).length);
    expect(copied.every((a) => a.carriedOver)).toBe(true);
    expect(submitSummary({ assessment: second }).carriedOver.length).toBeGreaterThan(0);
    expect(submitAssessment({ actor: leadActor, assessment: second, confirmCarriedOver: false })).toEqual({ ok: false, error: "carried_over_unconfirmed" });
    // Confirming one question clears its flag without changing the answer.
    const one = copied[0];
    if (!one) throw new Error("nothing copied");
    expect(
      saveAnswers({
        actor: leadActor,
        assessment: second,
        changes: [{ questionId: one.questionId, value: one.value, note: one.note, baseRevision: one.revision, confirm: true }],
      }),
    ).toMatchObject({ ok: true, saved: [{ questionId: one.questionId }] });
    expect(listAnswers({ assessment: second }).find((a) => a.questionId === one.questionId)?.carriedOver).toBe(false);
    expect(submitAssessment({ actor: leadActor, assessment: second, confirmCarriedOver: true })).toEqual({ ok: true });
  });

  it("lists an organisation's assessments with progress, people and score", async () => {
    const { leadActor, org } = await team();
    const draft = start(leadActor);
    saveAnswers({ actor: leadActor, assessment: draft, changes: [change(firstQuestion("accounts").id, { kind: "dont_know" })] });
    const list = listAssessments({ organisationId: org.id });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ status: "draft", answered: 1, people: ["Lea Lead"], overallScore: null });
    expect(list[0]?.total).toBeGreaterThanOrEqual(60);
    expect(listAssessments({ organisationId: makeOrganisation().id })).toEqual([]);
  });
});

describe("export and import", () => {
  it("round-trips: export, import, export gives the same answers", async () => {
    const { leadActor } = await team();
    const assessment = start(leadActor);
    answerAll(leadActor, assessment, (i) => i % 3);
    const question = firstQuestion("candidates");
    saveAnswers({ actor: leadActor, assessment, changes: [change(question.id, null, 1, "Notitie met “aanhalingstekens” en ĳ")] });
    const exported = exportAssessment({ assessment });
    const result = importAssessment({ actor: leadActor, text: JSON.stringify(exported) });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const imported = getAssessment({ id: result.id, organisationId: leadActor.organisationId });
    if (!imported) throw new Error("import missing");
    expect(imported.status).toBe("draft");
    expect(exportAssessment({ assessment: imported }).answers).toEqual(exported.answers);
    expect(exported.answers.find((a) => a.questionId === question.id)?.note).toBe("Notitie met “aanhalingstekens” en ĳ");
  });

  it("reports malformed files in plain words and saves nothing", async () => {
    const { leadActor, org } = await team();
    const assessment = start(leadActor);
    const valid = exportAssessment({ assessment });
    const count = () => listAssessments({ organisationId: org.id }).length;
    const before = count();
    const cases: Array<[string, string]> = [
      ["{ not json", "not_json"],
      [JSON.stringify({ hello: "world" }), "not_an_export"],
      [JSON.stringify({ ...valid, questionnaireVersion: 99 }), "version_mismatch"],
      [JSON.stringify({ ...valid, answers: [{ questionId: "acc-made-up", answer: "dont_know", note: "" }] }), "unknown_question"],
      [JSON.stringify({ ...valid, answers: [{ questionId: firstQuestion("accounts").id, answer: "option", optionId: "nope", note: "" }] }), "unknown_option"],
      [JSON.stringify({ ...valid, election: { type: "mayor", date: "2030-01-01" } }), "invalid_field"],
      [JSON.stringify({ ...valid, answers: [{ questionId: firstQuestion("accounts").id, answer: "dont_know", note: "x".repeat(2001) }] }), "invalid_field"],
    ];
    for (const [text, code] of cases) {
      const result = importAssessment({ actor: leadActor, text });
      expect(result, code).toMatchObject({ ok: false, problems: [{ code }] });
    }
    expect(count()).toBe(before);
  });
});

describe("routes", () => {
  it("gives another organisation's member, the admin and the analyst 404 on an assessment", async () => {
    const { leadActor } = await team();
    const assessment = start(leadActor);
    const otherOrg = makeOrganisation();
    const outsider = await makeUser({ organisationId: otherOrg.id, role: "it_lead" });
    const admin = await makeUser({ platformRole: "admin" });
    const analyst = await makeUser({ platformRole: "analyst" });
    for (const user of [outsider, admin, analyst]) {
      const cookie = await cookieFor(user.id);
      const params = { id: assessment.id, domain: "accounts" };
      expect(
        await outcomeStatus(() =>
          domainLoader({ request: getRequest(`/assessments/${assessment.id}/domains/accounts`, { Cookie: cookie }), params, context: {} }),
        ),
      ).toBe(404);
      expect(
        await outcomeStatus(() => exportLoader({ request: getRequest(`/assessments/${assessment.id}/export.json`, { Cookie: cookie }), params, context: {} })),
      ).toBe(404);
    }
  });

  it("saves a whole domain page posted without JavaScript, and reports a conflict with 409", async () => {
    const { lead, leadActor } = await team();
    const assessment = start(leadActor);
    const cookie = await cookieFor(lead.id);
    const questions = q.questions.filter((x) => x.domain === "people" && !x.condition);
    const fields: Record<string, string> = { intent: "continue" };
    for (const question of questions) {
      fields[`rev-${question.id}`] = "0";
      fields[`answer-${question.id}`] = `option:${question.options[0]?.id}`;
      fields[`note-${question.id}`] = "";
    }
    const saved = await domainAction({
      request: formRequest(`/assessments/${assessment.id}/domains/people`, fields, { Cookie: cookie }),
      params: { id: assessment.id, domain: "people" },
      context: {},
    });
    expect(saved).toBeInstanceOf(Response);
    if (saved instanceof Response) expect(saved.headers.get("Location")).toBe(`/assessments/${assessment.id}?saved=1`);
    expect(listAnswers({ assessment }).length).toBe(questions.length);
    // The same page posted again from a stale copy with a different answer: conflict, nothing overwritten.
    const stale = { ...fields, [`answer-${questions[0]?.id}`]: `option:${questions[0]?.options[1]?.id}` };
    expect(
      await outcomeStatus(() =>
        domainAction({
          request: formRequest(`/assessments/${assessment.id}/domains/people`, stale, { Cookie: cookie }),
          params: { id: assessment.id, domain: "people" },
          context: {},
        }),
      ),
    ).toBe(409);
    // A forged answer value is a 400, not a 500.
    const forged = { ...fields, [`rev-${questions[0]?.id}`]: "1", [`answer-${questions[0]?.id}`]: "option:<script>" };
    expect(
      await outcomeStatus(() =>
        domainAction({
          request: formRequest(`/assessments/${assessment.id}/domains/people`, forged, { Cookie: cookie }),
          params: { id: assessment.id, domain: "people" },
          context: {},
        }),
      ),
    ).toBe(400);
  });

  it("autosave answers 401 JSON when signed out (no redirect), and 409 once submitted", async () => {
    const { lead, leadActor } = await team();
    const assessment = start(leadActor);
    const question = firstQuestion("accounts");
    const body = { questionId: question.id, answer: "dont_know", note: "", revision: "0" };
    const signedOut = await autosaveAction({ request: formRequest(`/assessments/${assessment.id}/answers`, body), params: { id: assessment.id }, context: {} });
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toEqual({ status: "signed_out" });
    const cookie = await cookieFor(lead.id);
    const ok = await autosaveAction({
      request: formRequest(`/assessments/${assessment.id}/answers`, body, { Cookie: cookie }),
      params: { id: assessment.id },
      context: {},
    });
    expect(await ok.json()).toMatchObject({ status: "saved", revision: 1 });
    answerAll(leadActor, assessment);
    submitAssessment({ actor: leadActor, assessment, confirmCarriedOver: false });
    const frozen = await autosaveAction({
      request: formRequest(
        `/assessments/${assessment.id}/answers`,
        { ...body, revision: "1", answer: `option:${question.options[0]?.id}` },
        { Cookie: cookie },
      ),
      params: { id: assessment.id },
      context: {},
    });
    expect(frozen.status).toBe(409);
    expect(
      getDb()
        .select()
        .from(answers)
        .where(eq(answers.assessmentId, assessment.id))
        .all()
        .find((a) => a.questionId === question.id)?.kind,
    ).toBe("dont_know");
  });
});
