import { asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { memberships, organisations } from "../../db/schema";
import { getDb } from "../db.server";
import { createId } from "../utils/crypto.server";

import type { OrganisationKind } from "../utils/organisation-kinds";

export type CreateOrganisationResult = { ok: true; id: string } | { ok: false; error: "parent_required" | "parent_not_found" | "name_taken" };

/** Creates an organisation; a local branch needs an enabled national party as its parent. */
export function createOrganisation({ name, kind, parentId }: { name: string; kind: OrganisationKind; parentId?: string | null }): CreateOrganisationResult {
  const db = getDb();
  return db.transaction((tx) => {
    if (kind === "local_branch") {
      if (!parentId) return { ok: false, error: "parent_required" };
      const parent = tx.select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, parentId)).get();
      if (!parent || parent.kind !== "national_party") return { ok: false, error: "parent_not_found" };
    }
    const clash = tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(sql`lower(${organisations.name}) = lower(${name.trim()})`)
      .get();
    if (clash) return { ok: false, error: "name_taken" };
    const id = createId();
    tx.insert(organisations)
      .values({ id, name: name.trim(), kind, parentId: kind === "local_branch" ? (parentId ?? null) : null })
      .run();
    return { ok: true, id };
  });
}

const parent = alias(organisations, "parent");

/** Every organisation with member counts, for the platform admin (no assessment content). */
export function listOrganisations() {
  return getDb()
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      parentName: parent.name,
      disabledAt: organisations.disabledAt,
      memberCount: sql<number>`(select count(*) from ${memberships} where ${memberships.organisationId} = ${organisations.id})`,
    })
    .from(organisations)
    .leftJoin(parent, eq(parent.id, organisations.parentId))
    .orderBy(asc(organisations.name))
    .all();
}

export function listNationalParties() {
  return getDb()
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.kind, "national_party"))
    .orderBy(asc(organisations.name))
    .all();
}

export function getOrganisation({ id }: { id: string }) {
  return getDb()
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      parentId: organisations.parentId,
      parentName: parent.name,
      disabledAt: organisations.disabledAt,
    })
    .from(organisations)
    .leftJoin(parent, eq(parent.id, organisations.parentId))
    .where(eq(organisations.id, id))
    .get();
}

export function renameOrganisation({ id, name }: { id: string; name: string }): { ok: true } | { ok: false; error: "not_found" | "name_taken" } {
  return getDb().transaction((tx) => {
    const clash = tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(sql`lower(${organisations.name}) = lower(${name.trim()}) and ${organisations.id} <> ${id}`)
      .get();
    if (clash) return { ok: false, error: "name_taken" };
    const result = tx.update(organisations).set({ name: name.trim() }).where(eq(organisations.id, id)).run();
    return result.changes === 1 ? { ok: true } : { ok: false, error: "not_found" };
  });
}

export function setOrganisationDisabled({ id, disabled }: { id: string; disabled: boolean }): boolean {
  const result = getDb()
    .update(organisations)
    .set({ disabledAt: disabled ? new Date() : null })
    .where(eq(organisations.id, id))
    .run();
  return result.changes === 1;
}
