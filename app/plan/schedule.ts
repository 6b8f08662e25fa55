import type { Effort, MeasureOwner, Milestone } from "../questionnaire/schema";
import { addDays, parseIsoDate, weekStartOf, type IsoDate } from "./timeline";

/** Per owner, at most this many actions start in one week. */
export const defaultWeeklyLimit = 3;
/** Of those, at most this many are large. */
export const defaultLargePerWeek = 1;

/** Weeks an action of this effort takes, counted from its start week; it is due in the last of them. */
export const effortWeeks: Record<Effort, number> = { small: 1, medium: 2, large: 4 };

/** How much work an effort stands for when comparing risk reduction per effort. */
const effortCost: Record<Effort, number> = { small: 1, medium: 2, large: 4 };

/**
 * A supplier (hosting party, registrar, protection service) needs weeks to act, and is at its busiest in the
 * campaign: such changes are due at least this many days before the campaign starts.
 */
export const supplierLeadDays = 21;

/** Days after Monday on which an owner's first, second and further actions of a week are due. */
const dueWeekdays = [2, 3, 4] as const;

/** An action is due at least this many days after it starts. */
const minimumDays = 2;

export type SchedulableAction = {
  key: string;
  owner: MeasureOwner;
  effort: Effort;
  timeframe: Milestone;
  critical: boolean;
  quickWin: boolean;
  impact: number;
  needsSupplier: boolean;
};

export type ActionSchedule = {
  /** The first day of the week the action starts: the plan date in the first week, else a Monday. */
  startDate: IsoDate;
  dueDate: IsoDate;
  /** The milestone date (or, for a supplier change, the earlier supplier deadline) the action should be done by; null for "now". */
  deadline: IsoDate | null;
  /** The milestone had already passed when the plan was made, so the action was planned into the coming weeks. */
  replanned: boolean;
  /** The owner's weekly limit pushed the due date past the deadline: more hands or fewer actions are needed. */
  beyondDeadline: boolean;
};

export type ScheduleOptions = { weeklyLimit?: number; largePerWeek?: number };

/**
 * Spreads actions over the weeks from the plan date. Critical quick wins go first, then the most risk reduction
 * per unit of effort (critical first on a tie, then the earlier deadline, then the given order). Each action
 * takes the earliest week in which its owner still has room (at most `weeklyLimit` starts a week, at most
 * `largePerWeek` of them large) and is due in its last week (Wednesday, Thursday or Friday by its place in the
 * week), or earlier when its milestone comes first, but never on the plan date itself. Evaluation actions start after election day. Pure and deterministic.
 */
export function scheduleActions({
  actions,
  dates,
  planDate,
  options = {},
}: {
  actions: readonly SchedulableAction[];
  dates: Record<Milestone, IsoDate>;
  planDate: IsoDate;
  options?: ScheduleOptions;
}): Map<string, ActionSchedule> {
  const weeklyLimit = Math.max(1, Math.floor(options.weeklyLimit ?? defaultWeeklyLimit));
  const largePerWeek = Math.max(1, Math.min(weeklyLimit, Math.floor(options.largePerWeek ?? defaultLargePerWeek)));
  const firstMonday = weekStartOf({ date: planDate });
  const weekStart = (week: number) => (week === 0 ? planDate : addDays({ date: firstMonday, days: 7 * week }));
  const weekOf = (date: IsoDate) => Math.max(0, Math.floor((parseIsoDate({ date }) - parseIsoDate({ date: firstMonday })) / 7));

  const ordered = actions
    .map((action, index) => ({ action, index, deadline: deadlineFor({ action, dates, planDate }) }))
    .sort(
      (a, b) =>
        Number(b.action.critical && b.action.quickWin) - Number(a.action.critical && a.action.quickWin) ||
        b.action.impact / effortCost[b.action.effort] - a.action.impact / effortCost[a.action.effort] ||
        Number(b.action.critical) - Number(a.action.critical) ||
        compareDeadlines(a.deadline, b.deadline) ||
        a.index - b.index,
    );

  const starts = new Map<string, number>();
  const larges = new Map<string, number>();
  const result = new Map<string, ActionSchedule>();
  for (const { action, deadline } of ordered) {
    // Evaluating the election can only start once it is over.
    let week = 0;
    let slotIndex = 0;
    if (action.timeframe === "after_election" && dates.election_day >= planDate) {
      const dayAfter = addDays({ date: dates.election_day, days: 1 });
      week = weekOf(dayAfter);
      if (weekStart(week) < dayAfter) week += 1;
    }
    for (;;) {
      const slot = `${action.owner} ${week}`;
      const roomy = (starts.get(slot) ?? 0) < weeklyLimit && (action.effort !== "large" || (larges.get(slot) ?? 0) < largePerWeek);
      if (roomy) {
        slotIndex = starts.get(slot) ?? 0;
        starts.set(slot, slotIndex + 1);
        if (action.effort === "large") larges.set(slot, (larges.get(slot) ?? 0) + 1);
        break;
      }
      week += 1;
    }
    const startDate = weekStart(week);
    // In the action's last week; a plan made late in the week gives its first week's actions the next week,
    // so nothing is due on the day the plan is made and even a small step has a few days.
    // The owner's first action of a week is due on Wednesday, the second on Thursday, the rest on Friday, so a
    // calendar shows a few deadlines a day instead of a pile on Friday.
    const weekday = dueWeekdays[Math.min(slotIndex, dueWeekdays.length - 1)] ?? 4;
    let dueDate = addDays({ date: firstMonday, days: 7 * (week + effortWeeks[action.effort] - 1) + weekday });
    const earliestDue = addDays({ date: startDate, days: minimumDays });
    // Too soon after the start (a plan made mid-week): the same weekday a week later, not the Friday of this
    // week, so the first week's steps of every owner do not all fall due on one day.
    if (dueDate < earliestDue) dueDate = addDays({ date: dueDate, days: 7 });
    if (deadline !== null && deadline >= startDate && deadline < dueDate) {
      dueDate = deadline;
    }
    const milestoneDate = action.timeframe === "now" ? null : dates[action.timeframe];
    result.set(action.key, {
      startDate,
      dueDate,
      deadline,
      replanned: milestoneDate !== null && milestoneDate <= planDate,
      beyondDeadline: deadline !== null && dueDate > deadline,
    });
  }
  return result;
}

/**
 * The date an action should be done by: its milestone's date, and for a change that needs a supplier at most
 * the supplier deadline before the campaign starts. Null for "now" (as soon as the owner has room) and for a
 * milestone that has passed (the action is re-planned into the coming weeks). A "now" change that needs a
 * supplier still gets the supplier deadline, so a busy owner's queue cannot push it into the campaign.
 */
function deadlineFor({ action, dates, planDate }: { action: SchedulableAction; dates: Record<Milestone, IsoDate>; planDate: IsoDate }): IsoDate | null {
  const supplierDeadline = addDays({ date: dates.campaign_start, days: -supplierLeadDays });
  // Only when there are still at least two weeks to get it done; otherwise the milestone itself.
  const supplierApplies = action.needsSupplier && supplierDeadline >= addDays({ date: planDate, days: 14 });
  if (action.timeframe === "now") return supplierApplies ? supplierDeadline : null;
  let deadline = dates[action.timeframe];
  if (supplierApplies && supplierDeadline < deadline) deadline = supplierDeadline;
  return deadline > planDate ? deadline : null;
}

function compareDeadlines(a: IsoDate | null, b: IsoDate | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
