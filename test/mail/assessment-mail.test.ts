// Mail about an assessment, over real SMTP: who hears what, in which language, and that no mail carries
// assessment content (no question, answer, note, score or action title).
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { getDb } from "../../app/db.server";
import { assignDomain, getAssessment, listAnswers, startAssessment, type Actor } from "../../app/models/assessments.server";
import { saveAnswers, submitAssessment, type AnswerChange } from "../../app/models/answers.server";
import { visibleQuestions, type AnswerValue } from "../../app/questionnaire/answers";
import { currentQuestionnaire as q } from "../../app/questionnaire/current";
import { users } from "../../db/schema";
import { makeOrganisation, makeUser } from "../helpers/factory";
import { registerMailDelivery } from "../helpers/mail-delivery";
import { linkIn } from "../helpers/smtp";

const { mailsTo } = registerMailDelivery();

const note = "GEHEIME-NOTITIE-over-ons-zwakke-wachtwoord";

/** Answers every visible question of the given domains, with a note that must never reach a mail. */
function answerDomains(actor: Actor, assessmentId: string, domains: string[]) {
  for (let round = 0; round < 5; round++) {
    const assessment = getAssessment({ id: assessmentId, organisationId: actor.organisationId });
    if (!assessment) throw new Error("no assessment");
    const stored = new Map(listAnswers({ assessment }).map((a) => [a.questionId, a]));
    const map = Object.fromEntries([...stored.values()].filter((a) => a.value).map((a) => [a.questionId, a.value ?? undefined]));
    const open = visibleQuestions(q, map).filter((question) => domains.includes(question.domain) && !stored.get(question.id)?.value);
    if (open.length === 0) return;
    const changes: AnswerChange[] = open.map((question) => ({
      questionId: question.id,
      value: { kind: "option", optionId: question.options[0]?.id ?? "" } satisfies AnswerValue,
      note,
      baseRevision: stored.get(question.id)?.revision ?? 0,
      confirm: false,
    }));
    const result = saveAnswers({ actor, assessment, changes });
    if (!result.ok) throw new Error(JSON.stringify(result));
  }
}

function expectNoAssessmentContent(mail: ParsedMail) {
  const whole = `${mail.subject ?? ""}\n${mail.text ?? ""}\n${typeof mail.html === "string" ? mail.html : ""}`;
  expect(whole).not.toContain(note);
  for (const question of q.questions) {
    expect(whole).not.toContain(question.text.nl);
    for (const option of question.options) if (option.label.nl.length > 12) expect(whole).not.toContain(option.label.nl);
  }
  expect(whole).not.toMatch(/score|\d+\s*%/i);
}

describe("assessment mail", () => {
  it("tells a contributor her sections, the election and its date; the IT lead when all assigned sections are answered; campaign managers on submission", async () => {
    const org = makeOrganisation({ name: "Partij voor de Post" });
    const lead = await makeUser({ organisationId: org.id, role: "it_lead", email: "lead@post.nl" });
    const contributor = await makeUser({ organisationId: org.id, role: "contributor", email: "cor@post.nl" });
    const manager = await makeUser({ organisationId: org.id, role: "campaign_manager", email: "mia@post.nl" });
    getDb().update(users).set({ mailLanguage: "en" }).where(eq(users.id, manager.id)).run();
    const actorOf = (user: { id: string }, role: Actor["role"]): Actor => ({ userId: user.id, organisationId: org.id, role, ipAddress: "::1" });
    const leadActor = actorOf(lead, "it_lead");
    const started = startAssessment({ actor: leadActor, electionType: "gemeenteraad", electionDate: "2030-03-20", carryOver: false });
    if (!started.ok) throw new Error(started.error);
    const assessment = getAssessment({ id: started.id, organisationId: org.id });
    if (!assessment) throw new Error("no assessment");

    expect(assignDomain({ actor: leadActor, assessment, domain: "people", userIds: [contributor.id] })).toEqual({ ok: true });
    expect(assignDomain({ actor: leadActor, assessment, domain: "accounts", userIds: [contributor.id] })).toEqual({ ok: true });
    // Assigning again what she already has sends nothing new; assigning yourself sends nothing.
    expect(assignDomain({ actor: leadActor, assessment, domain: "accounts", userIds: [contributor.id, lead.id] })).toEqual({ ok: true });
    const assigned = await mailsTo("cor@post.nl");
    expect(assigned).toHaveLength(2);
    const people = q.domains.find((d) => d.id === "people")?.title.nl ?? "?";
    const accounts = q.domains.find((d) => d.id === "accounts")?.title.nl ?? "?";
    expect(assigned[1]?.subject).toBe("Onderdelen voor u in de zelftest van Partij voor de Post");
    expect(assigned[1]?.text).toContain(`Gemeenteraad: `);
    expect(assigned[1]?.text).toContain(people);
    expect(assigned[1]?.text).toContain(accounts);
    expect(assigned[1]?.text).toContain("20 maart 2030");
    expect(await mailsTo("lead@post.nl")).toHaveLength(0);
    const [firstAssigned] = assigned;
    if (!firstAssigned) throw new Error("no mail");
    expect(linkIn(firstAssigned)).toBe(`http://localhost:3000/assessments/${assessment.id}`);

    const contributorActor = actorOf(contributor, "contributor");
    answerDomains(contributorActor, assessment.id, ["people"]);
    expect(await mailsTo("lead@post.nl")).toHaveLength(0);
    answerDomains(contributorActor, assessment.id, ["accounts"]);
    const answered = await mailsTo("lead@post.nl");
    expect(answered).toHaveLength(1);
    expect(answered[0]?.subject).toBe("Alle toegewezen onderdelen zijn ingevuld — Partij voor de Post");
    // Further saves do not repeat it.
    answerDomains(
      leadActor,
      assessment.id,
      q.domains.map((d) => d.id),
    );
    expect(await mailsTo("lead@post.nl")).toHaveLength(1);

    const fresh = getAssessment({ id: assessment.id, organisationId: org.id });
    if (!fresh) throw new Error("no assessment");
    expect(submitAssessment({ actor: leadActor, assessment: fresh, confirmCarriedOver: false })).toEqual({ ok: true });
    const submitted = await mailsTo("mia@post.nl");
    expect(submitted).toHaveLength(1);
    expect(submitted[0]?.subject).toBe("Partij voor de Post's self-assessment was submitted");
    expect(submitted[0]?.text).toContain("Municipal council");
    for (const mail of [...assigned, ...answered, ...submitted]) expectNoAssessmentContent(mail);
  });
});
