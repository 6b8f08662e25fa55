// `npm run bench`: build, fill a production-mode database (npm run seed:synthetic, 1,000 organisations),
// start the server on 127.0.0.1 and load it with autocannon (32 connections) — see docs/performance.md.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { freePort, packageScripts, serveNodeFlags } from "./server-process";
import { measurePages } from "./js-per-page";

const connections = 32;
const duration = Number(process.env.BENCH_SECONDS ?? "10");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-bench-"));
const databasePath = path.join(dir, "bench.sqlite");
const password = "bench password for weerbaar";
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  DATABASE_PATH: databasePath,
  SESSION_SECRET: "bench-secret-bench-secret-bench-secret-0123",
  // The bench sends no mail; production only insists that a mail server is configured.
  SMTP_URL: "smtp://127.0.0.1:9",
  WEERBAAR_QUIET: "1",
};

// The app modules imported below read their configuration from process.env.
Object.assign(process.env, {
  NODE_ENV: env.NODE_ENV,
  DATABASE_PATH: databasePath,
  SESSION_SECRET: env.SESSION_SECRET,
  BASE_URL: "http://127.0.0.1",
  SMTP_URL: env.SMTP_URL,
});

function run(command: string, args: string[], extra: Record<string, string> = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, BASE_URL: "http://127.0.0.1", ...extra } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

/** A bench organisation, IT lead and half-answered assessment, made through the app's own models. */
type BenchQuestion = { id: string; answers: [string, string]; revision: number };

async function prepareBenchAccount(): Promise<{ email: string; assessmentId: string; questions: BenchQuestion[] }> {
  const { openDatabase } = await import("../db/client");
  const { db } = openDatabase(databasePath);
  const { organisations, users, memberships } = await import("../db/schema");
  const { hashPassword } = await import("../app/security/password.server");
  const { currentQuestionnaire } = await import("../app/questionnaire/current");
  const ids = { org: "bench-org", user: "bench-user" };
  db.insert(organisations).values({ id: ids.org, name: "Benchpartij", kind: "national_party" }).run();
  db.insert(users)
    .values({ id: ids.user, email: "bench@bench.test", name: "Bench", passwordHash: await hashPassword(password) })
    .run();
  db.insert(memberships).values({ id: "bench-membership", userId: ids.user, organisationId: ids.org, role: "it_lead" }).run();
  db.$client.close();
  const { startAssessment, getAssessment } = await import("../app/models/assessments.server");
  const { saveAnswers } = await import("../app/models/answers.server");
  const actor = { userId: ids.user, organisationId: ids.org, role: "it_lead" as const, ipAddress: "127.0.0.1" };
  const started = startAssessment({ actor, electionType: "provinciale_staten", electionDate: "2027-03-17", carryOver: false });
  if (!started.ok) throw new Error("could not start the bench assessment");
  const assessment = getAssessment({ id: started.id, organisationId: ids.org });
  if (!assessment) throw new Error("bench assessment missing");
  const unconditional = currentQuestionnaire.questions.filter((q) => !q.condition);
  saveAnswers({
    actor,
    assessment,
    changes: unconditional
      .filter((_, i) => i % 2 === 0)
      .map((q) => ({ questionId: q.id, value: { kind: "option", optionId: q.options[1]?.id ?? "" }, note: "", baseRevision: 0, confirm: false })),
  });
  // The bench party gets 300 branches at every sharing level and stage, for the party overview.
  const { seedBranches, manyBranches } = await import("./seed-branches");
  const { getDb } = await import("../app/db.server");
  getDb().transaction((tx) => {
    seedBranches({ db: tx, partyId: ids.org, branches: manyBranches({ count: 300 }), passwordHash: "not-a-usable-hash", salt: 3 });
  });
  const { closeDb } = await import("../app/db.server");
  closeDb();
  // Saves alternate between a question's first two options (every question has them; few allow "not applicable").
  const questions = unconditional.map((q, i): BenchQuestion => ({
    id: q.id,
    answers: [`option:${q.options[0]?.id}`, `option:${q.options[1]?.id}`],
    revision: i % 2 === 0 ? 1 : 0,
  }));
  return { email: "bench@bench.test", assessmentId: started.id, questions };
}

