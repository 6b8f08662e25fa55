// Anonymised aggregation and suppression (pure): no database, no Remix. See docs/decisions/007.
export { buildContribution, monthOf } from "./contribution";
export { exportColumns, exportRows, toCsv, type ExportRow } from "./export";
export { computeRelease, gapListLength, mayComputeRelease, type GroupKeys } from "./release";
export { inRanges, quantile, quartiles, toRanges } from "./stats";
export { comparableBlocks, feasibleSizes, isSafeChange, suppressBreakdown, type EarlierPartition, type Interval, type SuppressionResult } from "./suppression";
export { syntheticOrganisation, syntheticReferenceDate, type SyntheticOrganisation } from "./synthetic";
export { insightsParameters, parseInsightsQuery, type InsightsQuery } from "./query";
export * from "./types";
export { insightsLabels, insightsPage, type InsightsLabels, type InsightsPage } from "./view";
