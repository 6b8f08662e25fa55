import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createUserSession } from "../app/auth/session.server";
import { getDb } from "../app/db.server";
import { getAssessment, listAnswers, type Actor, type AssessmentRow } from "../app/models/assessments.server";
import { saveAnswers, submitAssessment, type AnswerChange } from "../app/models/answers.server";
import { visibleQuestions, type AnswerValue } from "../app/questionnaire/answers";
import { currentQuestionnaire } from "../app/questionnaire/current";
import type { Question } from "../app/questionnaire/schema";
import { loader as resultsLoader } from "../app/routes/assessments.$id.results";
import { loader as submitLoader } from "../app/routes/assessments.$id.submit";
import type { ScoreResultV1 } from "../app/scoring";
import { assessments } from "../db/schema";
import { cookieFrom, getRequest, makeOrganisation, makeUser } from "./helpers/factory";
import { startDraft } from "./helpers/builders";

// The results and submit pages under scoring rules version 2: "not enough answers" with what is
// missing, the don't-know count, the reason a level is capped, and rules version 1 snapshots as stored.

const q = currentQuestionnaire;

async function setUp() {
  const org = makeOrganisation();
  const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
  const actor: Actor = { userId: lead.id, organisationId: org.id, role: "it_lead", ipAddress: "203.0.113.9" };
  const cookie = cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId: lead.id, ipAddress: "::1" }));
  return { actor, cookie };
}

const start = (actor: Actor): AssessmentRow => startDraft({ actor });

function reload(actor: Actor, id: string): AssessmentRow {
  const row = getAssessment({ id, organisationId: actor.organisationId });
  if (!row) throw new Error("not found");
  return row;
}

const top = (question: Question): AnswerValue => {
  const best = question.options.reduce((a, b) => (b.maturity > a.maturity ? b : a));
  return { kind: "option", optionId: best.id };
};

/** Saves answers chosen per question, round after round, until every visible question has one. */
function answerEvery(actor: Actor, assessment: AssessmentRow, pick: (question: Question) => AnswerValue | null) {
  for (let round = 0; round < 5; round++) {
    const stored = new Map(listAnswers({ assessment }).map((answer) => [answer.questionId, answer]));
    const map = Object.fromEntries([...stored.values()].flatMap((answer) => (answer.value ? [[answer.questionId, answer.value]] : [])));
    const open = visibleQuestions(q, map).filter((question) => !stored.has(question.id));
    const changes: AnswerChange[] = open.flatMap((question) => {
      const value = pick(question);
      return [{ questionId: question.id, value, note: "", baseRevision: 0, confirm: false }];
    });
    if (changes.length === 0) return;
    const saved = saveAnswers({ actor, assessment, changes });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
  }
}

async function results(assessment: AssessmentRow, cookie: string) {
  return resultsLoader({ request: getRequest(`/assessments/${assessment.id}/results`, { Cookie: cookie }), params: { id: assessment.id }, context: {} });
}

