import { describe, expect, it } from "vitest";
import { getAssessment, startAssessment } from "../app/models/assessments.server";
import { getPlan, getScores, planDateOf, planSummaryFor, updatePlanAction, updatePlanActions } from "../app/models/plan.server";
import { addDays, weekStartOf } from "../app/plan";
import { dutchToday } from "../app/plan/elections";
import { createUserSession } from "../app/auth/session.server";
import { action as planAction } from "../app/routes/assessments.$id.plan/route";
import { loader as icsLoader } from "../app/routes/assessments.$id.plan[.ics]";
import { getDb } from "../app/db.server";
import { assessments, auditEvents } from "../db/schema";
import { and, eq } from "drizzle-orm";
import ICAL from "ical.js";
import { answerVisible, lowestOption, makeTeam, reloadAssessment, startDraft, submitDraft } from "./helpers/builders";
import { cookieFrom, formRequest, getRequest, makeOrganisation, makeUser } from "./helpers/factory";

async function submittedAssessment() {
  const team = await makeTeam({ ipAddress: "::1" });
  const draft = startDraft({ actor: team.leadActor });
  // Lowest option everywhere, "don't know" on every fifth question: a long plan with find-out actions.
  answerVisible({
    actor: team.leadActor,
    assessment: draft,
    answer: ({ question, index }) => (index % 5 === 0 ? { kind: "dont_know" } : lowestOption(question)),
  });
  submitDraft({ actor: team.leadActor, assessment: draft });
  return { ...team, actor: team.leadActor, load: () => reloadAssessment({ assessment: draft }) };
}

