// The way from start to submit: starting (past dates, a second draft), nomination day, a contributor's own
// sections, saving without JavaScript, the submit confirmation, the home page per role, and the demo dates.
import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { assessments, organisations } from "../db/schema";
import { getDb } from "../app/db.server";
import {
  assignDomain,
  getAssessment,
  listAssessments,
  ownSections,
  setNominationDate,
  startAssessment,
  type Actor,
  type AssessmentRow,
} from "../app/models/assessments.server";
import { currentQuestionnaire } from "../app/questionnaire/current";
import { addDays, milestoneDates } from "../app/plan/timeline";
import { dutchToday } from "../app/plan/elections";
import { startAssessmentSchema, nominationDaySchemaFor } from "../app/utils/assessment-forms";
import { action as newAction } from "../app/routes/assessments.new";
import { loader as listLoader } from "../app/routes/assessments._index";
import { loader as overviewLoader, action as overviewAction } from "../app/routes/assessments.$id._index";
import { loader as submitLoader, action as submitAction } from "../app/routes/assessments.$id.submit";
import { loader as domainLoader, action as domainAction } from "../app/routes/assessments.$id.domains.$domain/route";
import { loader as homeLoader } from "../app/routes/home";
import { demoDates, demoLeadDays } from "../scripts/demo-dates";
import { seedDemoData } from "../scripts/seed";
import { formRequest, getRequest, outcomeStatus, statusOf } from "./helpers/factory";
import { answerVisible, cookieFor, makeTeam, startDraft as startDraftFor } from "./helpers/builders";

const q = currentQuestionnaire;
const ip = "203.0.113.9";
const context = {};
const today = dutchToday();
const future = addDays({ date: today, days: 400 });

const team = () => makeTeam({ ipAddress: ip });
const startDraft = (actor: Actor, electionDate = future) => startDraftFor({ actor, electionDate, allowSecondDraft: true });

/** Answers every visible question of the given domains (of all, when none are given) with the first option. */
const answerDomains = (actor: Actor, assessment: AssessmentRow, domains?: string[]) => answerVisible({ actor, assessment, domains });

/** The redirect a route threw or returned, or null. */
async function locationOf(run: () => Promise<unknown>): Promise<string | null> {
  try {
    const result = await run();
    return result instanceof Response ? result.headers.get("Location") : null;
  } catch (error) {
    if (error instanceof Response) return error.headers.get("Location");
    throw error;
  }
}

function dataOf(result: unknown): unknown {
  return result && typeof result === "object" && "data" in result ? result.data : result;
}

describe("starting an assessment", () => {
  it("refuses an election day before today (Dutch date) in the shared schema, and accepts today", () => {
    const yesterday = addDays({ date: today, days: -1 });
    const past = startAssessmentSchema.safeParse({ election: "custom", customType: "gemeenteraad", customDate: yesterday });
    expect(past.success).toBe(false);
    expect(past.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["customDate", "errors.election.past"]]);
    expect(startAssessmentSchema.safeParse({ election: "custom", customType: "gemeenteraad", customDate: today }).success).toBe(true);
    // An impossible date is a different message from a past one.
    expect(startAssessmentSchema.safeParse({ election: "custom", customType: "gemeenteraad", customDate: "2030-02-30" }).error?.issues[0]?.message).toBe(
      "errors.election.date",
    );
  });

  it("the route answers a past date with 400 and the message next to the date field, and starts nothing", async () => {
    const { org, lead } = await team();
    const cookie = await cookieFor(lead.id);
    const result = await newAction({
      request: formRequest("/assessments/new", { election: "custom", customType: "gemeenteraad", customDate: "2020-03-18" }, { Cookie: cookie }),
      params: {},
      context,
    });
    expect(statusOf(result)).toBe(400);
    expect(dataOf(result)).toMatchObject({ errors: { customDate: "errors.election.past" } });
    expect(listAssessments({ organisationId: org.id })).toEqual([]);
  });

  it("refuses a second draft for the same election and organisation with the existing one, unless confirmed", async () => {
    const { org, lead, leadActor } = await team();
    const cookie = await cookieFor(lead.id);
    const fields = { election: "custom", customType: "gemeenteraad", customDate: future };
    const first = await locationOf(() => newAction({ request: formRequest("/assessments/new", fields, { Cookie: cookie }), params: {}, context }));
    const firstId = first?.split("/").pop() ?? "";
    expect(first).toBe(`/assessments/${firstId}`);

    const refused = await newAction({ request: formRequest("/assessments/new", fields, { Cookie: cookie }), params: {}, context });
    expect(statusOf(refused)).toBe(409);
    expect(dataOf(refused)).toMatchObject({ errors: { secondDraft: "start.error.duplicate_draft" }, existing: { id: firstId, createdByName: "Lea Lead" } });
    expect(listAssessments({ organisationId: org.id })).toHaveLength(1);

    // Another election day, or another type on the same day, is not a duplicate.
    expect(startAssessment({ actor: leadActor, electionType: "gemeenteraad", electionDate: addDays({ date: future, days: 1 }), carryOver: false }).ok).toBe(
      true,
    );
    expect(startAssessment({ actor: leadActor, electionType: "waterschap", electionDate: future, carryOver: false }).ok).toBe(true);
    // Another organisation's draft for the same election is none of this one's business.
    const other = await team();
    expect(startAssessment({ actor: other.leadActor, electionType: "gemeenteraad", electionDate: future, carryOver: false }).ok).toBe(true);

    const second = await locationOf(() =>
      newAction({ request: formRequest("/assessments/new", { ...fields, secondDraft: "yes" }, { Cookie: cookie }), params: {}, context }),
    );
    expect(second).toMatch(/^\/assessments\/[^/]+$/);
    expect(second).not.toBe(first);
    const drafts = listAssessments({ organisationId: org.id }).filter((a) => a.electionType === "gemeenteraad" && a.electionDate === future);
    expect(drafts.map((a) => a.createdByName)).toEqual(["Lea Lead", "Lea Lead"]);
  });

  it("does not count a submitted assessment as a draft for the same election", async () => {
    const { leadActor } = await team();
    const draft = startDraft(leadActor);
    getDb().update(assessments).set({ status: "submitted", submittedAt: new Date() }).where(eq(assessments.id, draft.id)).run();
    expect(startAssessment({ actor: leadActor, electionType: "gemeenteraad", electionDate: future, carryOver: false }).ok).toBe(true);
  });
});

