import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { Db } from "../db/client";
import { answers, assessments, assignments, auditEvents, memberships, organisations, users } from "../db/schema";
import { questionnaireV1 } from "../app/questionnaire/v1";
import { visibleQuestions, type AnswerValue } from "../app/questionnaire/answers";
import { scoreAssessment } from "../app/scoring";
import { findQuestion } from "../app/questionnaire/numbers";
import { createSyntheticOrganisations } from "../app/models/synthetic.server"; // the insights demo block, end of file
import { publishDueRelease } from "../app/models/insights.server"; // the insights demo block, end of file
import { getDb } from "../app/db.server"; // the insights demo block, end of file
import { eq } from "drizzle-orm"; // the insights demo block, end of file
import { sealSecret } from "../app/security/secret-box.server";
import { dutchToday } from "../app/plan/elections";
import { demoDates } from "./demo-dates";
import { seedDemoBranches } from "./seed-branches";

export const demoPassword = "weerbaar-demo";

/**
 * The demo admin's and analyst's two-step secret (base32), printed in the README so anyone can add it to an
 * authenticator app and try the whole flow. Demo data only: the seed never runs in production.
 */
export const demoTotpSecret = "WEERBAARDEMOTOTP";

export const demoAccounts = {
  itLead: "it-lead@demo.test",
  campaignManager: "campagne@demo.test",
  contributor: "secretaris@demo.test",
  analyst: "analist@demo.test",
  admin: "beheer@demo.test",
} as const;

const id = () => randomBytes(12).toString("base64url");

/**
 * Demo data for a new non-production database: Demopartij with one local branch, one account per role,
 * a submitted assessment and a half-done draft. Never called in production (startup.server.ts checks).
 * All rows in one transaction.
 */
