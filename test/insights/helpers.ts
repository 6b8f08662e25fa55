// Builders for the insights integration tests: a party with a submitted assessment made through the real
// model functions (start, answer, submit), with notes and names that must never reach a contribution.
import { getAssessment, listAnswers, startAssessment, type Actor } from "../../app/models/assessments.server";
import { saveAnswers, submitAssessment } from "../../app/models/answers.server";
import { currentQuestionnaire } from "../../app/questionnaire/current";
import { visibleQuestions } from "../../app/questionnaire/answers";
import { makeOrganisation, makeUser } from "../helpers/factory";

export const secretNote = "Geheime notitie: wachtwoord staat op een briefje bij Jan";

export async function makeParty({ name, kind = "local_branch" }: { name?: string; kind?: "national_party" | "local_branch" | "local_party" } = {}) {
  const org = makeOrganisation({ name, kind });
  const lead = await makeUser({ organisationId: org.id, role: "it_lead", name: "Ingrid Leider" });
  const contributor = await makeUser({ organisationId: org.id, role: "contributor", name: "Carla Bijdrager" });
  const manager = await makeUser({ organisationId: org.id, role: "campaign_manager", name: "Mo Campagne" });
  const actor = (user: { id: string }, role: Actor["role"]): Actor => ({ userId: user.id, organisationId: org.id, role, ipAddress: "192.0.2.7" });
  return { org, lead, contributor, manager, leadActor: actor(lead, "it_lead"), contributorActor: actor(contributor, "contributor"), managerActor: actor(manager, "campaign_manager") };
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
