export { actionKey, buildPlan, findOutGap, quickWinMinimumImpact, type PlanAction, type PlanActionKind } from "./build-plan";
export {
  addDays,
  afterElectionDays,
  formatIsoDate,
  isElectionPast,
  milestoneDates,
  nominationDayDaysBefore,
  parseIsoDate,
  twoWeeksBeforeDays,
  type IsoDate,
} from "./timeline";