describe("nomination day on the assessment", () => {
  it("shows the computed day, accepts a correction before election day, refuses an impossible or late one, and resets", async () => {
    const { lead, contributor, leadActor } = await team();
    const assessment = startDraft(leadActor, "2031-03-19");
    const cookie = await cookieFor(lead.id);
    const params = { id: assessment.id };
    const loaded = await overviewLoader({ request: getRequest(`/assessments/${assessment.id}`, { Cookie: cookie }), params, context });
    expect(loaded.assessment).toMatchObject({ nominationDate: null, computedNominationDate: "2031-02-03", createdByName: "Lea Lead" });

    const post = (nominationDate: string, who = cookie) =>
      overviewAction({ request: formRequest(`/assessments/${assessment.id}`, { intent: "nomination", nominationDate }, { Cookie: who }), params, context });
    for (const [value, message] of [
      ["2031-02-30", "errors.nominationDate.date"],
      // Day-month-year is how the field asks for it, so "3-2-2031" is a real date now; these are not.
      ["30-02-2031", "errors.nominationDate.date"],
      ["3 februari", "errors.nominationDate.date"],
      ["2031-03-19", "errors.nominationDate.beforeElection"],
      ["2031-04-01", "errors.nominationDate.beforeElection"],
      // Before election day but outside the range the plan uses: saving it would change nothing.
      ["2031-03-01", "errors.nominationDate.range"],
      ["2030-11-01", "errors.nominationDate.range"],
    ] as const) {
      const refused = await post(value);
      expect(statusOf(refused), value).toBe(400);
      expect(dataOf(refused), value).toMatchObject({ nominationError: message });
    }
    expect(getAssessment({ id: assessment.id, organisationId: leadActor.organisationId })?.nominationDate).toBeNull();

    expect(dataOf(await post("10-02-2031"))).toMatchObject({ saved: "nomination", nominationError: null });
    expect(getAssessment({ id: assessment.id, organisationId: leadActor.organisationId })?.nominationDate).toBe("2031-02-10");
    // A contributor may not change it.
    expect(await outcomeStatus(async () => post("2031-02-11", await cookieFor(contributor.id)))).toBe(403);
    // Empty returns to the computed day.
    await post("");
    expect(getAssessment({ id: assessment.id, organisationId: leadActor.organisationId })?.nominationDate).toBeNull();
  });

  it("the shared schema checks the same as the server", () => {
    const schema = nominationDaySchemaFor({ electionDate: "2027-03-17" });
    expect(schema.safeParse({ nominationDate: "2027-02-01" })).toMatchObject({ success: true, data: { nominationDate: "2027-02-01" } });
    expect(schema.safeParse({ nominationDate: "01-02-2027" })).toMatchObject({ success: true, data: { nominationDate: "2027-02-01" } });
    expect(schema.safeParse({ nominationDate: "" })).toMatchObject({ success: true, data: { nominationDate: "" } });
    expect(schema.safeParse({ nominationDate: "2027-03-17" }).success).toBe(false);
    expect(schema.safeParse({ nominationDate: "2027-03-10" }).success).toBe(false);
  });

  it("the model refuses a day the plan would not use, so nothing is saved that changes nothing", async () => {
    const { leadActor } = await team();
    const assessment = startDraft(leadActor, "2031-03-19");
    expect(setNominationDate({ actor: leadActor, assessment, nominationDate: "2031-03-01" })).toEqual({ ok: false, error: "out_of_range" });
    expect(getAssessment({ id: assessment.id, organisationId: leadActor.organisationId })?.nominationDate).toBeNull();
    expect(setNominationDate({ actor: leadActor, assessment, nominationDate: "2031-02-10" })).toEqual({ ok: true });
    expect(milestoneDates({ electionDate: "2031-03-19", today: "2031-01-01", nominationDate: "2031-02-10" }).nomination_day).toBe("2031-02-10");
  });
});