export async function seedDemoData(db: Db): Promise<void> {
  const passwordHash = await hash(demoPassword, { algorithm: 2 /* argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const party = id();
  const branch = id();
  const people = {
    itLead: { id: id(), email: demoAccounts.itLead, name: "Ilse de Vries" },
    campaignManager: { id: id(), email: demoAccounts.campaignManager, name: "Karim Bouzid" },
    contributor: { id: id(), email: demoAccounts.contributor, name: "Sanne Jansen" },
    analyst: { id: id(), email: demoAccounts.analyst, name: "Analist BZK" },
    admin: { id: id(), email: demoAccounts.admin, name: "Beheerder Weerbaar" },
  };
  db.transaction((tx) => {
    tx.insert(organisations)
      .values([
        { id: party, name: "Demopartij", kind: "national_party" },
        { id: branch, name: "Demopartij Utrecht", kind: "local_branch", parentId: party },
      ])
      .run();
    tx.insert(users)
      .values([
        { ...people.itLead, passwordHash },
        { ...people.campaignManager, passwordHash },
        { ...people.contributor, passwordHash },
        { ...people.analyst, passwordHash, platformRole: "analyst", ...demoTwoStep(people.analyst.id) },
        { ...people.admin, passwordHash, platformRole: "admin", ...demoTwoStep(people.admin.id) },
      ])
      .run();
    tx.insert(memberships)
      .values([
        { id: id(), userId: people.itLead.id, organisationId: party, role: "it_lead" },
        { id: id(), userId: people.itLead.id, organisationId: branch, role: "it_lead" },
        { id: id(), userId: people.campaignManager.id, organisationId: party, role: "campaign_manager" },
        { id: id(), userId: people.contributor.id, organisationId: party, role: "contributor" },
      ])
      .run();
    seedDemoAssessments(tx, {
      organisationId: party,
      itLeadId: people.itLead.id,
      contributorId: people.contributor.id,
      campaignManagerId: people.campaignManager.id,
    });
    seedDemoBranches({ db: tx, partyId: party, passwordHash }); // a national party and its branches
  });
}

// Two-step sign-in already set up, without recovery codes (the README has the secret instead).
function demoTwoStep(userId: string) {
  return { totpSecretEncrypted: sealSecret({ plaintext: demoTotpSecret, context: userId }), totpEnabledAt: new Date() };
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

// A small deterministic hash, so the demo answers are varied but the same on every machine.
function pick(questionId: string, salt: number, modulo: number): number {
  let hash = salt;
  for (const char of questionId) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003;
  return hash % modulo;
}

/** Demo answers: mostly mid-range, a few gaps on critical questions, some "don't know" and N/A, some notes. */
function demoAnswer(questionId: string, options: Array<{ id: string; maturity: number }>, allowNotApplicable: boolean, salt: number): AnswerValue {
  const roll = pick(questionId, salt, 20);
  if (roll === 0) return { kind: "dont_know" };
  if (roll === 1 && allowNotApplicable) return { kind: "not_applicable" };
  const sorted = [...options].sort((a, b) => a.maturity - b.maturity);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.round(((roll % 10) / 9) * (sorted.length - 1))));
  const option = sorted[index] ?? sorted[0];
  return option ? { kind: "option", optionId: option.id } : { kind: "dont_know" };
}

function seedDemoAssessments(tx: Tx, ids: { organisationId: string; itLeadId: string; contributorId: string; campaignManagerId: string }) {
  // Both demo assessments predate version 2: the submitted one shows carrying answers over into a new
  // (version 2) draft, the draft shows the choice to continue on version 1 or move to version 2.
  const questionnaire = questionnaireV1;
  const notes: Record<string, string> = {
    "acc-mfa-email": "Penningmeester en secretaris nog zonder tweestapsverificatie; Ilse plant dit in.",
    "dis-response-plan": "Concept ligt bij het bestuur, nog niet vastgesteld.",
    "cand-threat-reporting": "Contactpersoon politie: wijkagent centrum (via het bestuur).",
  };
  // Both prepare for the next real election after the day the demo is loaded (scripts/demo-dates.ts): a
  // submitted round from a few weeks ago (every visible question answered) and a second round in progress.
  const dates = demoDates({ today: dutchToday() });
  const submittedId = randomBytes(12).toString("base64url");
  const submittedAt = dates.submitted.submittedAt;
  const submittedAnswers: Record<string, AnswerValue> = {};
  for (const question of questionnaire.questions) submittedAnswers[question.id] = demoAnswer(question.id, question.options, question.allowNotApplicable, 7);
  // Two critical gaps make the plan realistic: social media admins and account recovery.
  const lowest = (questionId: string) => {
    const question = findQuestion({ questionnaire, questionId });
    const option = question ? [...question.options].sort((a, b) => a.maturity - b.maturity)[1] : undefined;
    if (option) submittedAnswers[questionId] = { kind: "option", optionId: option.id };
  };
  lowest("acc-mfa-social");
  lowest("acc-recovery");
  const visible = new Set(visibleQuestions(questionnaire, submittedAnswers).map((q) => q.id));
  // Answers to hidden questions are not stored below, and scoring ignores them anyway.
  const snapshot = scoreAssessment({ questionnaire, answers: submittedAnswers });
  tx.insert(assessments)
    .values({
      id: submittedId,
      organisationId: ids.organisationId,
      questionnaireVersion: questionnaire.version,
      electionType: dates.election.type,
      electionDate: dates.election.date,
      status: "submitted",
      createdByUserId: ids.itLeadId,
      createdAt: dates.submitted.createdAt,
      submittedAt,
      submittedByUserId: ids.itLeadId,
      scoreSnapshot: snapshot,
      overallScore: snapshot.overall.rounded,
    })
    .run();
  for (const question of questionnaire.questions) {
    const value = submittedAnswers[question.id];
    if (!value || !visible.has(question.id)) continue;
    tx.insert(answers)
      .values({
        assessmentId: submittedId,
        questionId: question.id,
        kind: value.kind,
        optionId: value.kind === "option" ? value.optionId : null,
        note: notes[question.id] ?? "",
        revision: 1,
        updatedByUserId: question.domain === "people" ? ids.contributorId : ids.itLeadId,
        updatedAt: dates.submitted.answeredAt,
      })
      .run();
  }

  // The draft for the same election, started last week, about half done.
  const draftId = randomBytes(12).toString("base64url");
  tx.insert(assessments)
    .values({
      id: draftId,
      organisationId: ids.organisationId,
      questionnaireVersion: questionnaire.version,
      electionType: dates.election.type,
      electionDate: dates.election.date,
      status: "draft",
      createdByUserId: ids.itLeadId,
      createdAt: dates.draft.createdAt,
    })
    .run();
  const draftAnswers: Record<string, AnswerValue> = {};
  questionnaire.questions.forEach((question, index) => {
    if (index % 2 === 0 && question.domain !== "people") draftAnswers[question.id] = demoAnswer(question.id, question.options, question.allowNotApplicable, 11);
  });
  const draftVisible = new Set(visibleQuestions(questionnaire, draftAnswers).map((q) => q.id));
  for (const [questionId, value] of Object.entries(draftAnswers)) {
    if (!draftVisible.has(questionId)) continue;
    tx.insert(answers)
      .values({
        assessmentId: draftId,
        questionId,
        kind: value.kind,
        optionId: value.kind === "option" ? value.optionId : null,
        note: notes[questionId] ?? "",
        revision: 1,
        updatedByUserId: ids.itLeadId,
        updatedAt: dates.draft.answeredAt,
      })
      .run();
  }
  tx.insert(assignments)
    .values([
      { assessmentId: draftId, domain: "people", userId: ids.contributorId },
      { assessmentId: draftId, domain: "disinformation", userId: ids.contributorId },
    ])
    .run();
}

// ───────────────────────────────────────────────────────────────────────────────────────────────────────
// The anonymised insights demo (kept apart from the rest of the seed on purpose).
// Synthetic organisations that share their submitted assessments, and one release computed from them, so
// the demo analyst sees real figures (and real suppression) on a fresh demo database. Called by
// app/startup.server.ts right after seedDemoData. Demopartij itself does not share: its IT lead can try it.
// ───────────────────────────────────────────────────────────────────────────────────────────────────────

export const demoInsights = { organisations: 60, seed: 7 } as const;

export function seedDemoInsights({ minGroup }: { minGroup: number }): void {
  makeDemoPartyIndependent();
  createSyntheticOrganisations({ count: demoInsights.organisations, seed: demoInsights.seed });
  // The demo release is the current quarter's release of the calendar (ADR 018).
  publishDueRelease({ minGroup });
}

/**
 * Only organisations with real, independent activity may share (at least 30 days old, two members who signed
 * in; ADR 018). A fresh demo would make the IT lead wait a month to try sharing, so the demo's Demopartij is
 * dated back and its IT lead and contributor are recorded as having signed in then. Demo data only.
 */
function makeDemoPartyIndependent(): void {
  const db = getDb();
  const party = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, "Demopartij")).get();
  if (!party) return;
  const back = new Date(Date.now() - 120 * 86_400_000);
  db.update(organisations).set({ createdAt: back }).where(eq(organisations.id, party.id)).run();
  const members = db.select({ userId: memberships.userId, role: memberships.role }).from(memberships).where(eq(memberships.organisationId, party.id)).all();
  for (const member of members.filter((m) => m.role === "it_lead" || m.role === "contributor")) {
    // Written as demo rows, like the rest of the seed: these sign-ins did not happen through the sign-in flow.
    db.insert(auditEvents).values({ at: back, action: "sign_in", actorUserId: member.userId, ipAddress: "192.0.2.1" }).run();
  }
}
