// Lists that leave out what has expired compare stored times with "now" inside SQLite: these check that the
// time reaches the query in the unit the column stores, at the edges of each window.
import { describe, expect, it } from "vitest";
import { createUserSession } from "../app/auth/session.server";
import { createInvitation, invitationLifetimeMs, listOpenInvitations } from "../app/models/invitations.server";
import { absoluteLifetimeMs, idleTimeoutMs, listActiveSessions } from "../app/models/sessions.server";
import { makeOrganisation, makeUser } from "./helpers/factory";

const minute = 60_000;

describe("lists that leave out what has expired", () => {
  it("shows an invitation until the moment it expires", async () => {
    const org = makeOrganisation();
    const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
    const sent = new Date("2026-11-02T10:00:00Z");
    const invitation = createInvitation({ organisationId: org.id, email: "nieuw@partij.nl", role: "contributor", invitedByUserId: lead.id, now: sent });
    const listed = (at: number) => listOpenInvitations({ organisationId: org.id, now: new Date(at) }).map((row) => row.id);
    expect(listed(sent.getTime() + minute)).toEqual([invitation.id]);
    expect(listed(sent.getTime() + invitationLifetimeMs - minute)).toEqual([invitation.id]);
    expect(listed(sent.getTime() + invitationLifetimeMs)).toEqual([]);
    expect(listOpenInvitations({ organisationId: makeOrganisation().id, now: new Date(sent.getTime() + minute) })).toEqual([]);
  });

  it("shows a session while it is neither idle nor past its lifetime", async () => {
    const user = await makeUser();
    const start = new Date("2026-11-02T10:00:00Z");
    await createUserSession({ request: new Request("http://localhost/"), userId: user.id, ipAddress: "::1", now: start });
    const count = (at: number) => listActiveSessions({ userId: user.id, currentIdHash: "", now: new Date(at) }).length;
    expect(count(start.getTime() + minute)).toBe(1);
    expect(count(start.getTime() + idleTimeoutMs - minute)).toBe(1);
    expect(count(start.getTime() + idleTimeoutMs + minute)).toBe(0);
    expect(count(start.getTime() + absoluteLifetimeMs + minute)).toBe(0);
    expect(listActiveSessions({ userId: (await makeUser()).id, currentIdHash: "", now: new Date(start.getTime() + minute) })).toEqual([]);
  });
});