describe("a contributor's own sections", () => {
  it("offers her next own open section, never one she may only read, and says when all are done", async () => {
    const { contributor, leadActor, contributorActor } = await team();
    const assessment = startDraft(leadActor);
    // Governance (1st) and candidates (6th) are hers; accounts (2nd) is not.
    for (const domain of ["governance", "candidates"] as const)
      expect(assignDomain({ actor: leadActor, assessment, domain, userIds: [contributor.id] })).toEqual({ ok: true });
    expect(ownSections({ actor: contributorActor, assessment, after: "governance" })).toEqual({
      own: ["governance", "candidates"],
      next: "candidates",
      allDone: false,
      guided: true,
    });
    // From a section she only reads, her first open one.
    expect(ownSections({ actor: contributorActor, assessment, after: "accounts" }).next).toBe("governance");

    const cookie = await cookieFor(contributor.id);
    const readOnly = await domainLoader({
      request: getRequest(`/assessments/${assessment.id}/domains/accounts`, { Cookie: cookie }),
      params: { id: assessment.id, domain: "accounts" },
      context,
    });
    expect(readOnly).toMatchObject({ canEdit: false, ownPath: true, next: { id: "governance" } });

    answerDomains(contributorActor, assessment, ["governance"]);
    const governance = await domainLoader({
      request: getRequest(`/assessments/${assessment.id}/domains/governance`, { Cookie: cookie }),
      params: { id: assessment.id, domain: "governance" },
      context,
    });
    expect(governance).toMatchObject({ canEdit: true, thisDone: true, allMineDone: false, next: { id: "candidates" } });

    // "Opslaan en verder" skips accounts … email_web and goes to her candidates section.
    const continueFields = { intent: "continue" };
    const next = await locationOf(() =>
      domainAction({
        request: formRequest(`/assessments/${assessment.id}/domains/governance`, continueFields, { Cookie: cookie }),
        params: { id: assessment.id, domain: "governance" },
        context,
      }),
    );
    expect(next).toBe(`/assessments/${assessment.id}/domains/candidates?saved=1`);

    answerDomains(contributorActor, assessment, ["candidates"]);
    expect(ownSections({ actor: contributorActor, assessment, after: "candidates" })).toMatchObject({ next: null, allDone: true });
    const candidates = await domainLoader({
      request: getRequest(`/assessments/${assessment.id}/domains/candidates`, { Cookie: cookie }),
      params: { id: assessment.id, domain: "candidates" },
      context,
    });
    expect(candidates).toMatchObject({ thisDone: true, allMineDone: true, next: null });
    const finish = await locationOf(() =>
      domainAction({
        request: formRequest(`/assessments/${assessment.id}/domains/candidates`, continueFields, { Cookie: cookie }),
        params: { id: assessment.id, domain: "candidates" },
        context,
      }),
    );
    expect(finish).toBe(`/assessments/${assessment.id}?saved=1`);
    const overview = await overviewLoader({
      request: getRequest(`/assessments/${assessment.id}?saved=1`, { Cookie: cookie }),
      params: { id: assessment.id },
      context,
    });
    expect(overview.mineDone).toBe(true);
  });

  it("the IT lead still goes through the sections in order", async () => {
    const { lead, leadActor } = await team();
    const assessment = startDraft(leadActor);
    const cookie = await cookieFor(lead.id);
    const next = await locationOf(() =>
      domainAction({
        request: formRequest(`/assessments/${assessment.id}/domains/governance`, { intent: "continue" }, { Cookie: cookie }),
        params: { id: assessment.id, domain: "governance" },
        context,
      }),
    );
    expect(next).toBe(`/assessments/${assessment.id}/domains/accounts?saved=1`);
    expect(ownSections({ actor: leadActor, assessment, after: "governance" })).toMatchObject({ guided: false, next: "accounts" });
  });

  it("'Mijn onderwerpen' lists each section once, grouped per draft, with who started it", async () => {
    const { contributor, lead, leadActor } = await team();
    const first = startDraft(leadActor);
    const second = startDraft(leadActor);
    for (const assessment of [first, second]) {
      expect(assignDomain({ actor: leadActor, assessment, domain: "people", userIds: [contributor.id, contributor.id, lead.id] })).toEqual({ ok: true });
      expect(assignDomain({ actor: leadActor, assessment, domain: "disinformation", userIds: [contributor.id] })).toEqual({ ok: true });
    }
    const data = await listLoader({ request: getRequest("/assessments", { Cookie: await cookieFor(contributor.id) }), params: {}, context });
    expect(data.mySections.map((a) => a.assessmentId).sort()).toEqual([first.id, second.id].sort());
    for (const group of data.mySections) {
      expect(group.createdByName).toBe("Lea Lead");
      expect(group.sections.map((s) => s.domain)).toEqual(["disinformation", "people"]);
    }
    expect(data.assessments.every((a) => a.createdByName === "Lea Lead" && typeof a.createdAt === "string")).toBe(true);
  });
});

