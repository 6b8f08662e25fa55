// What a local branch lets its national party see. Client-safe and pure: the model, the pages and the
// tests all read the same table, so "what a level reveals" is written down once.

export const sharingLevels = ["nothing", "progress", "scores", "everything"] as const;
export type SharingLevel = (typeof sharingLevels)[number];

/** The level a new branch starts with until its IT lead chooses (see docs/decisions/017-branch-sharing.md). */
export const defaultSharingLevel: SharingLevel = "progress";

export function isSharingLevel(value: unknown): value is SharingLevel {
  return sharingLevels.some((level) => level === value);
}

/** What the national party sees of a branch at each level; every level includes the ones below it. */
export type Reveal = {
  /** Started or not, percentage answered, submitted on, plan actions done and late (counts only). */
  progress: boolean;
  /** Overall level and domain scores of submitted assessments. */
  scores: boolean;
  /** Results, answers (never notes) and plan, read-only. */
  readOnly: boolean;
};

/** What one sharing level reveals to the national party. */
export function revealOf({ level }: { level: SharingLevel }): Reveal {
  const rank = sharingLevels.indexOf(level);
  return { progress: rank >= 1, scores: rank >= 2, readOnly: rank >= 3 };
}

/** True when `level` reveals at least as much as `needed`. */
export function sharesAtLeast({ level, needed }: { level: SharingLevel; needed: SharingLevel }): boolean {
  return sharingLevels.indexOf(level) >= sharingLevels.indexOf(needed);
}
