import { maturityOf, visibleQuestions, type AnswerMap, type AnswerValue } from "../questionnaire/answers";
import type { DomainId, Effort, Localized, MeasureOwner, Milestone, Question, Questionnaire } from "../questionnaire/schema";
import { isCriticalFinding, maxMaturity } from "../scoring/rules";
import { isElectionPast, milestoneDates, type IsoDate } from "./timeline";

/** basic: the control is missing (maturity 0–1); next: it is partly there (2); find_out: answered "don't know". */
export type PlanActionKind = "basic" | "next" | "find_out";

/** One prioritised, dated step of an assessment's plan. Plain JSON. */
export type PlanAction = {
  /** Stable across assessments and questionnaire versions that keep the question id, to carry statuses over. */
  key: string;
  questionId: string;
  domain: DomainId;
  kind: PlanActionKind;
  /**
   * The question's measure this action comes from, so pages and the PDF can show it next to the question's
   * help and sources. A find-out action points at the basic step: what to do if the answer turns out to be "no".
   */
  measure: "basic" | "next";
  title: Localized;
  detail: Localized;
  owner: MeasureOwner;
  effort: Effort;
  timeframe: Milestone;
  /** The milestone's date, or today when that date has passed. */
  dueDate: IsoDate;
  /** True when the milestone's date (or the election) is already past. */
  late: boolean;
  weight: number;
  /** The answered maturity; null for find-out actions. */
  maturity: number | null;
  /** 3 − maturity; findOutGap for find-out actions. */
  gap: number;
  /** weight × gap. */
  impact: number;
  /** The action closes a critical finding. */
  critical: boolean;
  /** High impact (critical, or impact ≥ quickWinMinimumImpact) for small effort. */
  quickWin: boolean;
};

/**
 * The gap assumed for a "don't know" answer when ordering the plan. The real gap is anything from 0 to 3;
 * 2 is the middle (1.5) rounded up, because not knowing is itself a sign the control is not well managed.
 * Assuming 3 would push every unknown above gaps the party knows about; assuming 0 would bury it.
 */
export const findOutGap = 2;

/** The smallest weight × gap that counts as high impact for a quick win. */
export const quickWinMinimumImpact = 4;

const effortRank: Record<Effort, number> = { small: 0, medium: 1, large: 2 };

/** The stable key of a question's action, e.g. "acc-mfa-email:basic" or "acc-mfa-email:find-out". */
export function actionKey({ questionId, kind }: { questionId: string; kind: PlanActionKind }): string {
  return `${questionId}:${kind === "find_out" ? "find-out" : kind}`;
}

/**
 * The action plan for one set of answers: one action per visible gap plus one find-out action per visible
 * "don't know", critical findings first, then largest weight × gap, then smallest effort, then questionnaire
 * order. Due dates come from the election timeline; an action whose milestone has passed is due today and late.
 * When the election itself is past, every action (after_election ones included) is due today and late: the
 * plan no longer prepares for anything on time, and saying so prompts a new assessment for the next election.
 */
export function buildPlan({
  questionnaire,
  answers,
  electionDate,
  today,
}: {
  questionnaire: Questionnaire;
  answers: AnswerMap;
  electionDate: IsoDate;
  today: IsoDate;
}): PlanAction[] {
  const dates = milestoneDates({ electionDate, today });
  const electionPast = isElectionPast({ electionDate, today });

  const actions: Array<{ action: PlanAction; index: number }> = [];
  visibleQuestions(questionnaire, answers).forEach((question, index) => {
    const step = stepFor({ question, answer: answers[question.id] });
    if (step) actions.push({ action: { ...step, ...dueFor({ milestone: step.timeframe, dates, electionPast }) }, index });
  });

  return actions
    .sort(
      (a, b) =>
        Number(b.action.critical) - Number(a.action.critical) ||
        b.action.impact - a.action.impact ||
        effortRank[a.action.effort] - effortRank[b.action.effort] ||
        a.index - b.index,
    )
    .map(({ action }) => action);
}

function dueFor({
  milestone,
  dates,
  electionPast,
}: {
  milestone: Milestone;
  dates: Record<Milestone, IsoDate>;
  electionPast: boolean;
}): { dueDate: IsoDate; late: boolean } {
  const date = dates[milestone];
  if (electionPast || date < dates.now) return { dueDate: dates.now, late: true };
  return { dueDate: date, late: false };
}

/** The action for one visible question without its dates, or null when there is nothing to do. */
function stepFor({ question, answer }: { question: Question; answer: AnswerValue | undefined }): Omit<PlanAction, "dueDate" | "late"> | null {
  if (answer?.kind === "dont_know") {
    const basic = question.measures.basic;
    const impact = question.weight * findOutGap;
    return {
      key: actionKey({ questionId: question.id, kind: "find_out" }),
      questionId: question.id,
      domain: question.domain,
      kind: "find_out",
      measure: "basic",
      title: {
        nl: `Zoek uit: ${question.text.nl}`,
        en: `Find out: ${question.text.en}`,
      },
      detail: {
        nl: "U heeft 'weet ik niet' geantwoord. Zoek uit hoe dit nu geregeld is en vul het antwoord in. Dan kloppen uw score en uw plan.",
        en: "You answered 'don't know'. Find out how this is arranged now and fill in the answer. Then your score and your plan are correct.",
      },
      owner: basic.owner,
      effort: "small",
      timeframe: "now",
      weight: question.weight,
      maturity: null,
      gap: findOutGap,
      impact,
      critical: false,
      quickWin: impact >= quickWinMinimumImpact,
    };
  }

  const maturity = maturityOf(question, answer);
  // N/A, unanswered and unknown options give no action: there is no known gap to close.
  if (maturity === null || maturity >= maxMaturity) return null;
  const kind = maturity <= 1 ? "basic" : "next";
  const measure = question.measures[kind];
  const gap = maxMaturity - maturity;
  const impact = question.weight * gap;
  const critical = isCriticalFinding({ question, maturity });
  return {
    key: actionKey({ questionId: question.id, kind }),
    questionId: question.id,
    domain: question.domain,
    kind,
    measure: kind,
    // Copies, so a caller editing its plan cannot change the questionnaire's text.
    title: { ...measure.title },
    detail: { ...measure.detail },
    owner: measure.owner,
    effort: measure.effort,
    timeframe: measure.timeframe,
    weight: question.weight,
    maturity,
    gap,
    impact,
    critical,
    quickWin: measure.effort === "small" && (critical || impact >= quickWinMinimumImpact),
  };
}
