export {
  capLevel,
  criticalFindingLevelCap,
  criticalFindingMaxMaturity,
  describeLevel,
  isCriticalFinding,
  levelForScore,
  maxMaturity,
  rankLevel,
  scoreLevelIds,
  scoreLevels,
  scoringRulesVersion,
  type ScoreLevel,
  type ScoreLevelId,
} from "./rules";
export { scoreAssessment, type DomainScore, type FindOutItem, type Gap, type OverallScore, type ScoreResult, type Strength } from "./score";
