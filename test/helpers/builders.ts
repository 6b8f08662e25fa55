// Builders the model and route tests share: an organisation with its team, a draft assessment, answers to
// every visible question, a submitted assessment, and a signed-in cookie. Each makes its rows through the
// app's own models.
import { createUserSession } from "../../app/auth/session.server";
import { getAssessment, listAnswers, startAssessment, type Actor, type AssessmentRow } from "../../app/models/assessments.server";
import { saveAnswers, submitAssessment, type AnswerChange } from "../../app/models/answers.server";
import { visibleQuestions, type AnswerValue } from "../../app/questionnaire/answers";
import { questionnaireFor } from "../../app/questionnaire/current";
import type { ElectionType } from "../../app/plan/elections";
import type { Question } from "../../app/questionnaire/schema";
import { cookieFrom, makeOrganisation, makeUser } from "./factory";

type MemberNames = { lead: string; contributor: string; manager: string };

/**
 * An organisation (named `name`, or at random; a national party unless `kind` says otherwise) with an IT
 * lead, a contributor and a campaign manager called `memberNames`, and each as an acting member.
 */
export async function makeTeam({
  ipAddress = "203.0.113.5",
  name,
  kind,
  memberNames = { lead: "Lea Lead", contributor: "Cor Contributor", manager: "Mia Manager" },
}: { ipAddress?: string; name?: string; kind?: NonNullable<Parameters<typeof makeOrganisation>[0]>["kind"]; memberNames?: MemberNames } = {}) {
  const org = makeOrganisation({ name, kind });
  const lead = await makeUser({ organisationId: org.id, role: "it_lead", name: memberNames.lead });
  const contributor = await makeUser({ organisationId: org.id, role: "contributor", name: memberNames.contributor });
  const manager = await makeUser({ organisationId: org.id, role: "campaign_manager", name: memberNames.manager });
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

/** The assessment read again, as it is now in the database. */
export function reloadAssessment({ assessment }: { assessment: AssessmentRow }): AssessmentRow {
  const row = getAssessment({ id: assessment.id, organisationId: assessment.organisationId });
  if (!row) throw new Error("the assessment was not found");
  return row;
}

/** The least mature option of a question: the answer that leaves the largest plan. */
export function lowestOption(question: Question): AnswerValue {
  return { kind: "option", optionId: [...question.options].sort((a, b) => a.maturity - b.maturity)[0]?.id ?? "" };
}

/**
 * Answers every visible question that is still open (of `domains`, or of all), again until none is left,
 * since answers can reveal follow-ups; `pick` chooses the option by the question's place in the round, or
 * `answer` the whole answer; `note` writes a note beside it.
 */
export function answerVisible({
  actor,
  assessment,
  domains,
  pick = () => 0,
  answer = ({ question, index }) => ({ kind: "option", optionId: question.options[Math.min(pick(index), question.options.length - 1)]?.id ?? "" }),
  note = () => "",
}: {
  actor: Actor;
  assessment: AssessmentRow;
  domains?: readonly string[];
  pick?: (index: number) => number;
  answer?: (place: { question: Question; index: number }) => AnswerValue;
  note?: (place: { round: number; index: number }) => string;
}): void {
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  for (let round = 0; round < 5; round++) {
    const stored = new Map(listAnswers({ assessment }).map((a) => [a.questionId, a]));
    const map = Object.fromEntries([...stored.values()].filter((a) => a.value).map((a) => [a.questionId, a.value ?? undefined]));
    const open = visibleQuestions(questionnaire, map).filter((question) => !stored.get(question.id)?.value && (!domains || domains.includes(question.domain)));
    if (open.length === 0) return;
    const changes: AnswerChange[] = open.map((question, index) => ({
      questionId: question.id,
      value: answer({ question, index }),
      note: note({ round, index }),
      baseRevision: stored.get(question.id)?.revision ?? 0,
      confirm: false,
    }));
    const result = saveAnswers({ actor, assessment, changes });
    if (!result.ok) throw new Error(JSON.stringify(result));
  }
}

/** Submits a draft that carries no answers over (as it is now in the database), at `now` if given, and reads it back. */
export function submitDraft({ actor, assessment, now }: { actor: Actor; assessment: AssessmentRow; now?: Date }): AssessmentRow {
  const result = submitAssessment({ actor, assessment: reloadAssessment({ assessment }), confirmCarriedOver: false, now });
  if (!result.ok) throw new Error(`submitting failed: ${JSON.stringify(result)}`);
  return reloadAssessment({ assessment });
}

/** The cookie header of a fresh session for a user, as a browser would send it back. */
export async function cookieFor(userId: string): Promise<string> {
  return cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId, ipAddress: "::1" }));
}
