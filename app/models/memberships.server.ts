import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import { memberships, users } from "../../db/schema";
import { getDb, preparedQuery } from "../db.server";
import type { MemberRole } from "../security/permissions";

const membersOfOrganisation = preparedQuery((db) =>
  db
    .select({
      membershipId: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      disabledAt: users.disabledAt,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, sql.placeholder("organisationId")))
    .orderBy(asc(users.name))
    .prepare(),
);

/** Members of one organisation; the organisation id comes from the acting member's session. */
export function listMembers({ organisationId }: { organisationId: string }) {
  return membersOfOrganisation().all({ organisationId });
}

export type MembershipChangeResult = { ok: true; userId: string; previousRole: MemberRole } | { ok: false; error: "not_found" | "last_it_lead" };

/** Changes a member's role inside the acting member's organisation; never demotes the last IT lead. */
export function changeMemberRole({
  organisationId,
  membershipId,
  role,
}: {
  organisationId: string;
  membershipId: string;
  role: MemberRole;
}): MembershipChangeResult {
  return getDb().transaction((tx) => {
    const membership = tx
      .select({ userId: memberships.userId, role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.id, membershipId), eq(memberships.organisationId, organisationId)))
      .get();
    if (!membership) return { ok: false, error: "not_found" };
    if (membership.role === "it_lead" && role !== "it_lead" && countOtherItLeads(tx, organisationId, membershipId) === 0) {
      return { ok: false, error: "last_it_lead" };
    }
    tx.update(memberships).set({ role }).where(eq(memberships.id, membershipId)).run();
    return { ok: true, userId: membership.userId, previousRole: membership.role };
  });
}

/** Removes a member from the acting member's organisation; never the last IT lead. */
export function removeMember({ organisationId, membershipId }: { organisationId: string; membershipId: string }): MembershipChangeResult {
  return getDb().transaction((tx) => {
    const membership = tx
      .select({ userId: memberships.userId, role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.id, membershipId), eq(memberships.organisationId, organisationId)))
      .get();
    if (!membership) return { ok: false, error: "not_found" };
    if (membership.role === "it_lead" && countOtherItLeads(tx, organisationId, membershipId) === 0) {
      return { ok: false, error: "last_it_lead" };
    }
    tx.delete(memberships).where(eq(memberships.id, membershipId)).run();
    return { ok: true, userId: membership.userId, previousRole: membership.role };
  });
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

function countOtherItLeads(tx: Tx, organisationId: string, membershipId: string): number {
  const row = tx
    .select({ n: count() })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "it_lead"), ne(memberships.id, membershipId)))
    .get();
  return row?.n ?? 0;
}
