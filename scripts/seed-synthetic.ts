// `npm run seed:synthetic -- --orgs N --seed S`: adds N synthetic organisations, each with a submitted and
// shared assessment whose answers follow realistic patterns (the same for the same seed), then computes a
// release. Uses DATABASE_PATH like the app. Refuses to run in production.
import { like } from "drizzle-orm";
import { organisations } from "../db/schema";
import { closeDb, getDb } from "../app/db.server";
import { publishDueRelease } from "../app/models/insights.server";
import { createSyntheticOrganisations } from "../app/models/synthetic.server";
import { ConfigError, getConfig } from "../app/utils/config.server";

const usage = "Usage: npm run seed:synthetic -- --orgs N --seed S   (N from 1 to 100000, S a whole number)";

function parseArgs(args: string[]): { orgs: number; seed: number } | null {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i];
    const value = args[i + 1];
    if ((key !== "--orgs" && key !== "--seed") || value === undefined || values.has(key)) return null;
    values.set(key, value);
  }
  const orgs = values.get("--orgs");
  const seed = values.get("--seed") ?? "1";
  if (!orgs || !/^[1-9][0-9]{0,5}$/.test(orgs) || Number(orgs) > 100_000 || !/^[0-9]{1,9}$/.test(seed)) return null;
  return { orgs: Number(orgs), seed: Number(seed) };
}

function main(): number {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed) {
    console.error(usage);
    return 2;
  }
  let config;
  try {
    config = getConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  if (config.isProduction) {
    console.error("seed:synthetic refuses to run with NODE_ENV=production: synthetic organisations do not belong in a real database.");
    return 1;
  }
  // Numbering continues after earlier runs with the same seed, so a second run adds new organisations.
  const prefix = `Synthetische organisatie ${parsed.seed}-`;
  const existing = getDb()
    .select({ name: organisations.name })
    .from(organisations)
    .where(like(organisations.name, `${prefix}%`))
    .all();
  const from = existing.reduce((highest, row) => Math.max(highest, Number(row.name.slice(prefix.length)) || 0), 0) + 1;
  const started = performance.now();
  createSyntheticOrganisations({ count: parsed.orgs, seed: parsed.seed, from });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Added ${parsed.orgs} synthetic organisations (seed ${parsed.seed}, numbers ${from}–${from + parsed.orgs - 1}) to ${config.databasePath} in ${seconds} s.`,
  );
  // Releases follow the calendar here too: at most one per quarter (ADR 018).
  const release = publishDueRelease({ minGroup: config.insightsMinGroup });
  if (release.ok)
    console.log(`Computed release ${release.releaseId} (${release.period}) from ${release.contributionCount} contributions (K = ${config.insightsMinGroup}).`);
  else if (release.error === "too_few_new")
    console.log(`No release for ${release.period}: ${release.newContributions} new contributions since the last release, at least ${release.minGroup} needed.`);
  else console.log(`The release of ${release.period} was already decided; the next one follows the calendar.`);
  return 0;
}

const code = main();
closeDb();
process.exit(code);
