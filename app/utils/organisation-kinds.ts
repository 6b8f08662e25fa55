// Client-safe: forms and pages list the kinds; the database schema uses the same values.
export const organisationKinds = ["national_party", "local_branch", "local_party"] as const;
export type OrganisationKind = (typeof organisationKinds)[number];
