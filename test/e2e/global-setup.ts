// Starts the built app on a free port with a fresh database (demo data loaded, as `npm start` does on a
// new non-production database) and hands its address to the browser and HTTP tests.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, serveNodeFlags } from "../../scripts/server-process";
import { chromiumPath } from "./chromium-path";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let child: ChildProcess | undefined;
let dir: string | undefined;

export default async function setup(project: TestProject) {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. The browser tests need it and are never skipped. Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  if (!fs.existsSync("build/server/index.js")) throw new Error("No build found: run `npm run build` before the browser tests (npm test does this).");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-e2e-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = "";
  // Started as `npm run serve` starts it (same node flags), so the tests run under the production heap limit.
  child = spawn(process.execPath, [...serveNodeFlags(), "server.js"], {
    env: { ...process.env, PORT: String(port), DATABASE_PATH: path.join(dir, "e2e.sqlite"), NODE_ENV: "test", BASE_URL: baseUrl, WEERBAAR_QUIET: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited during start-up:\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The app did not answer /healthz within 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  project.provide("baseUrl", baseUrl);
  return () => {
    child?.kill("SIGTERM");
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
}