describe("saving without JavaScript", () => {
  it("returns to the question last changed, with the saved confirmation for it", async () => {
    const { lead, leadActor } = await team();
    const assessment = startDraft(leadActor);
    const cookie = await cookieFor(lead.id);
    const [a, b] = q.questions.filter((question) => question.domain === "accounts" && !question.condition);
    if (!a || !b) throw new Error("two questions needed");
    const fields = {
      [`rev-${a.id}`]: "0",
      [`answer-${a.id}`]: `option:${a.options[0]?.id}`,
      [`rev-${b.id}`]: "0",
      [`answer-${b.id}`]: `option:${b.options[0]?.id}`,
      intent: "stay",
    };
    const location = await locationOf(() =>
      domainAction({
        request: formRequest(`/assessments/${assessment.id}/domains/accounts`, fields, { Cookie: cookie }),
        params: { id: assessment.id, domain: "accounts" },
        context,
      }),
    );
    expect(location).toBe(`/assessments/${assessment.id}/domains/accounts?saved=${b.id}#q-${b.id}`);
    const page = await domainLoader({
      request: getRequest(`/assessments/${assessment.id}/domains/accounts?saved=${b.id}`, { Cookie: cookie }),
      params: { id: assessment.id, domain: "accounts" },
      context,
    });
    expect(page).toMatchObject({ saved: true, savedQuestion: b.id });
    // A made-up question id in the address is ignored.
    const odd = await domainLoader({
      request: getRequest(`/assessments/${assessment.id}/domains/accounts?saved=%3Cscript%3E`, { Cookie: cookie }),
      params: { id: assessment.id, domain: "accounts" },
      context,
    });
    expect(odd).toMatchObject({ saved: true, savedQuestion: null });
  });
});

