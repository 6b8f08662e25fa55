// Which organisations count as real and independent for the ministry's figures (ADR 018). Pure: the model
// gathers the facts, this decides. A colluding operator can create organisations at will; this rule makes
// every fake one cost a month and two people who really signed in, and the noise does the rest.

/** An organisation must exist this many days before its contribution counts. */
export const minimumOrganisationAgeDays = 30;
/** At least this many different people must be members and have signed in (platform accounts excluded). */
export const minimumActiveMembers = 2;

const dayMs = 86_400_000;

/**
 * Whether an organisation's contribution may enter the figures: created at least 30 days ago, not disabled,
 * and at least two members without a platform role (not an admin or analyst account) who have signed in at
 * least once. `eligibleFrom` is the first day the age rule holds (null when only members are missing).
 */
export function organisationIsIndependent({
  createdAt,
  disabled,
  activeMembers,
  now,
}: {
  createdAt: Date;
  disabled: boolean;
  /** Members with no platform role, not disabled, who signed in at least once. */
  activeMembers: number;
  now: Date;
}): { independent: boolean; eligibleFrom: Date | null } {
  const oldEnoughFrom = new Date(createdAt.getTime() + minimumOrganisationAgeDays * dayMs);
  const oldEnough = oldEnoughFrom.getTime() <= now.getTime();
  const independent = !disabled && oldEnough && activeMembers >= minimumActiveMembers;
  return { independent, eligibleFrom: oldEnough ? null : oldEnoughFrom };
}
