// `npm start`: build when the build is missing or older than the sources, then run server.js.
// Outside production (NODE_ENV unset means development) a new database gets the demo data.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

process.env.NODE_ENV ??= "development";

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const serverBuild = "build/server/index.js";
// The demo seed lives in scripts/ but is part of the server build (startup loads it on a new database).
const seedSources = ["scripts/seed.ts", "scripts/demo-dates.ts"].map((file) => fs.statSync(file).mtimeMs);
const sources = Math.max(newestMtime("app"), newestMtime("db"), ...seedSources, fs.statSync("package.json").mtimeMs);
const stale = !fs.existsSync(serverBuild) || fs.statSync(serverBuild).mtimeMs < sources;
if (stale) {
  console.log("Building Weerbaar…");
  const result = spawnSync(process.execPath, ["node_modules/@remix-run/dev/dist/cli.js", "vite:build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

await import("../server.js");
