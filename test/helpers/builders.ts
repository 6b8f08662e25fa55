// Builders the model and route tests share: an organisation with its team, a draft assessment, answers to
// every visible question, and a signed-in cookie. Each makes its rows through the app's own models.
import { createUserSession } from "../../app/auth/session.server";
import { getAssessment, listAnswers, startAssessment, type Actor, type AssessmentRow } from "../../app/models/assessments.server";
import { saveAnswers, type AnswerChange } from "../../app/models/answers.server";
import { visibleQuestions } from "../../app/questionnaire/answers";
import { questionnaireFor } from "../../app/questionnaire/current";
import type { ElectionType } from "../../app/plan/elections";
import { cookieFrom, makeOrganisation, makeUser } from "./factory";

/** An organisation with an IT lead, a contributor and a campaign manager, and each as an acting member. */
export async function makeTeam({ ipAddress = "203.0.113.5" }: { ipAddress?: string } = {}) {
  const org = makeOrganisation();
  const lead = await makeUser({ organisationId: org.id, role: "it_lead", name: "Lea Lead" });
  const contributor = await makeUser({ organisationId: org.id, role: "contributor", name: "Cor Contributor" });
  const manager = await makeUser({ organisationId: org.id, role: "campaign_manager", name: "Mia Manager" });
  const actor = (user: { id: string }, role: Actor["role"]): Actor => ({ userId: user.id, organisationId: org.id, role, ipAddress });
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

/** A draft started by `actor` (by default for the municipal election of 20 March 2030), read back as a row. */
export function startDraft({
  actor,
  electionType = "gemeenteraad",
  electionDate = "2030-03-20",
  carryOver = false,
  allowSecondDraft = false,
}: {
  actor: Actor;
  electionType?: ElectionType;
  electionDate?: string;
  carryOver?: boolean;
  allowSecondDraft?: boolean;
}): AssessmentRow {
  const result = startAssessment({ actor, electionType, electionDate, carryOver, allowSecondDraft });
  if (!result.ok) throw new Error(result.error);
  const row = getAssessment({ id: result.id, organisationId: actor.organisationId });
  if (!row) throw new Error("the new draft was not found");
  return row;
}

/**
 * Answers every visible question that is still open (of `domains`, or of all), again until none is left,
 * since answers can reveal follow-ups; `pick` chooses the option by the question's place in the round.
 */
export function answerVisible({
  actor,
  assessment,
  domains,
  pick = () => 0,
}: {
  actor: Actor;
  assessment: AssessmentRow;
  domains?: readonly string[];
  pick?: (index: number) => number;
}): void {
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  for (let round = 0; round < 5; round++) {
    const stored = new Map(listAnswers({ assessment }).map((a) => [a.questionId, a]));
    const map = Object.fromEntries([...stored.values()].filter((a) => a.value).map((a) => [a.questionId, a.value ?? undefined]));
    const open = visibleQuestions(questionnaire, map).filter((question) => !stored.get(question.id)?.value && (!domains || domains.includes(question.domain)));
    if (open.length === 0) return;
    const changes: AnswerChange[] = open.map((question, index) => ({
      questionId: question.id,
      value: { kind: "option", optionId: question.options[Math.min(pick(index), question.options.length - 1)]?.id ?? "" },
      note: "",
      baseRevision: stored.get(question.id)?.revision ?? 0,
      confirm: false,
    }));
    const result = saveAnswers({ actor, assessment, changes });
    if (!result.ok) throw new Error(JSON.stringify(result));
  }
}

/** The cookie header of a fresh session for a user, as a browser would send it back. */
export async function cookieFor(userId: string): Promise<string> {
  return cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId, ipAddress: "::1" }));
}
