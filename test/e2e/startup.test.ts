// Start-up rules, checked on the real server process.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

function start(env: Record<string, string>, waitMs = 15_000): Promise<{ code: number | null; stdout: string; stderr: string; kill: () => void }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["server.js"], { env: { ...process.env, WEERBAAR_QUIET: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => resolve({ code: null, stdout, stderr, kill: () => child.kill() }), waitMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, kill: () => undefined });
    });
  });
}

const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-start-")), "db.sqlite");

describe("start-up", () => {
  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ NODE_ENV: "staging" }, "NODE_ENV"],
    [{ NODE_ENV: "production", BASE_URL: "https://w.example.nl" }, "SESSION_SECRET"],
    [{ NODE_ENV: "production", BASE_URL: "https://w.example.nl", SESSION_SECRET: "too-short" }, "SESSION_SECRET"],
    [{ NODE_ENV: "production", BASE_URL: "https://w.example.nl", SESSION_SECRET: "p".repeat(40) }, "SMTP_URL"],
  ])("stops with one clear line for %o", async (env, variable) => {
    const result = await start({ DATABASE_PATH: tmp(), ...env });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Configuration error: ${variable} `));
  });

  it("creates the database folder, uses WAL, and never loads demo data in production", async () => {
    const databasePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-prod-")), "nested", "folder", "db.sqlite");
    const port = String(41000 + Math.floor(Math.random() * 2000));
    const result = await start(
      {
        DATABASE_PATH: databasePath,
        NODE_ENV: "production",
        SESSION_SECRET: "p".repeat(40),
        SMTP_URL: "smtp://127.0.0.1:9",
        BASE_URL: `http://127.0.0.1:${port}`,
        PORT: port,
      },
      4000,
    );
    try {
      expect(result.code).toBeNull(); // still running
      expect(fs.existsSync(databasePath)).toBe(true);
      expect(fs.existsSync(`${databasePath}-wal`)).toBe(true);
      const response = await fetch(`http://127.0.0.1:${port}/login`, {
        method: "POST",
        headers: { Origin: `http://127.0.0.1:${port}` },
        body: new URLSearchParams({ email: "it-lead@demo.test", password: "weerbaar-demo" }),
        redirect: "manual",
      });
      expect(response.status).toBe(401);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.headers.get("strict-transport-security")).toContain("max-age=");
      expect(result.stdout).not.toContain("demo data");
    } finally {
      result.kill();
    }
  });
});