const only = process.argv
  .find((arg) => arg.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
function wanted(route: string): boolean {
  return !only || only.includes(route);
}

type Result = { rps: number; p50_ms: number; p99_ms: number; errors: number; non2xx: number; cpu_ms: number | null };

// The server's own CPU time (user + system, from /proc) per measured request: unlike requests per second it
// hardly depends on what else runs on the machine, so runs on a busy machine stay comparable.
let serverPid: number | undefined;
const clockTicksPerSecond = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;
function serverCpuMs(): number | null {
  if (serverPid === undefined) return null;
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = fs.readFileSync(`/proc/${serverPid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
  } catch {
    return null;
  }
}

const warmUp = Number(process.env.BENCH_WARMUP_SECONDS ?? "3");

function loadFor(options: autocannon.Options, seconds: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ connections, ...options, duration: seconds }, (error, result) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result),
    );
  });
}

/** Loads a route for a few unmeasured seconds first, so the JIT and the heap settle before the measurement. */
async function load(options: autocannon.Options): Promise<Result> {
  if (warmUp > 0) await loadFor(options, warmUp);
  const cpuBefore = serverCpuMs();
  const result = await loadFor(options, duration);
  const cpuAfter = serverCpuMs();
  const cpu = cpuBefore !== null && cpuAfter !== null && result.requests.total > 0 ? (cpuAfter - cpuBefore) / result.requests.total : null;
  return {
    rps: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    cpu_ms: cpu === null ? null : Math.round(cpu * 100) / 100,
  };
}

/**
 * Gzip'd bytes of the JavaScript a browser loads for a route: the client entry, root and the route with
 * all their imports, exactly the list Remix preloads (read from the server build's assets manifest).
 */
// The JavaScript a page loads before it works, counted as `npm run bench:js` counts it (messages included).
function jsGzipKb(routeId: string): number {
  const page = measurePages().find((measured) => measured.routeId === routeId);
  if (!page) throw new Error(`route ${routeId} not in the build`);
  return Math.round((page.gzipBytes / 1024) * 10) / 10;
}

async function pageBytes(url: string, cookie: string): Promise<number> {
  const html = await (await fetch(url, { headers: { Cookie: cookie } })).text();
  let total = zlib.gzipSync(html).length;
  for (const match of html.matchAll(/(?:href|src)="(\/assets\/[^"]+\.(?:js|css))"/g)) {
    const asset = match[1] ?? "";
    total += zlib.gzipSync(fs.readFileSync(path.join("build/client", asset))).length;
  }
  return Math.round((total / 1024) * 10) / 10;
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? "0");
  return Math.round(kb / 102.4) / 10;
}

async function main() {
  if (!process.argv.includes("--no-build")) run("npm", ["run", "-s", "build"]);
  const seedScript = packageScripts()["seed:synthetic"];
  // The synthetic seed refuses production databases; the server then runs in production mode on it.
  if (seedScript) run("npm", ["run", "-s", "seed:synthetic", "--", "--orgs", "1000", "--seed", "1"], { NODE_ENV: "test" });
  else console.warn("npm run seed:synthetic is not available: benchmarking on an empty database");
  const bench = await prepareBenchAccount();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // --profile writes a V8 CPU profile of the server to bench-profiles/ (open it in Chrome DevTools);
  // --only=<route>[,<route>] measures just those routes (the floor always runs, for the ratio).
  const profileDir = path.resolve("bench-profiles");
  const nodeArgs = process.argv.includes("--profile") ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  // BENCH_SERVER_NODE_OPTIONS tries V8 flags on the server alone (the load generator keeps its own).
  const serverNodeOptions = process.env.BENCH_SERVER_NODE_OPTIONS ?? env.NODE_OPTIONS ?? "";
  const server = spawn(process.execPath, [...serveNodeFlags(), ...nodeArgs, "server.js"], {
    env: { ...env, NODE_OPTIONS: serverNodeOptions, PORT: String(port), BASE_URL: base },
    stdio: ["ignore", "inherit", "inherit"],
  });
  serverPid = server.pid;
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/healthz`)).ok) break;
      } catch {
        // starting
      }
      if (i > 200) throw new Error("server did not start");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const login = await fetch(`${base}/login`, {
      method: "POST",
      headers: { Origin: base },
      body: new URLSearchParams({ email: bench.email, password }),
      redirect: "manual",
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    if (login.status !== 302 || !cookie) throw new Error(`bench sign-in failed (${login.status})`);
    // Origin as a browser sends it: state-changing requests without one are refused.
    const headers = { Cookie: cookie, Origin: base };
    const domainPath = `/assessments/${bench.assessmentId}/domains/accounts`;
    let results: Record<string, Result> = {};
    // The floor runs first and again after every route; a route's ratio is to the mean of the floor runs
    // just before and just after it, so drift during the run (this is a shared machine) does not land on one
    // route.
    const floors: Result[] = [await load({ url: `${base}/ping` })];
    const floorsAround: Record<string, [Result, Result]> = {};
    async function measureRoute({ name, run }: { name: string; run: () => Promise<Result> }): Promise<void> {
      const before = floors.at(-1);
      results[name] = await run();
      const after = await load({ url: `${base}/ping` });
      floors.push(after);
      if (before) floorsAround[name] = [before, after];
    }
    if (wanted("sign_in_page")) await measureRoute({ name: "sign_in_page", run: () => load({ url: `${base}/login` }) });
    if (wanted("domain_page")) await measureRoute({ name: "domain_page", run: () => load({ url: `${base}${domainPath}`, headers }) });
    // Every save is a real write: requests take the 60 questions in turn (more than the 32 in flight, so
    // two saves of one question rarely overlap), alternate between two options and send the revision the
    // server returned last. autocannon gives each request a fresh context, so state lives per question.
    const pool = bench.questions.map((question) => ({ question, revision: question.revision, flip: false }));
    const inFlight = new WeakMap<object, (typeof pool)[number]>();
    let turn = 0;
    if (wanted("save_answer")) {
      await measureRoute({
        name: "save_answer",
        run: () =>
          load({
            url: `${base}/assessments/${bench.assessmentId}/answers`,
            requests: [
              {
                method: "POST",
                headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
                setupRequest: (request, context) => {
                  const state = pool[turn++ % pool.length];
                  if (!state) throw new Error("no questions to save");
                  inFlight.set(context, state);
                  state.flip = !state.flip;
                  const answer = state.question.answers[state.flip ? 0 : 1];
                  return {
                    ...request,
                    body: new URLSearchParams({ questionId: state.question.id, answer, note: "", revision: String(state.revision) }).toString(),
                  };
                },
                onResponse: (status, body, context) => {
                  const state = inFlight.get(context);
                  if (process.env.BENCH_DEBUG && status !== 200) console.log(status, body.slice(0, 200));
                  try {
                    const parsed: unknown = JSON.parse(body);
                    if (!state || !parsed || typeof parsed !== "object") return;
                    if ("revision" in parsed && typeof parsed.revision === "number") state.revision = parsed.revision;
                    // An overlapping save of the same question got there first: continue from its revision.
                    if (
                      "theirs" in parsed &&
                      parsed.theirs &&
                      typeof parsed.theirs === "object" &&
                      "revision" in parsed.theirs &&
                      typeof parsed.theirs.revision === "number"
                    ) {
                      state.revision = parsed.theirs.revision;
                    }
                  } catch {
                    // keep the old revision
                  }
                },
              },
            ],
          }),
      });
    }
    if (wanted("results_page"))
      await measureRoute({ name: "results_page", run: () => load({ url: `${base}/assessments/${bench.assessmentId}/results`, headers }) });
    if (wanted("party_overview")) await measureRoute({ name: "party_overview", run: () => load({ url: `${base}/party`, headers }) });

    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
    const floorRow: Result = {
      rps: Math.round(mean(floors.map((f) => f.rps))),
      p50_ms: Math.round(mean(floors.map((f) => f.p50_ms))),
      p99_ms: Math.max(...floors.map((f) => f.p99_ms)),
      errors: floors.reduce((sum, f) => sum + f.errors, 0),
      non2xx: floors.reduce((sum, f) => sum + f.non2xx, 0),
      cpu_ms: floors.every((f) => f.cpu_ms !== null) ? Math.round(mean(floors.map((f) => f.cpu_ms ?? 0)) * 100) / 100 : null,
    };
    results = { floor: floorRow, ...results };
    const floorFor = (name: string) => {
      const around = floorsAround[name];
      return (around ? mean(around.map((f) => f.rps)) : floorRow.rps) || 1;
    };
    const report: Record<string, unknown> = {};
    console.log("\nroute            rps     ratio  p50 ms  p99 ms  non-2xx  server CPU ms/request  CPU ratio");
    for (const [name, result] of Object.entries(results)) {
      const ratio = Math.round((result.rps / floorFor(name)) * 100) / 100;
      // The floor's CPU per request over the route's: what the ratio would be with a core to itself.
      const cpuRatio = result.cpu_ms && floorRow.cpu_ms ? Math.round((floorRow.cpu_ms / result.cpu_ms) * 100) / 100 : null;
      report[name] = { rps: result.rps, p50_ms: result.p50_ms, p99_ms: result.p99_ms, ratio, cpu_ms: result.cpu_ms, cpu_ratio: cpuRatio };
      console.log(
        `${name.padEnd(16)} ${String(result.rps).padStart(6)}  ${ratio.toFixed(2).padStart(5)}  ${String(result.p50_ms).padStart(6)}  ${String(result.p99_ms).padStart(6)}  ${String(result.non2xx + result.errors).padStart(7)}  ${String(result.cpu_ms ?? "—").padStart(21)}  ${String(cpuRatio ?? "—").padStart(9)}`,
      );
    }
    report.js_gzip_kb = { sign_in_page: jsGzipKb("routes/login"), questionnaire_page: jsGzipKb("routes/assessments.$id.domains.$domain") };
    report.page_kb = { sign_in_page: await pageBytes(`${base}/login`, ""), questionnaire_page: await pageBytes(`${base}${domainPath}`, cookie) };
    report.rss_mb = rssMb(server.pid ?? 0);
    report.floor_runs_rps = floors.map((f) => f.rps);
    console.log(`\nfloor runs (first, then after each route): ${floors.map((f) => f.rps).join(" / ")} rps`);
    console.log(
      `JavaScript (gzip) kB: ${JSON.stringify(report.js_gzip_kb)}; whole pages (gzip, HTML+JS+CSS) kB: ${JSON.stringify(report.page_kb)}; server RSS ${JSON.stringify(report.rss_mb)} MB`,
    );
    console.log(JSON.stringify(report));
  } finally {
    // Wait for the server to exit, so a --profile run has written its profile.
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
