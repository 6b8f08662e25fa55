import { maturityOf, type AnswerMap, type AnswerValue } from "../questionnaire/answers";
import type { DomainId, Question, Questionnaire } from "../questionnaire/schema";
import {
  answersNeeded,
  capLevel,
  hasEnoughAnswers,
  highestMaturity,
  isCriticalAnswerFinding,
  isCriticalFinding,
  levelForScore,
  maxMaturity,
  rankLevel,
  scoringRulesVersion,
  type ScoreLevelId,
} from "./rules";

/** A visible question answered below maturity 3: what is missing and how much it matters. */
export type Gap = {
  questionId: string;
  domain: DomainId;
  optionId: string;
  weight: number;
  maturity: number;
  /** 3 − maturity. */
  gap: number;
  /** weight × gap, the size of the gap in score points. */
  impact: number;
  /** True when this gap is a critical finding (critical question at maturity 0–1). */
  critical: boolean;
};

/** A visible question answered "don't know": someone has to find out. */
export type FindOutItem = {
  questionId: string;
  domain: DomainId;
  weight: number;
  /** The question is critical, so not knowing is itself a critical finding (rules version 2). */
  critical: boolean;
};

/** A visible question answered at maturity 3. */
export type Strength = {
  questionId: string;
  domain: DomainId;
  optionId: string;
  weight: number;
};

/**
 * Whether a domain or the whole assessment has a score: "scored"; fewer than 80 % of its counted
 * questions have a chosen option: "not_enough_answers"; nothing counts (every question not applicable):
 * "not_applicable".
 */
export type ScoreStatus = "scored" | "not_enough_answers" | "not_applicable";

/** How many questions have a chosen option, out of how many, and how many more reach 80 %. */
export type Coverage = {
  /** Questions answered with an option of the question ("don't know" is not a chosen option). */
  answered: number;
  /** Shown questions that are not "not applicable"; a follow-up question only once it has a chosen option. */
  counted: number;
  /** Chosen answers still needed to reach 80 % of `counted`. */
  needed: number;
};

/** The score of one domain. */
export type DomainScore = {
  domain: DomainId;
  status: ScoreStatus;
  /** Exact score 0–100 while the status is "scored", otherwise null. */
  score: number | null;
  /** The score rounded to a whole number, for display. */
  rounded: number | null;
  /** Σ weight × maturity over the scored questions (don't know, unanswered and closed follow-ups count 0). */
  points: number;
  /** Σ weight × 3 over the scored questions. */
  maxPoints: number;
  /** Questions in the score: shown and not "not applicable", plus follow-ups closed by a low answer. */
  countedQuestions: number;
  coverage: Coverage;
  /** Shown questions answered "don't know". */
  dontKnow: number;
  /** Shown questions without an answer (or with an option the question does not have). */
  unanswered: number;
  /** Critical findings: critical questions at maturity 0–1, "don't know" or unanswered. */
  criticalFindings: number;
};

/** Why the level is lower than the score alone would give. */
export type LevelCapReason = "critical_finding" | "critical_not_highest";

/** The overall score and level. */
export type OverallScore = {
  status: ScoreStatus;
  /** Exact mean of the domain scores while the status is "scored", otherwise null. */
  score: number | null;
  rounded: number | null;
  /** The level shown to the party, after the caps. Null unless the status is "scored". */
  level: ScoreLevelId | null;
  /** The level the score alone would give. */
  uncappedLevel: ScoreLevelId | null;
  /** True when a critical finding lowered the level. */
  cappedByCriticalFinding: boolean;
  /** The cap that lowered the level, or null when the level is what the score gives. */
  cappedBy: LevelCapReason | null;
  coverage: Coverage;
  /** Critical questions that are a critical finding (maturity 0–1, don't know, unanswered), questionnaire order. */
  criticalFindingQuestionIds: string[];
  /** Shown critical questions answered with an option below their highest one, or not applicable, questionnaire order. */
  criticalNotHighestQuestionIds: string[];
};

