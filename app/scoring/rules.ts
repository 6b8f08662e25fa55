import { maturityOf, type AnswerValue } from "../questionnaire/answers";
import type { Localized, Question } from "../questionnaire/schema";

/**
 * Version of the rules in this folder. A submitted assessment stores its score as a snapshot with this
 * number, so bump it whenever a threshold, level, cap or formula changes: old snapshots keep meaning
 * what they meant when they were taken.
 */
export const scoringRulesVersion = 2;

/** The highest maturity an option can have (schema: 0–3). */
export const maxMaturity = 3;

/** Maturity 0 means "missing", 1 "informal"; for a critical control both leave the door open. */
export const criticalFindingMaxMaturity = 1;

/** Level ids from low to high; the order is the ranking. */
export const scoreLevelIds = ["vulnerable", "getting_there", "basics_in_place", "resilient"] as const;
export type ScoreLevelId = (typeof scoreLevelIds)[number];

/** One overall level: the lowest rounded score that reaches it, its name and a one-line meaning (B1). */
export type ScoreLevel = {
  id: ScoreLevelId;
  minScore: number;
  name: Localized;
  meaning: Localized;
};

/**
 * The four overall levels. Thresholds: below 40 vulnerable, 40–59 getting there, 60–79 basics in place,
 * 80 and up resilient.
 *
 * "Basis op orde" sits third, not second, on purpose: a critical finding caps the level at the second
 * level, and a party without, say, two-step verification on its e-mail must never read that its basics
 * are in order. "Op weg" is true for such a party.
 *
 * The thresholds compare the ROUNDED overall score (the number people see), so a displayed 80 always
 * reads "Weerbaar" and never "Basis op orde"; the exact score is still kept in the result.
 */
export const scoreLevels: readonly ScoreLevel[] = [
  {
    id: "vulnerable",
    minScore: 0,
    name: { nl: "Kwetsbaar", en: "Vulnerable" },
    meaning: {
      nl: "Belangrijke basismaatregelen ontbreken nog. Een aanvaller komt nu makkelijk binnen.",
      en: "Important basic measures are still missing. An attacker could get in easily now.",
    },
  },
  {
    id: "getting_there",
    minScore: 40,
    name: { nl: "Op weg", en: "Getting there" },
    meaning: {
      nl: "Een deel van de basis staat, maar er zitten nog gaten in die een aanvaller kan gebruiken.",
      en: "Part of the basics is in place, but there are still gaps an attacker can use.",
    },
  },
  {
    id: "basics_in_place",
    minScore: 60,
    name: { nl: "Basis op orde", en: "Basics in place" },
    meaning: {
      nl: "De basis staat. Werk nu aan de volgende stappen en oefen wat u heeft afgesproken.",
      en: "The basics are in place. Now work on the next steps and practise what you have agreed.",
    },
  },
  {
    id: "resilient",
    minScore: 80,
    name: { nl: "Weerbaar", en: "Resilient" },
    meaning: {
      nl: "U bent goed voorbereid. Houd alles bij en oefen regelmatig.",
      en: "You are well prepared. Keep everything up to date and practise regularly.",
    },
  },
];

/** The highest level an assessment with at least one critical finding can reach. */
export const criticalFindingLevelCap: ScoreLevelId = "getting_there";

/**
 * The highest level while any shown critical question is below its highest option (rules version 2):
 * "Weerbaar" needs every basic control fully in place, whatever the average.
 */
export const criticalNotHighestLevelCap: ScoreLevelId = "basics_in_place";

/**
 * Share of the shown, applicable questions that needs a chosen option before a domain or the whole
 * assessment gets a score and a level (rules version 2), as a fraction so the check stays exact:
 * answered × 5 ≥ counted × 4.
 */
export const minimumAnsweredShare = { numerator: 4, denominator: 5 } as const;

/** The level for a rounded overall score (0–100), before any cap. */
export function levelForScore({ score }: { score: number }): ScoreLevelId {
  let result: ScoreLevelId = "vulnerable";
  for (const level of scoreLevels) {
    if (score >= level.minScore) result = level.id;
  }
  return result;
}

/** The position of a level from low (0) to high (3), to compare levels. */
export function rankLevel({ level }: { level: ScoreLevelId }): number {
  return scoreLevelIds.indexOf(level);
}

/** The level after applying the critical-finding cap and, from rules version 2, the not-highest cap. */
export function capLevel({
  level,
  hasCriticalFinding,
  hasCriticalNotHighest = false,
}: {
  level: ScoreLevelId;
  hasCriticalFinding: boolean;
  hasCriticalNotHighest?: boolean;
}): ScoreLevelId {
  const cap = hasCriticalFinding ? criticalFindingLevelCap : hasCriticalNotHighest ? criticalNotHighestLevelCap : null;
  if (cap === null) return level;
  return rankLevel({ level }) > rankLevel({ level: cap }) ? cap : level;
}

/** Whether enough answers were chosen for a score: at least 80 % of the counted questions. */
export function hasEnoughAnswers({ answered, counted }: { answered: number; counted: number }): boolean {
  return answered * minimumAnsweredShare.denominator >= counted * minimumAnsweredShare.numerator;
}

/** How many more chosen answers reach 80 % of the counted questions (0 when there are enough). */
export function answersNeeded({ answered, counted }: { answered: number; counted: number }): number {
  const required = Math.ceil((counted * minimumAnsweredShare.numerator) / minimumAnsweredShare.denominator);
  return Math.max(0, required - answered);
}

/** The maturity of a question's highest option (3 for every question today, but read, not assumed). */
export function highestMaturity({ question }: { question: Question }): number {
  return Math.max(...question.options.map((option) => option.maturity));
}

/** The text of a level, for pages and the PDF. */
export function describeLevel({ level }: { level: ScoreLevelId }): ScoreLevel {
  const found = scoreLevels.find((candidate) => candidate.id === level);
  // scoreLevels holds every id of scoreLevelIds; a miss means the two lists drifted apart.
  if (!found) throw new Error(`no description for score level ${level}`);
  return found;
}

/**
 * Whether a visible question's chosen maturity is a critical finding. Callers check visibility. A null
 * maturity (no chosen option) is not a finding here; use isCriticalAnswerFinding for "don't know".
 */
export function isCriticalFinding({ question, maturity }: { question: Question; maturity: number | null }): boolean {
  return question.critical && maturity !== null && maturity <= criticalFindingMaxMaturity;
}

/**
 * Rules version 2: whether a visible question's answer is a critical finding. A critical question at
 * maturity 0–1 is one, and so is "don't know" (and no answer, or an option the question does not have):
 * not knowing whether a basic control exists leaves the same door open as knowing it does not.
 */
export function isCriticalAnswerFinding({ question, answer }: { question: Question; answer: AnswerValue | undefined }): boolean {
  if (!question.critical || answer?.kind === "not_applicable") return false;
  const maturity = maturityOf(question, answer);
  return maturity === null || maturity <= criticalFindingMaxMaturity;
}
