import { count } from "drizzle-orm";
import { organisations, users } from "../db/schema";
import { seedDemoData, seedDemoInsights } from "../scripts/seed";
import { openShared } from "./db.server";
import { recordQuestionnaireVersion } from "./models/questionnaire-versions.server";
import { questionnaireVersions } from "./questionnaire/current";
import { ConfigError, getConfig } from "./utils/config.server";
import { latestReleaseMinGroup } from "./models/insights.server";
import { sealPlainContributions } from "./models/seal-contributions.server";
import type { Config } from "./utils/config";

/**
 * Everything that must hold before the first request: valid configuration, a migrated database
 * with every published questionnaire version recorded (a changed one stops start-up) and, on an empty non-production database, the demo data. Called once by server.js.
 */
export async function startup(): Promise<{ config: Config; seeded: boolean }> {
  const config = getConfig();
  const { db } = openShared();
  // Migration 0012's data step: contributions of an older database are sealed with the configured key (ADR 018).
  const sealed = sealPlainContributions();
  if (sealed > 0) console.log(`Weerbaar: sealed ${sealed} contributions of an older database with the configured key.`);
  // Every version, not only the current one: assessments on an earlier version must keep their meaning too.
  for (const questionnaire of questionnaireVersions.values()) recordQuestionnaireVersion({ questionnaire });
  // K may be raised, never lowered: a lower K than an earlier release used could show groups it protected.
  const previousK = latestReleaseMinGroup();
  if (previousK !== null && config.insightsMinGroup < previousK) {
    throw new ConfigError(
      `Configuration error: INSIGHTS_MIN_GROUP must be at least ${previousK}, the value the latest release used (got "${config.insightsMinGroup}")`,
    );
  }
  let seeded = false;
  if (!config.isProduction) {
    const userCount = db.select({ n: count() }).from(users).get()?.n ?? 0;
    const orgCount = db.select({ n: count() }).from(organisations).get()?.n ?? 0;
    if (userCount === 0 && orgCount === 0) {
      await seedDemoData(db);
      seedDemoInsights({ minGroup: config.insightsMinGroup });
      seeded = true;
    }
  }
  return { config, seeded };
}