describe("results page under scoring rules version 2", () => {
  it("shows 'not enough answers' with what is missing instead of a score and a level", async () => {
    const { actor, cookie } = await setUp();
    const assessment = start(actor);
    const accounts = q.questions.filter((question) => question.domain === "accounts" && !question.condition);
    // Three accounts questions with an option, the rest of the domain "don't know"; nothing elsewhere.
    answerEvery(actor, assessment, (question) =>
      question.domain !== "accounts" ? null : accounts.includes(question) && accounts.indexOf(question) < 3 ? top(question) : { kind: "dont_know" },
    );
    const data = await results(assessment, cookie);
    expect(data.overall).toMatchObject({ status: "not_enough_answers", score: null, level: null });
    expect(data.overall.coverage?.answered).toBe(3);
    expect(data.overall.coverage?.needed).toBeGreaterThan(0);
    const domain = data.domains.find((d) => d.id === "accounts");
    expect(domain).toMatchObject({ status: "not_enough_answers", score: null });
    // The follow-up opened by the top answer to acc-mfa-email is "don't know": shown, but it counts in the 80 % only once chosen.
    expect(domain?.coverage).toEqual({ answered: 3, counted: accounts.length, needed: Math.ceil(0.8 * accounts.length) - 3 });
    expect(data.dontKnowCount).toBe(accounts.length - 3 + 1);
    expect(data.rulesVersion).toBe(2);
  });

  it("counts 'don't know' on a critical question as a critical finding and says why the level is capped", async () => {
    const { actor, cookie } = await setUp();
    const assessment = start(actor);
    const critical = q.questions.find((question) => question.critical && !question.condition);
    if (!critical) throw new Error("no critical question");
    answerEvery(actor, assessment, (question) => (question.id === critical.id ? { kind: "dont_know" } : top(question)));
    const data = await results(assessment, cookie);
    expect(data.overall).toMatchObject({ status: "scored", cappedBy: "critical_finding", capped: true });
    expect(data.overall.level?.name).toBe("Op weg");
    expect(data.critical).toContainEqual(expect.objectContaining({ id: critical.id, dontKnow: true }));
    expect(data.overall.findingCount).toBe(1);
    expect(data.dontKnowCount).toBe(1);
  });

  it("caps at 'Basis op orde' with a critical question below its highest option and lists it", async () => {
    const { actor, cookie } = await setUp();
    const assessment = start(actor);
    const critical = q.questions.find((question) => question.critical && !question.condition);
    const second = critical?.options.find((option) => option.maturity === 2);
    if (!critical || !second) throw new Error("no critical question with a maturity 2 option");
    answerEvery(actor, assessment, (question) => (question.id === critical.id ? { kind: "option", optionId: second.id } : top(question)));
    const data = await results(assessment, cookie);
    expect(data.overall).toMatchObject({ status: "scored", cappedBy: "critical_not_highest", capped: false });
    expect(data.overall.level?.name).toBe("Basis op orde");
    expect(data.overall.notHighest.map((item) => item.id)).toEqual([critical.id]);
    expect(data.overall.findingCount).toBe(0);
    expect(data.critical).toEqual([]);

    // The submit page shows the same outcome before submitting.
    const submit = await submitLoader({
      request: getRequest(`/assessments/${assessment.id}/submit`, { Cookie: cookie }),
      params: { id: assessment.id },
      context: {},
    });
    expect(submit.outcome).toMatchObject({ status: "scored", level: "Basis op orde", cappedBy: "critical_not_highest", domainsNotEnough: [] });
  });

  it("lists the domains without enough answers on the submit page", async () => {
    const { actor, cookie } = await setUp();
    const assessment = start(actor);
    answerEvery(actor, assessment, (question) => (question.domain === "people" ? { kind: "dont_know" } : top(question)));
    const submit = await submitLoader({
      request: getRequest(`/assessments/${assessment.id}/submit`, { Cookie: cookie }),
      params: { id: assessment.id },
      context: {},
    });
    const people = q.questions.filter((question) => question.domain === "people");
    expect(submit.outcome?.domainsNotEnough).toEqual([
      { id: "people", title: expect.any(String), coverage: { answered: 0, counted: people.length, needed: Math.ceil(0.8 * people.length) } },
    ]);
    expect(submit.outcome?.status).toBe("scored");
  });

  it("shows a snapshot stored under rules version 1 as it was stored, and compares with it under today's rules", async () => {
    const { actor, cookie } = await setUp();
    const first = start(actor);
    answerEvery(actor, first, top);
    expect(submitAssessment({ actor, assessment: first, confirmCarriedOver: false })).toEqual({ ok: true });
    const stored = reload(actor, first.id).scoreSnapshot;
    if (!stored) throw new Error("no snapshot");
    const version1: ScoreResultV1 = {
      ...stored,
      rulesVersion: 1,
      domains: stored.domains.map(({ domain, points, maxPoints, countedQuestions, criticalFindings }) => ({
        domain,
        score: 90,
        rounded: 90,
        points,
        maxPoints,
        countedQuestions,
        criticalFindings,
      })),
      overall: { score: 91, rounded: 91, level: "resilient", uncappedLevel: "resilient", cappedByCriticalFinding: false },
    };
    getDb().update(assessments).set({ scoreSnapshot: version1 }).where(eq(assessments.id, first.id)).run();

    const old = await results(reload(actor, first.id), cookie);
    expect(old.rulesVersion).toBe(1);
    expect(old.overall).toMatchObject({ status: "scored", score: 91, cappedBy: null, coverage: null, notHighest: [] });
    expect(old.overall.level?.name).toBe("Weerbaar");
    expect(old.domains.every((d) => d.score === 90 && d.status === "scored")).toBe(true);

    // A later draft: its live rules-2 scores are compared with the earlier one scored again with rules 2.
    const second = start(actor);
    answerEvery(actor, second, top);
    const data = await results(second, cookie);
    expect(data.previous).toMatchObject({ basis: "current_rules", score: 100 });
    expect(data.domains.every((d) => d.change === 0)).toBe(true);
  });

  it("compares a submitted assessment with the one submitted before it, and the first with none", async () => {
    const { actor, cookie } = await setUp();
    const first = start(actor);
    answerEvery(actor, first, top);
    expect(submitAssessment({ actor, assessment: first, confirmCarriedOver: false })).toEqual({ ok: true });
    const second = start(actor);
    answerEvery(actor, second, () => ({ kind: "dont_know" }));
    expect(submitAssessment({ actor, assessment: second, confirmCarriedOver: false })).toEqual({ ok: true });

    const later = await results(reload(actor, second.id), cookie);
    expect(later.previous).toMatchObject({ basis: "snapshots", score: 100 });
    const earlier = await results(reload(actor, first.id), cookie);
    expect(earlier.previous).toBeNull();
  });
});
