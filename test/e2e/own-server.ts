// A second, private server for tests that would disturb the shared one (lock-outs of the loopback
// address, for instance): same flags as `npm run serve`, its own database, stopped by the caller.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, serveNodeFlags } from "../../scripts/server-process";

export type OwnServer = { baseUrl: string; databasePath: string; output: () => string; stop: () => Promise<void>; crash: () => Promise<void> };

/** `databasePath` and `port` start it again on an earlier server's database (that server must have crashed, not stopped). */
export async function startOwnServer({
  env = {},
  cwd = process.cwd(),
  databasePath: reused,
  port: fixedPort,
}: { env?: Record<string, string>; cwd?: string; databasePath?: string; port?: number } = {}): Promise<OwnServer> {
  const dir = reused ? path.dirname(reused) : fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-own-"));
  const port = fixedPort ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const databasePath = reused ?? path.join(dir, "own.sqlite");
  let output = "";
  const child = spawn(process.execPath, [...serveNodeFlags(), "server.js"], {
    env: { ...process.env, PORT: String(port), DATABASE_PATH: databasePath, NODE_ENV: "test", BASE_URL: baseUrl, WEERBAAR_QUIET: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    cwd,
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) resolve();
      else child.once("exit", () => resolve()).kill("SIGTERM");
    }).then(() => fs.rmSync(dir, { recursive: true, force: true }));
  // As a power cut or the OOM killer would end it: no signal handler runs, the files stay.
  const crash = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once("exit", () => resolve()).kill("SIGKILL");
    });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited during start-up:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The app did not answer /healthz within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { baseUrl, databasePath, output: () => output, stop, crash };
}
