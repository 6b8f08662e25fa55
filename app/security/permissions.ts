// One table answers "may this role do X"; the server enforces it and the UI uses it to show or hide controls.

export const roles = ["it_lead", "contributor", "campaign_manager", "analyst", "admin"] as const;
export type Role = (typeof roles)[number];

export const memberRoles = ["it_lead", "contributor", "campaign_manager"] as const;
export type MemberRole = (typeof memberRoles)[number];

export const platformRoles = ["admin", "analyst"] as const;
export type PlatformRole = (typeof platformRoles)[number];

const table = {
  "assessment:read": ["it_lead", "contributor", "campaign_manager"],
  "assessment:start": ["it_lead"],
  "assessment:edit-any-section": ["it_lead"],
  "assessment:edit-assigned-section": ["it_lead", "contributor"],
  "assessment:assign-sections": ["it_lead"],
  "assessment:submit": ["it_lead"],
  // Moving a draft to a newer questionnaire version changes which answers it keeps.
  "assessment:change-version": ["it_lead"],
  "assessment:set-nomination-day": ["it_lead"],
  "assessment:delete-draft": ["it_lead"],
  "assessment:archive": ["it_lead"],
  "assessment:share-anonymised": ["it_lead"],
  "assessment:export": ["it_lead", "contributor", "campaign_manager"],
  "plan:download": ["it_lead", "campaign_manager"],
  "plan:manage-actions": ["it_lead", "campaign_manager"],
  "members:read": ["it_lead", "contributor", "campaign_manager"],
  "members:invite": ["it_lead"],
  "members:manage": ["it_lead"],
  // A national party and its branches: the party reads what each branch shares, never edits it.
  "party:read-branches": ["it_lead", "campaign_manager"],
  "party:manage-branches": ["it_lead"],
  "party:set-target": ["it_lead"],
  "sharing:read": ["it_lead", "contributor", "campaign_manager"],
  "sharing:set": ["it_lead"],
  "insights:read": ["analyst"],
  "insights:export": ["analyst"],
  // Computing a release publishes aggregates; the operator runs it, the analyst only reads the result.
  "insights:release": ["admin"],
  "admin:organisations": ["admin"],
  "admin:users": ["admin"],
  "admin:audit": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof table;
export const actions: readonly Action[] = Object.keys(table).filter(isAction);

/** True when the role may perform the action. */
export function can(role: Role, action: Action): boolean {
  const allowed: readonly Role[] = table[action];
  return allowed.includes(role);
}

export function isAction(value: string): value is Action {
  return Object.hasOwn(table, value);
}

export function isMemberRole(value: string): value is MemberRole {
  return memberRoles.some((role) => role === value);
}
