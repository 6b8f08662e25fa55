export { actionKey, buildPlan, findOutGap, isLate, quickWinMinimumImpact, type PlanAction, type PlanActionKind } from "./build-plan";
export { defaultLargePerWeek, defaultWeeklyLimit, effortWeeks, scheduleActions, supplierLeadDays, type ActionSchedule, type ScheduleOptions } from "./schedule";
export {
  addDays,
  afterElectionDays,
  formatIsoDate,
  isElectionPast,
  milestoneDates,
  milestoneSources,
  isPlausibleNominationDay,
  nominationDayFor,
  weekStartOf,
  candidateListsDaysAfterNomination,
  nominationDayDaysBefore,
  parseIsoDate,
  twoWeeksBeforeDays,
  type IsoDate,
} from "./timeline";
