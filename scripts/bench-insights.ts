// `npm run bench:insights`: how long computing a release and answering /insights take as the number of
// contributions grows from 1,000 to 10,000 (targets: release ≤ 2 s and /insights ≤ 50 ms at 10,000).
// Runs on a throw-away database. /insights is measured through the production build's request handler
// (run `npm run build` first), as an analyst with a session, including rendering the whole page.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";

const sizes = [1_000, 2_500, 5_000, 10_000];
const requestsPerSize = 100;
const targets = { releaseMs: 2_000, insightsMs: 50 };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-bench-"));
process.env.DATABASE_PATH = path.join(dir, "bench.sqlite");
process.env.NODE_ENV = "test";
process.env.SESSION_SECRET = randomBytes(24).toString("base64url");
process.env.BASE_URL = "http://localhost:3000";

const { getDb, closeDb } = await import("../app/db.server");
const { users } = await import("../db/schema");
const { buildContribution, syntheticOrganisation } = await import("../app/insights");
const { currentQuestionnaire } = await import("../app/questionnaire/current");
const { publishDueRelease, storeContribution } = await import("../app/models/insights.server");
const { createUserSession } = await import("../app/auth/session.server");
const { getConfig } = await import("../app/utils/config.server");

type Handler = (request: Request, context: Record<string, unknown>) => Promise<Response>;

async function loadHandler(): Promise<Handler | null> {
  const buildPath = path.resolve("build/server/index.js");
  if (!fs.existsSync(buildPath)) return null;
  const { createRequestHandler } = await import("@remix-run/node");
  const build = await import(pathToFileURL(buildPath).href);
  const handle = createRequestHandler(build, "production");
  return (request, context) => handle(request, context);
}

function addContributions(from: number, to: number): void {
  const questionnaire = currentQuestionnaire;
  getDb().transaction((tx) => {
    for (let index = from; index <= to; index++) {
      const org = syntheticOrganisation({ seed: 42, index, questionnaire });
      storeContribution(tx, buildContribution({ ...org, questionnaire }));
    }
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

async function main(): Promise<number> {
  const minGroup = getConfig().insightsMinGroup;
  const handler = await loadHandler();
  const analystId = randomBytes(9).toString("base64url");
  getDb().insert(users).values({ id: analystId, email: "bench-analist@weerbaar.invalid", name: "Bench", passwordHash: "!", platformRole: "analyst" }).run();
  const setCookie = await createUserSession({ request: new Request("http://localhost/"), userId: analystId, ipAddress: "127.0.0.1" });
  const cookie = setCookie.split(";")[0] ?? "";

  console.log(
    `Weerbaar insights benchmark — K = ${minGroup}, Node ${process.version}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} on ${os.cpus().length} CPU(s)`,
  );
  if (!handler) console.log("No build found (build/server/index.js): /insights is not measured. Run `npm run build` first.");
  console.log("");
  console.log("contributions | release (ms) | /insights first (ms) | /insights median (ms) | /insights p95 (ms)");
  console.log("--------------|--------------|----------------------|-----------------------|-------------------");
  const results: Array<{ size: number; releaseMs: number; median: number | null }> = [];
  let have = 0;
  for (const size of sizes) {
    addContributions(have + 1, size);
    have = size;
    const started = performance.now();
    // One release per quarter: each size gets the next quarter.
    const release = publishDueRelease({ minGroup, now: new Date(Date.UTC(2030, 3 * sizes.indexOf(size), 15)) });
    const releaseMs = performance.now() - started;
    if (!release.ok) throw new Error(`no release at ${size}: ${JSON.stringify(release)}`);
    let first: number | null = null;
    let median: number | null = null;
    let p95: number | null = null;
    if (handler) {
      const times: number[] = [];
      for (let i = 0; i < requestsPerSize + 1; i++) {
        const begin = performance.now();
        const response = await handler(new Request("http://localhost/insights", { headers: { Cookie: cookie, "User-Agent": "weerbaar-bench" } }), {
          nonce: "bench",
          clientAddress: "127.0.0.1",
        });
        const body = await response.text();
        const elapsed = performance.now() - begin;
        if (response.status !== 200 || !body.includes(`Publicatie ${release.releaseId}`))
          throw new Error(`/insights answered ${response.status} without release ${release.releaseId}`);
        if (i === 0) first = elapsed;
        else times.push(elapsed);
      }
      median = percentile(times, 0.5);
      p95 = percentile(times, 0.95);
    }
    results.push({ size, releaseMs, median });
    const cell = (value: number | null, width: number) => (value === null ? "—" : value.toFixed(1)).padStart(width);
    console.log(`${size.toLocaleString("en-GB").padStart(13)} | ${cell(releaseMs, 12)} | ${cell(first, 20)} | ${cell(median, 21)} | ${cell(p95, 18)}`);
  }
  const smallest = results[0];
  const largest = results[results.length - 1];
  if (!smallest || !largest) return 1;
  console.log("");
  console.log(
    `Growth from ${smallest.size.toLocaleString("en-GB")} to ${largest.size.toLocaleString("en-GB")} contributions (×${largest.size / smallest.size}):`,
  );
  console.log(`  release:   ×${(largest.releaseMs / smallest.releaseMs).toFixed(1)} (it reads and aggregates every contribution, plus a fixed start-up cost)`);
  if (largest.median !== null && smallest.median !== null) {
    console.log(`  /insights: ×${(largest.median / smallest.median).toFixed(1)} (it reads one stored release: independent of the number of contributions)`);
  }
  const releaseOk = largest.releaseMs <= targets.releaseMs;
  const insightsOk = largest.median === null ? null : largest.median <= targets.insightsMs;
  console.log("");
  console.log(`Target release ≤ ${targets.releaseMs} ms at 10,000: ${releaseOk ? "met" : "NOT met"} (${largest.releaseMs.toFixed(0)} ms)`);
  if (insightsOk !== null)
    console.log(`Target /insights ≤ ${targets.insightsMs} ms at 10,000 (median): ${insightsOk ? "met" : "NOT met"} (${largest.median?.toFixed(1)} ms)`);
  if ((os.loadavg()[0] ?? 0) > os.cpus().length)
    console.log("Note: the machine was busy during this run (load average above the CPU count); the times are pessimistic.");
  return releaseOk && insightsOk !== false ? 0 : 1;
}

let code = 1;
try {
  code = await main();
} finally {
  closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