/**
 * Everything the scoring rules conclude from one set of answers. Plain JSON (numbers, strings, booleans,
 * null, arrays, objects), so it can be stored as the snapshot of a submitted assessment.
 */
export type ScoreResult = {
  rulesVersion: typeof scoringRulesVersion;
  questionnaireVersion: number;
  overall: OverallScore;
  /** In the questionnaire's domain order. */
  domains: DomainScore[];
  /** Critical findings with a chosen option only, biggest impact first; critical "don't know" is in findOut. */
  criticalFindings: Gap[];
  /** Every gap: critical findings first, then impact (largest first), then questionnaire order. */
  gaps: Gap[];
  /** "Don't know" answers: critical questions first, then weight (largest first), then questionnaire order. */
  findOut: FindOutItem[];
  /** Maturity 3 answers: weight (largest first), then questionnaire order. */
  strengths: Strength[];
};

/** A domain score as rules version 1 stored it. */
export type DomainScoreV1 = {
  domain: DomainId;
  score: number | null;
  rounded: number | null;
  points: number;
  maxPoints: number;
  countedQuestions: number;
  criticalFindings: number;
};

/**
 * A snapshot stored under rules version 1 (before "don't know" counted, the 80 % rule and the
 * not-highest cap). Kept as a type only: such snapshots are read and shown as stored, never recomputed.
 */
export type ScoreResultV1 = {
  rulesVersion: 1;
  questionnaireVersion: number;
  overall: {
    score: number | null;
    rounded: number | null;
    level: ScoreLevelId | null;
    uncappedLevel: ScoreLevelId | null;
    cappedByCriticalFinding: boolean;
  };
  domains: DomainScoreV1[];
  criticalFindings: Gap[];
  gaps: Gap[];
  findOut: FindOutItem[];
  strengths: Strength[];
};

/** A score as stored in a snapshot: any rules version. Fields shared by every version read the same. */
export type StoredScoreResult = ScoreResult | ScoreResultV1;

/**
 * How a question takes part, rules version 2:
 * - "shown": the party sees it and its own answer counts;
 * - "closed": a follow-up hidden because its parent is answered below the options that open it, or
 *   is "don't know" or unanswered: it counts as maturity 0, because the control it asks about cannot be
 *   in place without its parent (no exercise of an incident plan that does not exist). Counting it as 0
 *   while closed is what makes opening it by a better parent answer never lower a score;
 * - "left_out": hidden under a parent that is not applicable (or left out itself): it does not count.
 */
type Presence = "shown" | "closed" | "left_out";

/**
 * Every question's presence, in questionnaire order. "shown" matches visibleQuestions exactly. Rules
 * version 2 needs every condition to open on an upward-closed set of its parent's options (every option
 * at or above the lowest opening maturity); test/scoring checks that for every questionnaire version.
 */
export function presenceOfQuestions({ questionnaire, answers }: { questionnaire: Questionnaire; answers: AnswerMap }): Map<string, Presence> {
  const presence = new Map<string, Presence>();
  for (const question of questionnaire.questions) {
    const condition = question.condition;
    if (!condition) {
      presence.set(question.id, "shown");
      continue;
    }
    const parent = presence.get(condition.questionId);
    if (parent !== "shown") {
      // A parent that is closed closes its follow-ups too; an unknown or later parent leaves them out.
      presence.set(question.id, parent === "closed" ? "closed" : "left_out");
      continue;
    }
    const answer = answers[condition.questionId];
    if (answer?.kind === "option" && condition.optionIds.includes(answer.optionId)) presence.set(question.id, "shown");
    else if (answer?.kind === "not_applicable") presence.set(question.id, "left_out");
    else presence.set(question.id, "closed");
  }
  return presence;
}

type Scored = {
  question: Question;
  index: number;
  presence: "shown" | "closed";
  answer: AnswerValue | undefined;
  /** The chosen option's maturity, or null (don't know, unanswered, unknown option, closed). */
  chosen: number | null;
};

