import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { Db } from "./client";
import { memberships, organisations, users } from "./schema";

export const demoPassword = "weerbaar-demo";

export const demoAccounts = {
  itLead: "it-lead@demo.test",
  campaignManager: "campagne@demo.test",
  contributor: "secretaris@demo.test",
  analyst: "analist@demo.test",
  admin: "beheer@demo.test",
} as const;

const id = () => randomBytes(12).toString("base64url");

/**
 * Demo data for a new non-production database: Demopartij with one local branch, and one account per
 * role. Never called in production (startup.server.ts checks). All rows in one transaction.
 */
export async function seedDemoData(db: Db): Promise<void> {
  const passwordHash = await hash(demoPassword, { algorithm: 2 /* argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const party = id();
  const branch = id();
  const people = {
    itLead: { id: id(), email: demoAccounts.itLead, name: "Ilse de Vries" },
    campaignManager: { id: id(), email: demoAccounts.campaignManager, name: "Karim Bouzid" },
    contributor: { id: id(), email: demoAccounts.contributor, name: "Sanne Jansen" },
    analyst: { id: id(), email: demoAccounts.analyst, name: "Analist BZK" },
    admin: { id: id(), email: demoAccounts.admin, name: "Beheerder Weerbaar" },
  };
  db.transaction((tx) => {
    tx.insert(organisations)
      .values([
        { id: party, name: "Demopartij", kind: "national_party" },
        { id: branch, name: "Demopartij Utrecht", kind: "local_branch", parentId: party },
      ])
      .run();
    tx.insert(users)
      .values([
        { ...people.itLead, passwordHash },
        { ...people.campaignManager, passwordHash },
        { ...people.contributor, passwordHash },
        { ...people.analyst, passwordHash, platformRole: "analyst" },
        { ...people.admin, passwordHash, platformRole: "admin" },
      ])
      .run();
    tx.insert(memberships)
      .values([
        { id: id(), userId: people.itLead.id, organisationId: party, role: "it_lead" },
        { id: id(), userId: people.itLead.id, organisationId: branch, role: "it_lead" },
        { id: id(), userId: people.campaignManager.id, organisationId: party, role: "campaign_manager" },
        { id: id(), userId: people.contributor.id, organisationId: party, role: "contributor" },
      ])
      .run();
  });
}
