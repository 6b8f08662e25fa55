// Builders for the insights integration tests: a party with a submitted assessment made through the real
// model functions (start, answer, submit), with notes and names that must never reach a contribution.
import { getAssessment, type Actor } from "../../app/models/assessments.server";
import { eq } from "drizzle-orm";
import { contributions, organisations } from "../../db/schema";
import type { ReleaseContribution } from "../../app/insights";
import { openContribution } from "../../app/models/contribution-box.server";
import { withdrawalCodeHash } from "../../app/utils/withdrawal-code.server";
import { getDb } from "../../app/db.server";
import { recordAuditEvent } from "../../app/models/audit.server";
import { answerVisible, makeTeam, startDraft, submitDraft } from "../helpers/builders";

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
  const party = await makeTeam({
    name,
    kind,
    ipAddress: "192.0.2.7",
    memberNames: { lead: "Ingrid Leider", contributor: "Carla Bijdrager", manager: "Mo Campagne" },
  });
  if (independent) makeIndependent({ organisationId: party.org.id, userIds: [party.lead.id, party.contributor.id] });
  return party;
}

/**
 * A draft answered completely (option index by question order), with a note on the first question. Tests
 * make several for one election on purpose, so the second-draft confirmation is given.
 */
export function answeredDraft(actor: Actor, pick: (index: number) => number = (index) => index % 4) {
  const assessment = startDraft({ actor, allowSecondDraft: true });
  answerVisible({ actor, assessment, pick, note: ({ round, index }) => (round === 0 && index === 0 ? secretNote : "") });
  return assessment;
}

/** A submitted assessment of the actor's organisation. */
export function submittedAssessment(actor: Actor, pick?: (index: number) => number) {
  return submitDraft({ actor, assessment: answeredDraft(actor, pick), now: new Date("2026-02-20T10:00:00Z") });
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