/** Scores one set of answers against one questionnaire version with rules version 2. Pure. */
export function scoreAssessment({ questionnaire, answers }: { questionnaire: Questionnaire; answers: AnswerMap }): ScoreResult {
  const presence = presenceOfQuestions({ questionnaire, answers });
  const scored: Scored[] = [];
  const notApplicableCritical: Array<{ question: Question; index: number }> = [];
  questionnaire.questions.forEach((question, index) => {
    const state = presence.get(question.id) ?? "left_out";
    if (state === "left_out") return;
    const answer = state === "shown" ? answers[question.id] : undefined;
    if (answer?.kind === "not_applicable") {
      if (question.critical) notApplicableCritical.push({ question, index });
      return;
    }
    scored.push({ question, index, presence: state, answer, chosen: state === "shown" ? maturityOf(question, answer) : null });
  });

  const domains = questionnaire.domains.map((domain) =>
    scoreDomain({ domain: domain.id, scored: scored.filter((entry) => entry.question.domain === domain.id) }),
  );

  const criticalFindingQuestionIds = scored
    .filter((entry) => entry.question.critical && (entry.presence === "closed" || isCriticalAnswerFinding({ question: entry.question, answer: entry.answer })))
    .map((entry) => entry.question.id);
  const criticalNotHighestQuestionIds = [
    ...scored.filter(
      (entry) =>
        entry.question.critical &&
        entry.chosen !== null &&
        !criticalFindingQuestionIds.includes(entry.question.id) &&
        entry.chosen < highestMaturity({ question: entry.question }),
    ),
    // Not applicable leaves a critical question out of the score but is no proof the basics are in
    // place (version 1 content still offers it on two critical questions; version 2 no longer does).
    ...notApplicableCritical,
  ]
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.question.id);

  const overall = scoreOverall({ domains, criticalFindingQuestionIds, criticalNotHighestQuestionIds });

  const options = scored.flatMap((entry) => {
    const { answer, chosen } = entry;
    return entry.presence === "shown" && answer?.kind === "option" && chosen !== null ? [{ ...entry, optionId: answer.optionId, maturity: chosen }] : [];
  });
  const gaps = options
    .filter((entry) => entry.maturity < maxMaturity)
    .map((entry) => ({ entry, gap: toGap(entry) }))
    .sort((a, b) => compareGaps(a.gap, b.gap) || a.entry.index - b.entry.index)
    .map(({ gap }) => gap);
  const strengths = options
    .filter((entry) => entry.maturity === maxMaturity)
    .sort((a, b) => b.question.weight - a.question.weight || a.index - b.index)
    .map(({ question, optionId }) => ({ questionId: question.id, domain: question.domain, optionId, weight: question.weight }));
  const findOut = scored
    .filter((entry) => entry.presence === "shown" && entry.answer?.kind === "dont_know")
    .sort((a, b) => Number(b.question.critical) - Number(a.question.critical) || b.question.weight - a.question.weight || a.index - b.index)
    .map(({ question }) => ({ questionId: question.id, domain: question.domain, weight: question.weight, critical: question.critical }));

  return {
    rulesVersion: scoringRulesVersion,
    questionnaireVersion: questionnaire.version,
    overall,
    domains,
    criticalFindings: gaps.filter((gap) => gap.critical),
    gaps,
    findOut,
    strengths,
  };
}

function statusOf({ maxPoints, coverage }: { maxPoints: number; coverage: Coverage }): ScoreStatus {
  if (maxPoints === 0) return "not_applicable";
  return hasEnoughAnswers(coverage) ? "scored" : "not_enough_answers";
}

