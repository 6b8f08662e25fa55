import { describe, expect, it } from "vitest";
import { getAssessment, listAnswers, startAssessment, type Actor } from "../app/models/assessments.server";
import { saveAnswers, submitAssessment } from "../app/models/answers.server";
import { getPlan, getScores, updatePlanAction } from "../app/models/plan.server";
import { currentQuestionnaire } from "../app/questionnaire/current";
import { visibleQuestions } from "../app/questionnaire/answers";
import { createUserSession } from "../app/auth/session.server";
import { action as planAction } from "../app/routes/assessments.$id.plan";
import { loader as icsLoader } from "../app/routes/assessments.$id.plan[.ics]";
import { getDb } from "../app/db.server";
import { assessments } from "../db/schema";
import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { cookieFrom, formRequest, getRequest, makeOrganisation, makeUser } from "./helpers/factory";

const q = currentQuestionnaire;

async function submittedAssessment() {
  const org = makeOrganisation();
  const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
  const manager = await makeUser({ organisationId: org.id, role: "campaign_manager", name: "Mia Manager" });
  const contributor = await makeUser({ organisationId: org.id, role: "contributor" });
  const actor: Actor = { userId: lead.id, organisationId: org.id, role: "it_lead", ipAddress: "::1" };
  const started = startAssessment({ actor, electionType: "gemeenteraad", electionDate: "2030-03-20", carryOver: false });
  if (!started.ok) throw new Error("start");
  const load = () => {
    const row = getAssessment({ id: started.id, organisationId: org.id });
    if (!row) throw new Error("gone");
    return row;
  };
  // Lowest option everywhere, "don't know" on every fifth question: a long plan with find-out actions.
  for (let round = 0; round < 5; round++) {
    const assessment = load();
    const stored = new Map(listAnswers({ assessment }).map((a) => [a.questionId, a]));
    const map = Object.fromEntries([...stored.values()].filter((a) => a.value).map((a) => [a.questionId, a.value ?? undefined]));
    const open = visibleQuestions(q, map).filter((question) => !stored.get(question.id)?.value);
    if (!open.length) break;
    saveAnswers({
      actor,
      assessment,
      changes: open.map((question, index) => ({
        questionId: question.id,
        value: index % 5 === 0 ? { kind: "dont_know" } : { kind: "option", optionId: [...question.options].sort((a, b) => a.maturity - b.maturity)[0]?.id ?? "" },
        note: "",
        baseRevision: 0,
        confirm: false,
      })),
    });
  }
  expect(submitAssessment({ actor, assessment: load(), confirmCarriedOver: false })).toEqual({ ok: true });
  return { org, lead, manager, contributor, actor, load, managerActor: { ...actor, userId: manager.id, role: "campaign_manager" as const }, contributorActor: { ...actor, userId: contributor.id, role: "contributor" as const } };
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
    expect(updatePlanAction({ actor: managerActor, assessment, actionKey: first.key, ownerUserId: manager.id, ownerName: null, dueDate: "2029-12-01", status: "in_progress" })).toEqual({ ok: true });
    expect(updatePlanAction({ actor: contributorActor, assessment, actionKey: second.key, ownerUserId: null, ownerName: null, dueDate: null, status: "done" })).toEqual({ ok: false, error: "forbidden" });
    expect(updatePlanAction({ actor: managerActor, assessment, actionKey: "nope:basic", ownerUserId: null, ownerName: null, dueDate: null, status: "done" })).toEqual({ ok: false, error: "unknown_action" });
    const stranger = await makeUser({ organisationId: makeOrganisation().id, role: "it_lead" });
    expect(updatePlanAction({ actor: managerActor, assessment, actionKey: second.key, ownerUserId: stranger.id, ownerName: null, dueDate: null, status: "todo" })).toEqual({ ok: false, error: "not_a_member" });
    const tracked = getPlan({ assessment, today: "2030-01-01" }).find((a) => a.key === first.key);
    expect(tracked).toMatchObject({ status: "in_progress", ownerName: "Mia Manager", dueDate: "2029-12-01", dueDateSet: true, late: true });
  });

  it("refuses bad input through the route with 4xx and changes nothing", async () => {
    const { load, manager, contributor } = await submittedAssessment();
    const assessment = load();
    const key = getPlan({ assessment })[0]?.key ?? "";
    const cookie = cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId: manager.id, ipAddress: "::1" }));
    const post = (fields: Record<string, string>, c = cookie) => planAction({ request: formRequest(`/assessments/${assessment.id}/plan`, fields, { Cookie: c }), params: { id: assessment.id }, context: {} });
    const statusOf = async (run: Promise<unknown>) => {
      try {
        const result = await run;
        if (result && typeof result === "object" && "init" in result && result.init && typeof result.init === "object" && "status" in result.init) return result.init.status;
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
    expect(await statusOf(post({ actionKey: "made-up:basic", status: "done" }))).toBe(404);
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
    updatePlanAction({ actor: managerActor, assessment, actionKey: key, ownerUserId: null, ownerName: "Kees", dueDate: null, status: "in_progress" });
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
    // Simulate a later rules change by altering the stored snapshot: what is shown is what was stored.
    const altered = { ...snapshot, overall: { ...snapshot.overall, rounded: 99 } };
    getDb().update(assessments).set({ scoreSnapshot: altered }).where(eq(assessments.id, assessment.id)).run();
    expect(getScores({ assessment: load() }).overall.rounded).toBe(99);
  });

  it("exports the open actions as an iCalendar file with one all-day event each", async () => {
    const { load, lead } = await submittedAssessment();
    const assessment = load();
    const cookie = cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId: lead.id, ipAddress: "::1" }));
    const response = await icsLoader({ request: getRequest(`/assessments/${assessment.id}/plan.ics`, { Cookie: cookie }), params: { id: assessment.id }, context: {} });
    expect(response.headers.get("Content-Type")).toContain("text/calendar");
    const text = await response.text();
    const plan = getPlan({ assessment });
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)?.length).toBe(plan.length);
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toContain(`DTSTART;VALUE=DATE:${plan[0]?.dueDate.replace(/-/g, "")}`);
    // An independent iCalendar parser reads one all-day event per dated action, with its date and title.
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
    expect(events).toHaveLength(plan.length);
    expect(events[0]?.startDate.isDate).toBe(true);
    expect(events[0]?.startDate.toString()).toBe(plan[0]?.dueDate);
    expect(events[0]?.summary).toContain(plan[0]?.title.nl.slice(0, 20) ?? "?");
    expect(new Set(events.map((event) => event.uid)).size).toBe(plan.length);
  });
});
