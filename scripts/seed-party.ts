// `npx tsx scripts/seed-party.ts --branches N`: adds a national party ("Grote Partij") with N branches at every
// sharing level and stage, and its IT lead party-lead@bench.test (password below), to DATABASE_PATH. For
// looking at (and timing) the party overview of a large party. Refuses to run in production.
import { hash } from "@node-rs/argon2";
import { closeDb, getDb } from "../app/db.server";
import { getConfig } from "../app/utils/config.server";
import { manyBranches, seedBranches } from "./seed-branches";
import { memberships, organisations, users } from "../db/schema";

export const partyLeadEmail = "party-lead@bench.test";
export const partyLeadPassword = "bench password for weerbaar";

/** Adds the party, its IT lead and `count` branches; returns the party's id. */
export async function seedLargeParty({
  count,
  partyId = "grote-partij",
  name = "Grote Partij",
}: {
  count: number;
  partyId?: string;
  name?: string;
}): Promise<string> {
  const passwordHash = await hash(partyLeadPassword, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const db = getDb();
  db.transaction((tx) => {
    tx.insert(organisations).values({ id: partyId, name, kind: "national_party" }).run();
    tx.insert(users)
      .values({ id: `${partyId}-lead`, email: partyLeadEmail, name: "IT-verantwoordelijke Grote Partij", passwordHash })
      .run();
    tx.insert(memberships)
      .values({ id: `${partyId}-lead-membership`, userId: `${partyId}-lead`, organisationId: partyId, role: "it_lead" })
      .run();
    seedBranches({ db: tx, partyId, branches: manyBranches({ count }), passwordHash, salt: 3 });
  });
  return partyId;
}

async function main(): Promise<number> {
  const index = process.argv.indexOf("--branches");
  const count = Number(process.argv[index + 1] ?? "");
  if (index < 0 || !Number.isInteger(count) || count < 1 || count > 5000) {
    console.error("Usage: npx tsx scripts/seed-party.ts --branches N   (N from 1 to 5000)");
    return 2;
  }
  if (getConfig().isProduction) {
    console.error("Refusing to seed a production database.");
    return 1;
  }
  const started = Date.now();
  await seedLargeParty({ count });
  closeDb();
  console.log(`Added "Grote Partij" with ${count} branches in ${Date.now() - started} ms; sign in as ${partyLeadEmail}.`);
  return 0;
}

if (process.argv[1]?.endsWith("seed-party.ts")) process.exitCode = await main();
