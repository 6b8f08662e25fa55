// A broken draft can be removed (with a confirmation and an audit event); a submitted one only archived.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createUserSession } from "../../app/auth/session.server";
import { getDb } from "../../app/db.server";
import { saveAnswers } from "../../app/models/answers.server";
import { getAssessment, startAssessment, type Actor } from "../../app/models/assessments.server";
import { loader as listLoader } from "../../app/routes/assessments._index";
import { action as overviewAction, loader as overviewLoader } from "../../app/routes/assessments.$id._index";
import { currentQuestionnaire } from "../../app/questionnaire/current";
import { answers, assessments, auditEvents } from "../../db/schema";
import { cookieFrom, formRequest, getRequest, makeOrganisation, makeUser, outcomeStatus } from "../helpers/factory";

async function setUp() {
  const org = makeOrganisation();
  const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
  const manager = await makeUser({ organisationId: org.id, role: "campaign_manager" });
  const actor: Actor = { userId: lead.id, organisationId: org.id, role: "it_lead", ipAddress: "::1" };
  const started = startAssessment({ actor, electionType: "gemeenteraad", electionDate: "2030-03-20", carryOver: false });
  if (!started.ok) throw new Error(started.error);
  const question = currentQuestionnaire.questions.find((q) => !q.condition);
  if (!question) throw new Error("no question");
  const row = getAssessment({ id: started.id, organisationId: org.id });
  if (!row) throw new Error("not found");
  saveAnswers({ actor, assessment: row, changes: [{ questionId: question.id, value: { kind: "dont_know" }, note: "", baseRevision: 0, confirm: false }] });
  const cookie = async (userId: string) => cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId, ipAddress: "::1" }));
  return { org, lead, manager, actor, id: started.id, cookie };
}

const post = (id: string, fields: Record<string, string>, cookie: string) =>
  overviewAction({ request: formRequest(`/assessments/${id}`, fields, { Cookie: cookie }), params: { id }, context: {} });

describe("deleting a draft", () => {
  it("needs the confirmation box, then removes the draft and its answers and writes an audit event", async () => {
    const { id, lead, cookie } = await setUp();
    const leadCookie = await cookie(lead.id);
    expect(await outcomeStatus(() => post(id, { intent: "delete" }, leadCookie))).toBe(400);
    expect(getDb().select().from(assessments).where(eq(assessments.id, id)).get()).toBeDefined();
    const result = await post(id, { intent: "delete", confirm: "yes" }, leadCookie);
    expect(result).toBeInstanceOf(Response);
    expect(getDb().select().from(assessments).where(eq(assessments.id, id)).get()).toBeUndefined();
    expect(getDb().select().from(answers).where(eq(answers.assessmentId, id)).all()).toHaveLength(0);
    const event = getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, id))
      .all()
      .find((e) => e.action === "assessment_deleted");
    expect(event?.actorUserId).toBe(lead.id);
  });

  it("is not for a campaign manager, and not for a submitted assessment", async () => {
    const { id, manager, lead, cookie } = await setUp();
    const managerCookie = await cookie(manager.id);
    expect(await outcomeStatus(() => post(id, { intent: "delete", confirm: "yes" }, managerCookie))).toBe(403);
    getDb().update(assessments).set({ status: "submitted", submittedAt: new Date() }).where(eq(assessments.id, id)).run();
    expect(await outcomeStatus(async () => post(id, { intent: "delete", confirm: "yes" }, await cookie(lead.id)))).toBe(409);
  });
});

describe("archiving a submitted assessment", () => {
  it("hides it from the default list, keeps it readable, and can be undone", async () => {
    const { id, lead, cookie, actor } = await setUp();
    getDb().update(assessments).set({ status: "submitted", submittedAt: new Date() }).where(eq(assessments.id, id)).run();
    const leadCookie = await cookie(lead.id);
    expect(await post(id, { intent: "archive" }, leadCookie)).toBeInstanceOf(Response);
    const list = async (path: string) => {
      const result = await listLoader({ request: getRequest(path, { Cookie: leadCookie }), params: {}, context: {} });
      return result.assessments.map((a) => a.id);
    };
    expect(await list("/assessments")).not.toContain(id);
    expect(await list("/assessments?archived=1")).toContain(id);
    const overview = await overviewLoader({ request: getRequest(`/assessments/${id}`, { Cookie: leadCookie }), params: { id }, context: {} });
    expect(overview.archived).toBe(true);
    await post(id, { intent: "unarchive" }, leadCookie);
    expect(await list("/assessments")).toContain(id);
    const actions = getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, id))
      .all()
      .map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["assessment_archived", "assessment_unarchived"]));
    expect(actor.organisationId).toBeTruthy();
  });
});
