// The admin's audit view: who did what kind of thing when, never which question, answer, action or score,
// and not which organisation shares with the ministry.
import { describe, expect, it } from "vitest";
import { createUserSession } from "../../app/auth/session.server";
import { auditEvents } from "../../db/schema";
import { getDb } from "../../app/db.server";
import { recordAuditEvent } from "../../app/models/audit.server";
import { loader as auditLoader } from "../../app/routes/admin.audit";
import { cookieFrom, getRequest, makeOrganisation, makeUser } from "../helpers/factory";

describe("admin audit view", () => {
  it("shows no question, action, status or maturity, also for rows stored with them", async () => {
    const org = makeOrganisation({ name: "Geheime Partij" });
    const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
    const admin = await makeUser({ platformRole: "admin" });
    recordAuditEvent({
      action: "plan_action_updated",
      actorUserId: lead.id,
      organisationId: org.id,
      targetType: "assessment",
      targetId: "assessment-123",
      details: { action: "gov-security-owner:basic", status: "done" },
    });
    recordAuditEvent({
      action: "plan_action_updated",
      actorUserId: lead.id,
      organisationId: org.id,
      targetType: "plan_action",
      targetId: "acc-mfa-email:next",
    });
    recordAuditEvent({
      action: "sections_assigned",
      actorUserId: lead.id,
      organisationId: org.id,
      targetType: "assessment",
      targetId: "assessment-123",
      details: { domain: "accounts", people: 2 },
    });
    // Sharing writes no audit event any more (ADR 018) and the migration deleted the old ones; a row of that
    // kind written some other way still shows neutrally.
    getDb()
      .insert(auditEvents)
      .values({
        at: new Date(),
        action: "assessment_shared",
        actorUserId: lead.id,
        organisationId: org.id,
        targetType: "assessment",
        targetId: "assessment-123",
        ipAddress: "192.0.2.44",
      })
      .run();
    recordAuditEvent({
      action: "role_changed",
      actorUserId: lead.id,
      organisationId: org.id,
      targetType: "user",
      targetId: lead.id,
      details: { from: "contributor", to: "it_lead" },
    });
    const cookie = cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId: admin.id, ipAddress: "::1" }));
    const page = await auditLoader({ request: getRequest("/admin/audit", { Cookie: cookie }), params: {}, context: {} });
    const text = JSON.stringify(page);
    for (const secret of ["gov-security-owner", "basic", "done", "acc-mfa-email", "accounts", "assessment-123", "192.0.2.44"])
      expect(text).not.toContain(secret);
    // Who did what kind of thing when is still there.
    expect(text).toContain("plan_action_updated");
    expect(text).toContain("from: contributor, to: it_lead");
    const shared = page.events.find((e) => e.action === "sharing_changed");
    expect(shared).toMatchObject({ actor: null, organisation: null, target: null, ipAddress: null });
    expect(page.events.some((e) => e.action === "assessment_shared")).toBe(false);
    expect(shared?.at).toMatch(/T00:00:00\.000Z$/);
  });
});
