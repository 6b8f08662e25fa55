// Parallel guesses must not outrun the lock-out: the count and the reservation happen in one
// transaction before the slow password check, so at most the limit of checks ever runs.
import { describe, expect, it } from "vitest";
import { changePassword } from "../../app/auth/account.server";
import { signIn } from "../../app/auth/sign-in.server";
import { getDb } from "../../app/db.server";
import { maxFailuresPerAccount, maxFailuresPerAddress } from "../../app/models/login-failures.server";
import { auditEvents } from "../../db/schema";
import { acceptInvitation, createInvitation } from "../../app/models/invitations.server";
import { makeOrganisation, makeUser, testPassword } from "../helpers/factory";

function countEvents(action: string): number {
  return getDb()
    .select()
    .from(auditEvents)
    .all()
    .filter((event) => event.action === action).length;
}

describe("lock-out under parallel requests", () => {
  it("checks at most the account limit of 40 simultaneous wrong passwords", async () => {
    const user = await makeUser();
    const before = countEvents("sign_in_failed");
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn({ email: user.email, password: `wrong password ${i}`, ipAddress: `192.0.2.${i + 1}` })),
    );
    // Every failed check writes one sign_in_failed event; the rest were refused before any check.
    expect(countEvents("sign_in_failed") - before).toBe(maxFailuresPerAccount);
    expect(results.filter((result) => result.status === "locked")).toHaveLength(40 - maxFailuresPerAccount);
    // And the right password is refused as well while locked.
    expect((await signIn({ email: user.email, password: testPassword, ipAddress: "192.0.2.200" })).status).toBe("locked");
  });

  it("checks at most the address limit of simultaneous guesses across accounts", async () => {
    const before = countEvents("sign_in_failed");
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn({ email: `spray${i}@test.nl`, password: "wrong password!", ipAddress: "203.0.113.77" })),
    );
    expect(countEvents("sign_in_failed") - before).toBe(maxFailuresPerAddress);
    expect(results.filter((result) => result.status === "locked")).toHaveLength(40 - maxFailuresPerAddress);
  });

  it("checks at most the limit of parallel current-password checks", async () => {
    const user = await makeUser();
    const actor = { userId: user.id, email: user.email, ipAddress: "198.51.100.90" };
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        changePassword({ actor, currentPassword: `not it ${i}`, newPassword: "a new long password 1", keepSessionIdHash: "none" }),
      ),
    );
    expect(results.filter((result) => result.status === "invalid")).toHaveLength(maxFailuresPerAccount);
    expect(results.filter((result) => result.status === "locked")).toHaveLength(20 - maxFailuresPerAccount);
  });

  it("does not count a right password as a failure", async () => {
    const user = await makeUser();
    for (let i = 0; i < maxFailuresPerAccount - 1; i++) await signIn({ email: user.email, password: "wrong password!", ipAddress: "198.51.100.91" });
    expect((await signIn({ email: user.email, password: testPassword, ipAddress: "198.51.100.91" })).status).toBe("ok");
    // Cleared after success: a fresh set of attempts.
    expect((await signIn({ email: user.email, password: "wrong password!", ipAddress: "198.51.100.91" })).status).toBe("invalid");
  });
});

describe("invitation acceptance under parallel requests", () => {
  it("lets exactly one of 10 simultaneous accepts of one invitation through", async () => {
    const org = makeOrganisation();
    const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
    const { token } = createInvitation({ organisationId: org.id, email: "race@test.nl", role: "contributor", invitedByUserId: lead.id });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        acceptInvitation({ token, signedInUserId: null, newAccount: { name: `Racer ${i}`, password: "a long enough password 1" }, ipAddress: "127.0.0.1" }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).every((result) => !result.ok && result.error === "used")).toBe(true);
  });
});
