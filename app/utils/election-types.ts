// The kinds of election an assessment prepares for: one vocabulary for the plan's calendar, the exchange
// file and the anonymised insights, kept in a leaf module so none of them has to import another for it.
export const electionTypes = ["tweede_kamer", "provinciale_staten", "waterschap", "gemeenteraad", "europees_parlement", "other"] as const;
export type ElectionType = (typeof electionTypes)[number];
