// Builders for the insights integration tests: a party with a submitted assessment made through the real
// model functions (start, answer, submit), with notes and names that must never reach a contribution.
import { getAssessment, listAnswers, startAssessment, type Actor } from "../../app/models/assessments.server";
import { saveAnswers, submitAssessment } from "../../app/models/answers.server";
import { currentQuestionnaire } from "../../app/questionnaire/current";
import { visibleQuestions } from "../../app/questionnaire/answers";
import { eq } from "drizzle-orm";
import { contributions, organisations } from "../../db/schema";
import type { ReleaseContribution } from "../../app/insights";
import { openContribution } from "../../app/models/contribution-box.server";
import { withdrawalCodeHash } from "../../app/utils/withdrawal-code.server";
import { getDb } from "../../app/db.server";
import { recordAuditEvent } from "../../app/models/audit.server";
import { makeOrganisation, makeUser } from "../helpers/factory";

/** Backdates an organisation 60 days and records a sign-in for each user: real, independent activity. */
export function makeIndependent({ organisationId, userIds, now = new Date() }: { organisationId: string; userIds: readonly string[]; now?: Date }) {
  getDb()
    .update(organisations)
    .set({ createdAt: new Date(now.getTime() - 60 * 86_400_000) })
    .where(eq(organisations.id, organisationId))
    .run();
  for (const userId of userIds) recordAuditEvent({ action: "sign_in", actorUserId: userId, ipAddress: "192.0.2.8" });
}

export const secretNote = "Geheime notitie: wachtwoord staat op een briefje bij Jan";

/**
 * A party with three members. `independent` (the default) makes it count for the ministry's figures: the
 * organisation exists since 60 days and two members have signed in (ADR 018); `false` leaves it brand new.
 */
export async function makeParty({
  name,
  kind = "local_branch",
  independent = true,
}: { name?: string; kind?: "national_party" | "local_branch" | "local_party"; independent?: boolean } = {}) {
  const org = makeOrganisation({ name, kind });
  const lead = await makeUser({ organisationId: org.id, role: "it_lead", name: "Ingrid Leider" });
  const contributor = await makeUser({ organisationId: org.id, role: "contributor", name: "Carla Bijdrager" });
  const manager = await makeUser({ organisationId: org.id, role: "campaign_manager", name: "Mo Campagne" });
  if (independent) makeIndependent({ organisationId: org.id, userIds: [lead.id, contributor.id] });
  const actor = (user: { id: string }, role: Actor["role"]): Actor => ({ userId: user.id, organisationId: org.id, role, ipAddress: "192.0.2.7" });
  return {
    org,
    lead,
    contributor,
    manager,
    leadActor: actor(lead, "it_lead"),
    contributorActor: actor(contributor, "contributor"),
    managerActor: actor(manager, "campaign_manager"),
  };
}

/**
 * A draft answered completely (option index by question order), with a note on the first question. Tests
 * make several for one election on purpose, so the second-draft confirmation is given.
 */
export function answeredDraft(actor: Actor, pick: (index: number) => number = (index) => index % 4) {
  const started = startAssessment({ actor, electionType: "gemeenteraad", electionDate: "2030-03-20", carryOver: false, allowSecondDraft: true });
  if (!started.ok) throw new Error(started.error);
  const assessment = getAssessment({ id: started.id, organisationId: actor.organisationId });
  if (!assessment) throw new Error("not found");
  for (let round = 0; round < 5; round++) {
    const stored = new Map(listAnswers({ assessment }).map((a) => [a.questionId, a]));
    const map = Object.fromEntries([...stored.values()].filter((a) => a.value).map((a) => [a.questionId, a.value ?? undefined]));
    const open = visibleQuestions(currentQuestionnaire, map).filter((q) => !stored.get(q.id)?.value);
    if (open.length === 0) break;
    const changes = open.map((question, index) => ({
      questionId: question.id,
      value: { kind: "option" as const, optionId: question.options[Math.min(pick(index), question.options.length - 1)]?.id ?? "" },
      note: round === 0 && index === 0 ? secretNote : "",
      baseRevision: stored.get(question.id)?.revision ?? 0,
      confirm: false,
    }));
    const saved = saveAnswers({ actor, assessment, changes });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
  }
  return assessment;
}

/** A submitted assessment of the actor's organisation. */
export function submittedAssessment(actor: Actor, pick?: (index: number) => number) {
  const draft = answeredDraft(actor, pick);
  const submitted = submitAssessment({ actor, assessment: draft, confirmCarriedOver: false, now: new Date("2026-02-20T10:00:00Z") });
  if (!submitted.ok) throw new Error(submitted.error);
  const assessment = getAssessment({ id: draft.id, organisationId: actor.organisationId });
  if (!assessment) throw new Error("not found");
  return assessment;
}

/** The assessment row as it is now (after sharing or withdrawing). */
export function reload(actor: Actor, id: string) {
  const assessment = getAssessment({ id, organisationId: actor.organisationId });
  if (!assessment) throw new Error("not found");
  return assessment;
}

/** A seeded random source (mulberry32) for tests that must draw the same noise twice. */
export function fixedRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Every contribution as the server sees it after opening its box with the configured key (the table holds
 * only the box, ADR 018): a withdrawn one has its groups and no scores or answers.
 */
export function openedContributions() {
  return getDb()
    .select()
    .from(contributions)
    .all()
    .map(({ sealed, ...row }) => {
      const opened = openContribution({ seq: row.seq, sealed });
      if (!opened) throw new Error(`contribution ${row.seq} does not open`);
      if (opened.withdrawn) return { ...row, ...opened.groups, questionnaireVersion: null, month: null, domainScores: {}, maturities: {}, opened };
      return { ...row, ...opened.payload, opened };
    });
}

/** The contribution whose withdrawal code this is, opened. */
export function openedContribution(code: string) {
  return openedContributions().find((row) => row.withdrawalCodeHash === withdrawalCodeHash(code));
}

/** The contributions a release computed now would count, opened, in the order the model reads them. */
export function countingContributions(): ReleaseContribution[] {
  return openedContributions().flatMap((row) => (row.opened.withdrawn ? [] : [{ ...row.opened.payload, seq: row.seq }]));
}
