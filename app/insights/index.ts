// Anonymised aggregation and suppression (pure): no database, no Remix. See docs/decisions/007.
export { buildContribution, monthOf } from "./contribution";
export { exportColumns, exportRows, toCsv, type ExportRow } from "./export";
export { computeRelease, gapListLength, mayComputeRelease, releaseBudget, type GroupKeys } from "./release";
export { inRanges, quantile, quartiles, toRanges } from "./stats";
export { comparableBlocks, feasibleSizes, isSafeChange, suppressBreakdown, type EarlierPartition, type Interval, type SuppressionResult } from "./suppression";
export { syntheticOrganisation, syntheticReferenceDate, type SyntheticOrganisation } from "./synthetic";
export { insightsParameters, parseInsightsQuery, type InsightsQuery } from "./query";
export * from "./types";
export { insightsLabels, insightsPage, type InsightsLabels, type InsightsPage } from "./view";
export { minimumActiveMembers, minimumOrganisationAgeDays, organisationIsIndependent } from "./eligibility";
export { geometricNoise, noNoise, noisyCount, type RandomSource } from "./noise";
export { nextReleaseDay, releaseDayOf, releasePeriodOf } from "./schedule";
export { normaliseWithdrawalCode } from "./withdrawal-code";
export { parseSealedContribution, sealedContributionText, type SealedContribution } from "./sealed";
