import { maturityOf, visibleQuestions, type AnswerMap } from "../questionnaire/answers";
import type { Questionnaire } from "../questionnaire/schema";
import type { StoredScoreResult } from "../scoring/score";
import type { ContributionPayload, ElectionType, MaturityValue, OrganisationKind } from "./types";

const dutchMonthFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit" });
/** YYYY-MM of a moment, in the Dutch calendar (a submission late on 31 March is March). */
export function monthOf(date: Date): string {
  const parts = dutchMonthFormat.formatToParts(date);
  const year = parts.find((part) => part.type === "year")?.value ?? "0000";
  const month = parts.find((part) => part.type === "month")?.value ?? "01";
  return `${year}-${month}`;
}

/**
 * The anonymised copy of a submitted assessment: organisation type, election type, questionnaire version,
 * month of submission, rounded domain scores and the maturity of each question that was shown. The same
 * function builds the preview and what is stored, so the preview is exactly what is shared.
 */
export function buildContribution({
  organisationKind,
  electionType,
  questionnaire,
  answers,
  scores,
  submittedAt,
}: {
  organisationKind: OrganisationKind;
  electionType: ElectionType;
  questionnaire: Questionnaire;
  answers: AnswerMap;
  scores: StoredScoreResult;
  submittedAt: Date;
}): ContributionPayload {
  const maturities: Record<string, MaturityValue> = {};
  for (const question of visibleQuestions(questionnaire, answers)) {
    const answer = answers[question.id];
    if (answer?.kind === "not_applicable") maturities[question.id] = "na";
    else if (answer?.kind === "dont_know") maturities[question.id] = "dk";
    else {
      const maturity = maturityOf(question, answer);
      if (maturity !== null) maturities[question.id] = maturity;
    }
  }
  const domainScores: Record<string, number | null> = {};
  for (const domain of scores.domains) domainScores[domain.domain] = domain.score === null ? null : Math.round(domain.score);
  return { organisationKind, electionType, questionnaireVersion: questionnaire.version, month: monthOf(submittedAt), domainScores, maturities };
}
