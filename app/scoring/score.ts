import { maturityOf, visibleQuestions, type AnswerMap } from "../questionnaire/answers";
import type { DomainId, Question, Questionnaire } from "../questionnaire/schema";
import { capLevel, isCriticalFinding, levelForScore, maxMaturity, scoringRulesVersion, type ScoreLevelId } from "./rules";

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
  /** The question is critical, so not knowing hides a possible critical finding. */
  critical: boolean;
};

/** A visible question answered at maturity 3. */
export type Strength = {
  questionId: string;
  domain: DomainId;
  optionId: string;
  weight: number;
};

/** The score of one domain. */
export type DomainScore = {
  domain: DomainId;
  /** Exact score 0–100, or null when no question of the domain counts. */
  score: number | null;
  /** The score rounded to a whole number, for display. */
  rounded: number | null;
  /** Σ weight × maturity over the counted questions. */
  points: number;
  /** Σ weight × 3 over the counted questions. */
  maxPoints: number;
  /** Visible questions answered with an option. */
  countedQuestions: number;
  criticalFindings: number;
};

/** The overall score and level. */
export type OverallScore = {
  /** Exact mean of the non-null domain scores, or null when no domain has a score. */
  score: number | null;
  rounded: number | null;
  /** The level shown to the party: after the critical-finding cap. Null when there is no score. */
  level: ScoreLevelId | null;
  /** The level the score alone would give. */
  uncappedLevel: ScoreLevelId | null;
  /** True when a critical finding lowered the level. */
  cappedByCriticalFinding: boolean;
};

/**
 * Everything the scoring rules conclude from one set of answers. Plain JSON (numbers, strings, booleans,
 * null, arrays, objects), so it can be stored as the snapshot of a submitted assessment.
 */
export type ScoreResult = {
  rulesVersion: number;
  questionnaireVersion: number;
  overall: OverallScore;
  /** In the questionnaire's domain order. */
  domains: DomainScore[];
  /** Critical findings only, biggest impact first. */
  criticalFindings: Gap[];
  /** Every gap: critical findings first, then impact (largest first), then questionnaire order. */
  gaps: Gap[];
  /** "Don't know" answers: critical questions first, then weight (largest first), then questionnaire order. */
  findOut: FindOutItem[];
  /** Maturity 3 answers: weight (largest first), then questionnaire order. */
  strengths: Strength[];
};

type CountedAnswer = { question: Question; index: number; optionId: string; maturity: number };

/** Scores one set of answers against one questionnaire version. Pure: same input, same result. */
export function scoreAssessment({ questionnaire, answers }: { questionnaire: Questionnaire; answers: AnswerMap }): ScoreResult {
  const order = new Map(questionnaire.questions.map((question, index) => [question.id, index]));
  const counted: CountedAnswer[] = [];
  const findOut: Array<FindOutItem & { index: number }> = [];

  for (const question of visibleQuestions(questionnaire, answers)) {
    const index = order.get(question.id) ?? 0;
    const answer = answers[question.id];
    if (answer?.kind === "dont_know") {
      findOut.push({ questionId: question.id, domain: question.domain, weight: question.weight, critical: question.critical, index });
      continue;
    }
    const maturity = maturityOf(question, answer);
    // Not applicable, unanswered and unknown option ids do not count: they say nothing about maturity.
    if (answer?.kind !== "option" || maturity === null) continue;
    counted.push({ question, index, optionId: answer.optionId, maturity });
  }

  const domains = questionnaire.domains.map((domain) => scoreDomain({ domain: domain.id, counted }));
  const overall = scoreOverall({ domains, hasCriticalFinding: domains.some((domain) => domain.criticalFindings > 0) });

  const gaps = counted
    .filter((entry) => entry.maturity < maxMaturity)
    .map((entry) => ({ entry, gap: toGap(entry) }))
    .sort((a, b) => compareGaps(a.gap, b.gap) || a.entry.index - b.entry.index)
    .map(({ gap }) => gap);

  const strengths = counted
    .filter((entry) => entry.maturity === maxMaturity)
    .sort((a, b) => b.question.weight - a.question.weight || a.index - b.index)
    .map(({ question, optionId }) => ({ questionId: question.id, domain: question.domain, optionId, weight: question.weight }));

  return {
    rulesVersion: scoringRulesVersion,
    questionnaireVersion: questionnaire.version,
    overall,
    domains,
    criticalFindings: gaps.filter((gap) => gap.critical),
    gaps,
    findOut: findOut
      .sort((a, b) => Number(b.critical) - Number(a.critical) || b.weight - a.weight || a.index - b.index)
      .map(({ questionId, domain, weight, critical }) => ({ questionId, domain, weight, critical })),
    strengths,
  };
}

function scoreDomain({ domain, counted }: { domain: DomainId; counted: CountedAnswer[] }): DomainScore {
  let points = 0;
  let maxPoints = 0;
  let countedQuestions = 0;
  let criticalFindings = 0;
  for (const { question, maturity } of counted) {
    if (question.domain !== domain) continue;
    points += question.weight * maturity;
    maxPoints += question.weight * maxMaturity;
    countedQuestions += 1;
    if (isCriticalFinding({ question, maturity })) criticalFindings += 1;
  }
  // Multiply before dividing: whole-number points keep results like 50 exact.
  const score = maxPoints === 0 ? null : (100 * points) / maxPoints;
  return { domain, score, rounded: score === null ? null : Math.round(score), points, maxPoints, countedQuestions, criticalFindings };
}

function scoreOverall({ domains, hasCriticalFinding }: { domains: DomainScore[]; hasCriticalFinding: boolean }): OverallScore {
  const scores = domains.flatMap((domain) => (domain.score === null ? [] : [domain.score]));
  if (scores.length === 0) {
    return { score: null, rounded: null, level: null, uncappedLevel: null, cappedByCriticalFinding: false };
  }
  // Every domain weighs the same: a party should not score well by answering many questions of one domain.
  const score = scores.reduce((sum, value) => sum + value, 0) / scores.length;
  const rounded = Math.round(score);
  const uncappedLevel = levelForScore({ score: rounded });
  const level = capLevel({ level: uncappedLevel, hasCriticalFinding });
  return { score, rounded, level, uncappedLevel, cappedByCriticalFinding: level !== uncappedLevel };
}

function toGap({ question, optionId, maturity }: CountedAnswer): Gap {
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