describe("submitting", () => {
  it("asks for confirmation first: only the confirmation step submits, then it ends on the results", async () => {
    const { lead, leadActor } = await team();
    const assessment = startDraft(leadActor);
    answerDomains(leadActor, assessment);
    const cookie = await cookieFor(lead.id);
    const params = { id: assessment.id };
    const review = await submitLoader({ request: getRequest(`/assessments/${assessment.id}/submit`, { Cookie: cookie }), params, context });
    expect(review.step).toBe("review");
    const asked = await submitLoader({ request: getRequest(`/assessments/${assessment.id}/submit?confirm=1`, { Cookie: cookie }), params, context });
    expect(asked.step).toBe("confirm");

    // A post without the confirmation (an old form, a hand-made request) submits nothing.
    const unconfirmed = await submitAction({ request: formRequest(`/assessments/${assessment.id}/submit`, {}, { Cookie: cookie }), params, context });
    expect(statusOf(unconfirmed)).toBe(400);
    expect(getAssessment({ id: assessment.id, organisationId: leadActor.organisationId })?.status).toBe("draft");

    const location = await locationOf(() =>
      submitAction({ request: formRequest(`/assessments/${assessment.id}/submit`, { confirmed: "yes" }, { Cookie: cookie }), params, context }),
    );
    expect(location).toBe(`/assessments/${assessment.id}/results?submitted=1`);
    expect(getAssessment({ id: assessment.id, organisationId: leadActor.organisationId })?.status).toBe("submitted");
  });

  it("keeps carried-over answers to confirm on the first step", async () => {
    const { lead, leadActor } = await team();
    const source = startDraft(leadActor, addDays({ date: future, days: -30 }));
    answerDomains(leadActor, source);
    getDb().update(assessments).set({ status: "submitted", submittedAt: new Date() }).where(eq(assessments.id, source.id)).run();
    const carried = startAssessment({ actor: leadActor, electionType: "gemeenteraad", electionDate: future, carryOver: true });
    if (!carried.ok) throw new Error(carried.error);
    const cookie = await cookieFor(lead.id);
    const params = { id: carried.id };
    const notTicked = await submitLoader({ request: getRequest(`/assessments/${carried.id}/submit?confirm=1`, { Cookie: cookie }), params, context });
    expect(notTicked).toMatchObject({ step: "review", carriedUnconfirmed: true });
    const ticked = await submitLoader({
      request: getRequest(`/assessments/${carried.id}/submit?confirm=1&confirmCarriedOver=yes`, { Cookie: cookie }),
      params,
      context,
    });
    expect(ticked).toMatchObject({ step: "confirm", confirmCarriedOver: true });
  });
});

describe("home page per role", () => {
  it("counts a contributor's own sections and gives the campaign manager the latest results", async () => {
    const { contributor, manager, leadActor } = await team();
    const draft = startDraft(leadActor);
    expect(assignDomain({ actor: leadActor, assessment: draft, domain: "people", userIds: [contributor.id] })).toEqual({ ok: true });
    const mine = await homeLoader({ request: getRequest("/home", { Cookie: await cookieFor(contributor.id) }), params: {}, context });
    expect(mine).toMatchObject({ mySectionCount: 1, latestSubmittedId: null });
    const submitted = startDraft(leadActor, addDays({ date: future, days: 7 }));
    getDb().update(assessments).set({ status: "submitted", submittedAt: new Date() }).where(eq(assessments.id, submitted.id)).run();
    const managers = await homeLoader({ request: getRequest("/home", { Cookie: await cookieFor(manager.id) }), params: {}, context });
    expect(managers).toMatchObject({ latestSubmittedId: submitted.id });
  });
});

describe("demo dates", () => {
  it("prepare for the next real election whose nomination day is still weeks ahead", () => {
    expect(demoDates({ today: "2026-12-01" }).election).toEqual({ type: "provinciale_staten", date: "2027-03-17" });
    // Too close to the provincial elections of 2027: the next regular (municipal) one, by Kieswet art. F 1.
    expect(demoDates({ today: "2027-01-20" }).election).toEqual({ type: "gemeenteraad", date: "2030-03-20" });
    expect(demoDates({ today: "2025-06-01" }).election).toEqual({ type: "gemeenteraad", date: "2026-03-18" });
    expect(demoDates({ today: "2030-06-01" }).election).toEqual({ type: "provinciale_staten", date: "2031-03-19" });
  });

  it("put every moment before the day of loading and nomination day at least four weeks after it", () => {
    for (let offset = 0; offset < 3 * 365; offset += 11) {
      const day = addDays({ date: "2026-01-01", days: offset });
      const dates = demoDates({ today: day });
      expect(addDays({ date: dates.election.date, days: -44 }) >= addDays({ date: day, days: demoLeadDays }), day).toBe(true);
      const noon = new Date(`${day}T12:00:00Z`).getTime();
      for (const moment of [dates.submitted.createdAt, dates.submitted.answeredAt, dates.submitted.submittedAt, dates.draft.createdAt, dates.draft.answeredAt])
        expect(moment.getTime(), day).toBeLessThan(noon);
      expect(dates.submitted.createdAt < dates.submitted.submittedAt && dates.submitted.submittedAt < dates.draft.createdAt).toBe(true);
    }
  });

  it("loads Demopartij with one submitted assessment and one draft, both for an election ahead", async () => {
    await seedDemoData(getDb());
    const party = getDb()
      .select()
      .from(organisations)
      .where(and(eq(organisations.name, "Demopartij"), eq(organisations.kind, "national_party")))
      .get();
    if (!party) throw new Error("no Demopartij");
    const list = listAssessments({ organisationId: party.id });
    expect(list.map((a) => a.status).sort()).toEqual(["draft", "submitted"]);
    for (const a of list) expect(a.electionDate > today).toBe(true);
  });
});