function scoreDomain({ domain, scored }: { domain: DomainId; scored: Scored[] }): DomainScore {
  let points = 0;
  let maxPoints = 0;
  let answered = 0;
  let counted = 0;
  let dontKnow = 0;
  let unanswered = 0;
  let criticalFindings = 0;
  for (const entry of scored) {
    const { question, chosen } = entry;
    // Don't know, unanswered and closed follow-ups add weight × 0: not knowing never scores better than "no".
    points += question.weight * (chosen ?? 0);
    maxPoints += question.weight * maxMaturity;
    if (entry.presence === "shown") {
      if (chosen !== null) answered += 1;
      // A follow-up counts towards the 80 % only once it has a chosen option, so opening it by a better
      // parent answer can never turn a score into "not enough answers".
      if (chosen !== null || !question.condition) counted += 1;
      if (entry.answer?.kind === "dont_know") dontKnow += 1;
      else if (chosen === null) unanswered += 1;
    }
    if (question.critical && (entry.presence === "closed" || isCriticalAnswerFinding({ question, answer: entry.answer }))) criticalFindings += 1;
  }
  const coverage = { answered, counted, needed: answersNeeded({ answered, counted }) };
  const status = statusOf({ maxPoints, coverage });
  // Multiply before dividing: whole-number points keep results like 50 exact.
  const score = status === "scored" ? (100 * points) / maxPoints : null;
  return {
    domain,
    status,
    score,
    rounded: score === null ? null : Math.round(score),
    points,
    maxPoints,
    countedQuestions: scored.length,
    coverage,
    dontKnow,
    unanswered,
    criticalFindings,
  };
}

function scoreOverall({
  domains,
  criticalFindingQuestionIds,
  criticalNotHighestQuestionIds,
}: {
  domains: DomainScore[];
  criticalFindingQuestionIds: string[];
  criticalNotHighestQuestionIds: string[];
}): OverallScore {
  const answered = domains.reduce((sum, domain) => sum + domain.coverage.answered, 0);
  const counted = domains.reduce((sum, domain) => sum + domain.coverage.counted, 0);
  const coverage = { answered, counted, needed: answersNeeded({ answered, counted }) };
  // Every domain with anything to score weighs the same, also one without enough answers of its own:
  // leaving a weak domain unanswered must not lift the total.
  const exact = domains.flatMap((domain) => (domain.maxPoints === 0 ? [] : [(100 * domain.points) / domain.maxPoints]));
  const status: ScoreStatus = exact.length === 0 ? "not_applicable" : hasEnoughAnswers(coverage) ? "scored" : "not_enough_answers";
  const base = { coverage, criticalFindingQuestionIds, criticalNotHighestQuestionIds };
  if (status !== "scored") {
    return { status, score: null, rounded: null, level: null, uncappedLevel: null, cappedByCriticalFinding: false, cappedBy: null, ...base };
  }
  const score = exact.reduce((sum, value) => sum + value, 0) / exact.length;
  const rounded = Math.round(score);
  const uncappedLevel = levelForScore({ score: rounded });
  const hasCriticalFinding = criticalFindingQuestionIds.length > 0;
  const level = capLevel({ level: uncappedLevel, hasCriticalFinding, hasCriticalNotHighest: criticalNotHighestQuestionIds.length > 0 });
  const lowered = rankLevel({ level }) < rankLevel({ level: uncappedLevel });
  const cappedBy: LevelCapReason | null = !lowered ? null : hasCriticalFinding ? "critical_finding" : "critical_not_highest";
  return { status, score, rounded, level, uncappedLevel, cappedByCriticalFinding: cappedBy === "critical_finding", cappedBy, ...base };
}

function toGap({ question, optionId, maturity }: { question: Question; optionId: string; maturity: number }): Gap {
  const gap = maxMaturity - maturity;
  return {
    questionId: question.id,
    domain: question.domain,
    optionId,
    weight: question.weight,
    maturity,
    gap,
    impact: question.weight * gap,
    critical: isCriticalFinding({ question, maturity }),
  };
}

function compareGaps(a: Gap, b: Gap): number {
  return Number(b.critical) - Number(a.critical) || b.impact - a.impact;
}
