// The breakdowns of anonymised figures, as plain constants (no zod), so the analyst's page can list them
// without loading the schema library; types.ts re-exports them.
import { electionTypes } from "../plan/elections";
import { organisationKinds } from "../utils/organisation-kinds";

/** The ways figures are broken down. There is no free-form filter: only these. */
export const breakdowns = ["all", "organisation_kind", "election_type"] as const;
export type Breakdown = (typeof breakdowns)[number];

/** The groups of each breakdown, fixed by the enumerations so the shape of a release never depends on the data. */
export const groupsOf: Record<Breakdown, readonly string[]> = {
  all: ["all"],
  organisation_kind: organisationKinds,
  election_type: electionTypes,
};

export function isBreakdown(value: string): value is Breakdown {
  return breakdowns.some((breakdown) => breakdown === value);
}
