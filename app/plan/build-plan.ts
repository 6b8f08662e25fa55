import { maturityOf, visibleQuestions, type AnswerMap, type AnswerValue } from "../questionnaire/answers";
import type { DomainId, Effort, Localized, Measure, MeasureOwner, Milestone, Question, Questionnaire } from "../questionnaire/schema";
import { isCriticalFinding, maxMaturity } from "../scoring/rules";
import { scheduleActions, type ScheduleOptions } from "./schedule";
import { milestoneDates, type IsoDate } from "./timeline";

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
  /** The week the action starts (the plan date in the first week, else that week's Monday). */
  startDate: IsoDate;
  /** Spread by the scheduler: the end of the action's last week, or its milestone when that comes first. */
  dueDate: IsoDate;
  /** The date the action should be done by (its milestone, earlier for supplier changes); null for "now". */
  deadline: IsoDate | null;
  /** The milestone had passed when the plan was made: the action is planned into the coming weeks instead. */
  replanned: boolean;
  /** The owner's weekly limit puts the due date after the deadline. */
  beyondDeadline: boolean;
  /** The change needs an outside supplier, so it is due well before the campaign starts. */
  needsSupplier: boolean;
  /** Today is after the due date (never on it). */
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
 * order. The actions are spread over the weeks from `planDate` (the day the plan was made; default today) by
 * scheduleActions: per owner a few starts a week, each with a start week and a due date. "Late" compares the due
 * date with today: an action is late from the day after it is due.
 */
export function buildPlan({
  questionnaire,
  answers,
  electionDate,
  today,
  planDate = today,
  nominationDate = null,
  options,
}: {
  questionnaire: Questionnaire;
  answers: AnswerMap;
  electionDate: IsoDate;
  today: IsoDate;
  planDate?: IsoDate;
  nominationDate?: IsoDate | null;
  options?: ScheduleOptions;
}): PlanAction[] {
  const dates = milestoneDates({ electionDate, today: planDate, nominationDate });

  const steps: Array<{ step: Step; index: number }> = [];
  visibleQuestions(questionnaire, answers).forEach((question, index) => {
    const step = stepFor({ question, answer: answers[question.id] });
    if (step) steps.push({ step, index });
  });
  const schedule = scheduleActions({ actions: steps.map(({ step }) => step), dates, planDate, options });

  return steps
    .sort(
      (a, b) =>
        Number(b.step.critical) - Number(a.step.critical) ||
        b.step.impact - a.step.impact ||
        effortRank[a.step.effort] - effortRank[b.step.effort] ||
        a.index - b.index,
    )
    .map(({ step }) => {
      const planned = schedule.get(step.key);
      if (!planned) throw new Error(`unscheduled action ${step.key}`);
      return { ...step, ...planned, late: isLate({ dueDate: planned.dueDate, today }) };
    });
}

/** Whether an open action due on `dueDate` is late on `today`: strictly after the due date, never on it. */
export function isLate({ dueDate, today }: { dueDate: IsoDate; today: IsoDate }): boolean {
  return today > dueDate;
}

type Step = Omit<PlanAction, "startDate" | "dueDate" | "deadline" | "replanned" | "beyondDeadline" | "late">;

/**
 * Whether a measure needs an outside supplier: its own flag, else every step in the e-mail, website and domains
 * domain (DNS records, registrar, hosting and DDoS protection are arranged with suppliers).
 */
function needsSupplierFor({ question, measure }: { question: Question; measure: Measure }): boolean {
  return measure.needsSupplier ?? question.domain === "email_web";
}

/**
 * A short title for a find-out action: "Zoek uit: <the question's short title>", or, for a question without one,
 * the basic step's title after "Zoek uit of dit geregeld is:" (that step is what to do if it turns out not to be).
 */
function findOutTitle({ question }: { question: Question }): Localized {
  if (question.shortTitle) return { nl: `Zoek uit: ${question.shortTitle.nl}`, en: `Find out: ${question.shortTitle.en}` };
  const basic = question.measures.basic.title;
  return { nl: `Zoek uit of dit geregeld is: ${basic.nl}`, en: `Find out if this is in place: ${basic.en}` };
}

/** The action for one visible question without its dates, or null when there is nothing to do. */
function stepFor({ question, answer }: { question: Question; answer: AnswerValue | undefined }): Step | null {
  if (answer?.kind === "dont_know") {
    const basic = question.measures.basic;
    const impact = question.weight * findOutGap;
    return {
      key: actionKey({ questionId: question.id, kind: "find_out" }),
      questionId: question.id,
      domain: question.domain,
      kind: "find_out",
      measure: "basic",
      title: findOutTitle({ question }),
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
      // Not knowing a critical control is itself a critical finding (the scoring rules say the same).
      critical: question.critical,
      quickWin: impact >= quickWinMinimumImpact,
      needsSupplier: false,
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
    needsSupplier: needsSupplierFor({ question, measure }),
  };
}