describe("the plan of an assessment", () => {
  it("has one action per gap and per don't-know, critical first, with due dates", async () => {
    const { load } = await submittedAssessment();
    const plan = getPlan({ assessment: load(), today: "2029-01-01" });
    expect(plan.length).toBeGreaterThan(40);
    expect(plan.some((a) => a.kind === "find_out")).toBe(true);
    const firstNonCritical = plan.findIndex((a) => !a.critical);
    expect(plan.slice(firstNonCritical).some((a) => a.critical)).toBe(false);
    expect(plan.every((a) => a.status === "todo" && /^\d{4}-\d{2}-\d{2}$/.test(a.dueDate))).toBe(true);
  });

  it("lets IT lead and campaign manager set owner, due date and status; contributors cannot", async () => {
    const { load, managerActor, contributorActor, manager } = await submittedAssessment();
    const assessment = load();
    const [first, second] = getPlan({ assessment });
    if (!first || !second) throw new Error("plan too short");
    expect(
      updatePlanAction({ actor: managerActor, assessment, actionKey: first.key, owner: { userId: manager.id }, dueDate: "2029-12-01", status: "in_progress" }),
    ).toEqual({ ok: true, count: 1 });
    expect(updatePlanAction({ actor: contributorActor, assessment, actionKey: second.key, owner: null, dueDate: null, status: "done" })).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(updatePlanAction({ actor: managerActor, assessment, actionKey: "nope:basic", owner: null, dueDate: null, status: "done" })).toEqual({
      ok: false,
      error: "unknown_action",
    });
    const stranger = await makeUser({ organisationId: makeOrganisation().id, role: "it_lead" });
    expect(updatePlanAction({ actor: managerActor, assessment, actionKey: second.key, owner: { userId: stranger.id }, dueDate: null, status: "todo" })).toEqual(
      { ok: false, error: "not_a_member" },
    );
    const tracked = getPlan({ assessment, today: "2030-01-01" }).find((a) => a.key === first.key);
    expect(tracked).toMatchObject({ status: "in_progress", ownerName: "Mia Manager", dueDate: "2029-12-01", dueDateSet: true, late: true });
  });

  it("refuses bad input through the route with 4xx and changes nothing", async () => {
    const { load, manager, contributor } = await submittedAssessment();
    const assessment = load();
    const key = getPlan({ assessment })[0]?.key ?? "";
    const cookie = cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId: manager.id, ipAddress: "::1" }));
    const post = (fields: Record<string, string>, c = cookie) =>
      planAction({ request: formRequest(`/assessments/${assessment.id}/plan`, fields, { Cookie: c }), params: { id: assessment.id }, context: {} });
    const statusOf = async (run: Promise<unknown>) => {
      try {
        const result = await run;
        if (result && typeof result === "object" && "init" in result && result.init && typeof result.init === "object" && "status" in result.init)
          return result.init.status;
        return 200;
      } catch (thrown) {
        if (thrown instanceof Response) return thrown.status;
        throw thrown;
      }
    };
    expect(await statusOf(post({ actionKey: key, status: "todo", dueDate: "1899-12-31" }))).toBe(400);
    expect(await statusOf(post({ actionKey: key, status: "todo", dueDate: "2030-02-30" }))).toBe(400);
    expect(await statusOf(post({ actionKey: key, status: "todo", dueDate: "morgen" }))).toBe(400);
    expect(await statusOf(post({ actionKey: key, status: "finished" }))).toBe(400);
    expect(await statusOf(post({ actionKey: key, status: "todo", owner: "other", ownerName: "" }))).toBe(400);
    // An unknown action is a 400 with a message, not a 404 or an empty body.
    const unknown = await post({ actionKey: "made-up:basic", status: "done" });
    expect(await statusOf(Promise.resolve(unknown))).toBe(400);
    expect(JSON.stringify(unknown)).toContain("plan.error.unknown_action");
    expect(await statusOf(post({ intent: "bulk", actionKeys: key, status: "finished" }))).toBe(400);
    expect(await statusOf(post({ actionKey: key, status: "todo", owner: "role:mayor" }))).toBe(400);
    const contributorCookie = cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId: contributor.id, ipAddress: "::1" }));
    expect(await statusOf(post({ actionKey: key, status: "done" }, contributorCookie))).toBe(403);
    expect(getPlan({ assessment }).every((a) => a.status === "todo")).toBe(true);
    expect(await statusOf(post({ actionKey: key, status: "done", owner: "other", ownerName: "Penningmeester Jan", dueDate: "2100-12-31" }))).toBe(200);
    expect(getPlan({ assessment }).find((a) => a.key === key)).toMatchObject({ status: "done", ownerName: "Penningmeester Jan", dueDate: "2100-12-31" });
    // The field asks for day-month-year, as a Dutch reader writes it; it is stored as YYYY-MM-DD.
    expect(await statusOf(post({ actionKey: key, status: "done", dueDate: "31-02-2030" }))).toBe(400);
    expect(await statusOf(post({ actionKey: key, status: "done", dueDate: "7-3-2030" }))).toBe(200);
    expect(getPlan({ assessment }).find((a) => a.key === key)).toMatchObject({ dueDate: "2030-03-07" });
  });

  it("carries statuses over to a new assessment started from this one", async () => {
    const { load, managerActor, actor } = await submittedAssessment();
    const assessment = load();
    const key = getPlan({ assessment })[0]?.key ?? "";
    updatePlanAction({ actor: managerActor, assessment, actionKey: key, owner: { name: "Kees" }, dueDate: null, status: "in_progress" });
    const next = startAssessment({ actor, electionType: "tweede_kamer", electionDate: "2031-03-19", carryOver: true });
    if (!next.ok) throw new Error("start");
    const second = getAssessment({ id: next.id, organisationId: actor.organisationId });
    if (!second) throw new Error("gone");
    expect(getPlan({ assessment: second }).find((a) => a.key === key)).toMatchObject({ status: "in_progress", ownerName: "Kees" });
  });

  it("keeps the stored score snapshot of a submitted assessment, whatever the rules say later", async () => {
    const { load } = await submittedAssessment();
    const assessment = load();
    const snapshot = getScores({ assessment });
    if (snapshot.rulesVersion !== 2) throw new Error("a new submission must be scored with rules version 2");
    // Simulate a later rules change by altering the stored snapshot: what is shown is what was stored.
    const altered = { ...snapshot, overall: { ...snapshot.overall, rounded: 99 } };
    getDb().update(assessments).set({ scoreSnapshot: altered }).where(eq(assessments.id, assessment.id)).run();
    expect(getScores({ assessment: load() }).overall.rounded).toBe(99);
  });

  it("exports the open actions as an iCalendar file: spread over the weeks, a milestone event each, stable UIDs", async () => {
    const { load, lead, contributor } = await submittedAssessment();
    const assessment = load();
    const cookie = cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId: lead.id, ipAddress: "::1" }));
    const download = async (query = "", c = cookie) =>
      icsLoader({ request: getRequest(`/assessments/${assessment.id}/plan.ics${query}`, { Cookie: c }), params: { id: assessment.id }, context: {} });
    const response = await download();
    expect(response.headers.get("Content-Type")).toContain("text/calendar");
    expect(response.headers.get("Content-Disposition")).toContain("weerbaar-actieplan-2030-03-20.ics");
    expect((await download("?lang=en")).headers.get("Content-Disposition")).toContain("weerbaar-action-plan-2030-03-20.ics");
    const text = await response.text();
    const plan = getPlan({ assessment });
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // An independent iCalendar parser reads one all-day event per open action on its due date, plus six milestones.
    const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
    const events = parse(text);
    expect(events).toHaveLength(plan.length + 6);
    const actionEvents = events.filter((event) => !event.uid.includes("-milestone-"));
    expect(actionEvents).toHaveLength(plan.length);
    for (const action of plan) {
      const event = actionEvents.find((e) => e.uid === `${assessment.id}-${action.key}@weerbaar`);
      expect(event?.startDate.isDate).toBe(true);
      expect(event?.startDate.toString()).toBe(action.dueDate);
    }
    expect(events.filter((event) => event.uid.includes("-milestone-")).map((event) => event.startDate.toString())).toEqual([
      "2030-02-04",
      "2030-02-08",
      "2030-02-09",
      "2030-03-06",
      "2030-03-20",
      "2030-04-03",
    ]);
    // Spread: no day holds more than a handful of actions, and they cover many weeks.
    const perDay = new Map<string, number>();
    for (const event of actionEvents) perDay.set(event.startDate.toString(), (perDay.get(event.startDate.toString()) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(15);
    const weeks = new Set(actionEvents.map((event) => weekStartOf({ date: event.startDate.toString() })));
    expect(weeks.size).toBeGreaterThanOrEqual(5);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    // A second download has the same UIDs, so a calendar updates its events instead of adding copies.
    const again = parse(await (await download()).text());
    expect(again.map((event) => event.uid)).toEqual(events.map((event) => event.uid));
    // Contributors follow the PDF's permission.
    const contributorCookie = cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId: contributor.id, ipAddress: "::1" }));
    await expect(download("", contributorCookie)).rejects.toMatchObject({ status: 403 });
  });

  it("changes several actions at once, keeping each one's other settings, and audits only a count", async () => {
    const { load, managerActor, contributorActor } = await submittedAssessment();
    const assessment = load();
    const [first, second, third] = getPlan({ assessment });
    if (!first || !second || !third) throw new Error("plan too short");
    expect(updatePlanAction({ actor: managerActor, assessment, actionKey: first.key, owner: null, dueDate: "2029-12-01", status: "in_progress" })).toEqual({
      ok: true,
      count: 1,
    });
    expect(updatePlanActions({ actor: managerActor, assessment, actionKeys: [first.key, second.key], owner: { name: "  Jan\n de\u202e Vries\t " } })).toEqual({
      ok: true,
      count: 2,
    });
    expect(updatePlanActions({ actor: managerActor, assessment, actionKeys: [first.key, "nope:basic"], status: "done" })).toEqual({
      ok: false,
      error: "unknown_action",
    });
    expect(updatePlanActions({ actor: contributorActor, assessment, actionKeys: [third.key], status: "done" })).toEqual({ ok: false, error: "forbidden" });
    expect(updatePlanActions({ actor: managerActor, assessment, actionKeys: [third.key], owner: { name: "x".repeat(121) } })).toEqual({
      ok: false,
      error: "owner_name",
    });
    expect(updatePlanActions({ actor: managerActor, assessment, actionKeys: [second.key, third.key], owner: { role: "treasurer" }, status: "done" })).toEqual({
      ok: true,
      count: 2,
    });
    const plan = new Map(getPlan({ assessment, today: "2029-12-02" }).map((a) => [a.key, a]));
    expect(plan.get(first.key)).toMatchObject({ ownerName: "Jan de Vries", status: "in_progress", dueDate: "2029-12-01", late: true });
    expect(plan.get(second.key)).toMatchObject({ ownerName: null, owner: "treasurer", ownerKey: "role:treasurer", status: "done" });
    expect(plan.get(third.key)).toMatchObject({ owner: "treasurer", status: "done", measureOwner: third.owner });
    const events = getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "plan_action_updated"), eq(auditEvents.targetId, assessment.id)))
      .all();
    expect(events.length).toBe(3);
    for (const event of events) {
      const details = JSON.stringify(event.details ?? null);
      expect(details).not.toContain(first.key);
      expect(details).not.toContain(first.questionId);
      expect(details).not.toMatch(/done|in_progress|maturity/);
    }
    expect(events.map((event) => event.details)).toEqual([{ count: 1 }, { count: 2 }, { count: 2 }]);
  });

  it("sums up this week and what is late for the home page of IT lead and campaign manager only", async () => {
    const { load, org, managerActor } = await submittedAssessment();
    const assessment = load();
    const planDate = planDateOf({ assessment, today: dutchToday() });
    const plan = getPlan({ assessment, today: planDate });
    const summary = planSummaryFor({ organisationId: org.id, role: "campaign_manager", today: planDate });
    expect(summary).toMatchObject({ assessmentId: assessment.id, late: 0 });
    expect(summary?.thisWeek).toBeGreaterThan(0);
    expect(summary?.thisWeek).toBeLessThan(plan.length);
    expect(planSummaryFor({ organisationId: org.id, role: "contributor", today: planDate })).toBeNull();
    expect(planSummaryFor({ organisationId: makeOrganisation().id, role: "it_lead", today: planDate })).toBeNull();
    const [first] = plan;
    if (!first) throw new Error("empty plan");
    updatePlanAction({ actor: managerActor, assessment, actionKey: first.key, owner: null, dueDate: planDate, status: "todo" });
    const dayAfter = addDays({ date: planDate, days: 1 });
    expect(planSummaryFor({ organisationId: org.id, role: "it_lead", today: planDate })?.late).toBe(0);
    expect(planSummaryFor({ organisationId: org.id, role: "it_lead", today: dayAfter })?.late).toBeGreaterThanOrEqual(1);
  });
});
