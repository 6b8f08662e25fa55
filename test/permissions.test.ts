import { describe, expect, it } from "vitest";
import { actions, can, roles, type Action, type Role } from "../app/security/permissions";

// The whole table written out by hand: a change to who may do what must change this test too.
const expected: Record<Action, Role[]> = {
  "assessment:read": ["it_lead", "contributor", "campaign_manager"],
  "assessment:start": ["it_lead"],
  "assessment:edit-any-section": ["it_lead"],
  "assessment:edit-assigned-section": ["it_lead", "contributor"],
  "assessment:assign-sections": ["it_lead"],
  "assessment:submit": ["it_lead"],
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
  "party:read-branches": ["it_lead", "campaign_manager"],
  "party:manage-branches": ["it_lead"],
  "party:set-target": ["it_lead"],
  "sharing:read": ["it_lead", "contributor", "campaign_manager"],
  "sharing:set": ["it_lead"],
  "insights:read": ["analyst"],
  "insights:export": ["analyst"],
  "insights:release": ["admin"],
  "admin:organisations": ["admin"],
  "admin:users": ["admin"],
  "admin:audit": ["admin"],
};

describe("permission table", () => {
  it("lists exactly the expected actions", () => {
    expect([...actions].sort()).toEqual(Object.keys(expected).sort());
  });

  for (const action of actions) {
    for (const role of roles) {
      const allowed = expected[action].includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => {
        expect(can(role, action)).toBe(allowed);
      });
    }
  }

  it("never lets an admin or analyst read assessment content", () => {
    const contentActions = actions.filter((action) => action.startsWith("assessment:") || action.startsWith("plan:"));
    expect(contentActions.length).toBeGreaterThan(5);
    for (const action of contentActions) {
      expect(can("admin", action)).toBe(false);
      expect(can("analyst", action)).toBe(false);
    }
  });
});
