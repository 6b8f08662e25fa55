// Reminder mail over real SMTP: counts only, once per period however often the pass runs (as after a
// restart), a link to the setting that turns reminders off, and nothing for someone who turned them off.
import { describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { getAssessment, listAnswers, startAssessment, type Actor } from "../../app/models/assessments.server";
import { saveAnswers, submitAssessment } from "../../app/models/answers.server";
import { setMailSettings } from "../../app/models/mail-settings.server";
import { getPlan, updatePlanAction } from "../../app/models/plan.server";
import { sendDueReminders } from "../../app/models/reminders.server";
import { setPartyTarget } from "../../app/models/branches.server";
import { action as mailSettingsAction } from "../../app/routes/account.mail";
import { createUserSession } from "../../app/auth/session.server";
import { visibleQuestions } from "../../app/questionnaire/answers";
import { currentQuestionnaire as q } from "../../app/questionnaire/current";
import { addDays } from "../../app/plan";
import { dutchToday } from "../../app/plan/elections";
import { mailSends } from "../../db/schema";
import { cookieFrom, formRequest, makeOrganisation, makeUser } from "../helpers/factory";
import { registerMailDelivery } from "../helpers/mail-delivery";

const { mailsTo } = registerMailDelivery();

async function submittedPlan(prefix: string) {
  const org = makeOrganisation({ name: "Herinnerpartij" });
  const lead = await makeUser({ organisationId: org.id, role: "it_lead", email: `${prefix}lead@herinner.nl` });
  const owner = await makeUser({ organisationId: org.id, role: "contributor", email: `${prefix}eigenaar@herinner.nl` });
  await makeUser({ organisationId: org.id, role: "campaign_manager", email: `${prefix}campagne@herinner.nl` });
  const actor: Actor = { userId: lead.id, organisationId: org.id, role: "it_lead", ipAddress: "::1" };
  const today = dutchToday();
  const started = startAssessment({ actor, electionType: "gemeenteraad", electionDate: addDays({ date: today, days: 120 }), carryOver: false });
  if (!started.ok) throw new Error(started.error);
  for (let round = 0; round < 5; round++) {
    const assessment = getAssessment({ id: started.id, organisationId: org.id });
    if (!assessment) throw new Error("no assessment");
    const stored = new Map(listAnswers({ assessment }).map((a) => [a.questionId, a]));
    const map = Object.fromEntries([...stored.values()].filter((a) => a.value).map((a) => [a.questionId, a.value ?? undefined]));
    const open = visibleQuestions(q, map).filter((question) => !stored.get(question.id)?.value);
    if (open.length === 0) break;
    saveAnswers({
      actor,
      assessment,
      changes: open.map((question) => ({
        questionId: question.id,
        value: { kind: "option", optionId: question.options[0]?.id ?? "" },
        note: "",
        baseRevision: stored.get(question.id)?.revision ?? 0,
        confirm: false,
      })),
    });
  }
  const draft = getAssessment({ id: started.id, organisationId: org.id });
  if (!draft) throw new Error("no assessment");
  expect(submitAssessment({ actor, assessment: draft, confirmCarriedOver: false })).toEqual({ ok: true });
  const assessment = getAssessment({ id: started.id, organisationId: org.id });
  if (!assessment) throw new Error("no assessment");
  const [first, second, third] = getPlan({ assessment });
  if (!first || !second || !third) throw new Error("plan too short");
  // One due in two days, one late, one due this week or later: all the owner's.
  updatePlanAction({ actor, assessment, actionKey: first.key, owner: { userId: owner.id }, dueDate: addDays({ date: today, days: 2 }), status: "todo" });
  updatePlanAction({ actor, assessment, actionKey: second.key, owner: { userId: owner.id }, dueDate: addDays({ date: today, days: -3 }), status: "todo" });
  updatePlanAction({ actor, assessment, actionKey: third.key, owner: { userId: owner.id }, dueDate: addDays({ date: today, days: 1 }), status: "in_progress" });
  return { org, owner, assessment, titles: [first, second, third].map((a) => a.title.nl) };
}

describe("reminders", () => {
  it("sends the digest, the due-date reminder and the late overview once, however often the pass runs", async () => {
    const { owner, titles } = await submittedPlan("a-");
    const first = await sendDueReminders();
    const again = await sendDueReminders();
    expect(again).toEqual({ digests: 0, due: 0, late: 0, target: 0 });
    expect(first.due).toBe(1);
    const ownerMail = await mailsTo("a-eigenaar@herinner.nl");
    const due = ownerMail.find((m) => m.subject?.includes("binnenkort af"));
    expect(due?.subject).toBe("2 acties moeten binnenkort af zijn — Herinnerpartij");
    expect(due?.text).toContain("http://localhost:3000/account/mail");
    expect(due?.text).toContain(`owner=user%3A${owner.id}`);
    // A weekly digest for the owner and an overview of late actions for the campaign manager, except on a
    // Monday before 08:00 (Dutch time), when the weekly mail waits for its hour.
    const now = new Date();
    const mondayMorning = new Intl.DateTimeFormat("en-GB", { weekday: "short", hour: "2-digit", hourCycle: "h23", timeZone: "Europe/Amsterdam" }).format(now);
    const weeklyWaits = /^Mon,? \d\d$/.test(mondayMorning) && Number(mondayMorning.slice(-2)) < 8;
    expect(first.digests).toBe(weeklyWaits ? 0 : 1);
    expect(first.late).toBe(weeklyWaits ? 0 : 1);
    const digest = ownerMail.find((m) => m.subject?.startsWith("Uw acties deze week"));
    const late = (await mailsTo("a-campagne@herinner.nl")).filter((m) => m.subject?.includes("te laat"));
    if (!weeklyWaits) {
      expect(digest?.text).toMatch(/1 actie is te laat/);
      expect(late).toHaveLength(1);
      expect(late[0]?.subject).toMatch(/^\d+ acties? (is|zijn) te laat — Herinnerpartij$/);
    }
    for (const mail of [...ownerMail, ...late]) for (const title of titles) expect(mail.text).not.toContain(title);
    expect(getDb().select().from(mailSends).all().length).toBeGreaterThanOrEqual(3);
  });

  it("gives way to other work between plans, and two passes at once still send each mail once", async () => {
    await submittedPlan("g1-");
    await submittedPlan("g2-");
    const order: string[] = [];
    const pass = sendDueReminders().then((run) => {
      order.push("pass done");
      return run;
    });
    setImmediate(() => order.push("other work"));
    const [first, second] = await Promise.all([pass, sendDueReminders()]);
    expect(order).toEqual(["other work", "pass done"]);
    expect(first.due + second.due).toBe(2);
    expect((await mailsTo("g1-eigenaar@herinner.nl")).filter((m) => m.subject?.includes("binnenkort af"))).toHaveLength(1);
  });

  it("sends no reminder to someone who turned them off on the account page", async () => {
    const { owner } = await submittedPlan("b-");
    const cookie = cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId: owner.id, ipAddress: "::1" }));
    const response = await mailSettingsAction({ request: formRequest("/account/mail", { language: "en" }, { Cookie: cookie }), params: {}, context: {} });
    expect(response).toEqual({ saved: true, error: null });
    const before = (await mailsTo("b-eigenaar@herinner.nl")).length;
    await sendDueReminders();
    expect((await mailsTo("b-eigenaar@herinner.nl")).length).toBe(before);
    // Turned on again, in English.
    setMailSettings({ userId: owner.id, settings: { language: "en", reminders: true } });
    await sendDueReminders();
    const after = await mailsTo("b-eigenaar@herinner.nl");
    expect(after.length).toBeGreaterThan(before);
    expect(after.some((m) => m.subject === "2 actions are due soon — Herinnerpartij")).toBe(true);
  });

  it("reminds a branch behind its party's target weekly, once, and only that branch's IT lead", async () => {
    const party = makeOrganisation({ name: "Doelpartij" });
    const partyLead = await makeUser({ organisationId: party.id, role: "it_lead", email: "t-landelijk@doel.nl" });
    const behind = makeOrganisation({ name: "Afdeling Achter", kind: "local_branch", parentId: party.id });
    await makeUser({ organisationId: behind.id, role: "it_lead", email: "t-achter@doel.nl" });
    await makeUser({ organisationId: behind.id, role: "contributor", email: "t-medewerker@doel.nl" });
    const quiet = makeOrganisation({ name: "Afdeling Stil", kind: "local_branch", parentId: party.id });
    const quietLead = await makeUser({ organisationId: quiet.id, role: "it_lead", email: "t-stil@doel.nl" });
    setMailSettings({ userId: quietLead.id, settings: { language: "nl", reminders: false } });
    const today = dutchToday();
    const target = setPartyTarget({
      actor: { userId: partyLead.id, organisationId: party.id, role: "it_lead", ipAddress: "::1" },
      electionType: "gemeenteraad",
      electionDate: addDays({ date: today, days: 200 }),
      dueDate: addDays({ date: today, days: 60 }),
    });
    expect(target).toEqual({ ok: true });
    const now = new Date();
    const mondayMorning = new Intl.DateTimeFormat("en-GB", { weekday: "short", hour: "2-digit", hourCycle: "h23", timeZone: "Europe/Amsterdam" }).format(now);
    const weeklyWaits = /^Mon,? \d\d$/.test(mondayMorning) && Number(mondayMorning.slice(-2)) < 8;
    const first = await sendDueReminders();
    expect((await sendDueReminders()).target).toBe(0);
    const mails = (await mailsTo("t-achter@doel.nl")).filter((m) => m.subject?.includes("zelftest"));
    if (weeklyWaits) {
      expect(first.target).toBe(0);
      expect(mails).toHaveLength(0);
    } else {
      expect(first.target).toBe(1);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.subject).toBe("Nog geen ingediende zelftest — Afdeling Achter");
      expect(mails[0]?.text).toContain("Doelpartij vraagt alle afdelingen");
      expect(mails[0]?.text).toContain("http://localhost:3000/account/mail");
    }
    // Not the branch's contributor, not a lead who turned reminders off, never the national party.
    expect((await mailsTo("t-medewerker@doel.nl")).length).toBe(0);
    expect((await mailsTo("t-stil@doel.nl")).length).toBe(0);
    expect((await mailsTo("t-landelijk@doel.nl")).length).toBe(0);
  });
});
