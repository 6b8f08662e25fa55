import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-cli-"));
const databasePath = path.join(dir, "cli.sqlite");
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_PATH: databasePath,
  NODE_ENV: "production",
  SESSION_SECRET: "s".repeat(40),
  BASE_URL: "https://weerbaar.example.nl",
  SMTP_URL: "smtp://127.0.0.1:9",
};

function run(args: string[], input: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/admin.ts", ...args], { env, input, encoding: "utf8" });
}

describe("npm run admin -- create-admin", () => {
  it("creates a platform admin on a production database with the password from standard input", async () => {
    const created = run(["create-admin", "--email", "Ops@Example.nl"], "een sterk beheerderswachtwoord\n");
    expect(created.stderr).toBe("");
    expect(created.stdout).toContain("Platform admin ops@example.nl created.");
    expect(created.status).toBe(0);
    const Database = (await import("better-sqlite3")).default;
    const db = new Database(databasePath, { readonly: true });
    const row = db.prepare("select email, platform_role as role, password_hash as hash from users").get();
    const audit = db.prepare("select action from audit_events").all();
    db.close();
    expect(row).toMatchObject({ email: "ops@example.nl", role: "admin" });
    expect(JSON.stringify(row)).not.toContain("een sterk beheerderswachtwoord");
    expect(audit).toEqual([{ action: "admin_created" }]);
    // Production never gets demo data, even through the CLI.
    const dbAgain = new Database(databasePath, { readonly: true });
    expect(dbAgain.prepare("select count(*) as n from organisations").get()).toEqual({ n: 0 });
    dbAgain.close();
  });

  it("refuses a weak password, a duplicate and a missing e-mail with a clear line", () => {
    const weak = run(["create-admin", "--email", "zwak@example.nl"], "kort\n");
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain("shorter than 12 characters");
    const duplicate = run(["create-admin", "--email", "ops@example.nl"], "een sterk beheerderswachtwoord\n");
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toContain("already exists");
    const missing = run(["create-admin"], "");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--email");
  });
});

describe("npm run admin -- reset-two-step", () => {
  it("turns two-step sign-in off, deletes the recovery codes and ends every session of that account only", () => {
    expect(run(["create-admin", "--email", "lost@example.nl"], "een sterk beheerderswachtwoord\n").status).toBe(0);
    expect(run(["create-admin", "--email", "other@example.nl"], "nog een sterk wachtwoord hier\n").status).toBe(0);
    const db = new Database(databasePath);
    const ids = Object.fromEntries(
      db
        .prepare("select email, id from users")
        .all()
        .map((row) => [String((row as { email: string }).email), String((row as { id: string }).id)]),
    );
    const now = Math.floor(Date.now() / 1000);
    for (const email of ["lost@example.nl", "other@example.nl"]) {
      db.prepare("update users set totp_secret_encrypted = 'sealed', totp_enabled_at = ?, totp_last_step = 1 where id = ?").run(now, ids[email]);
      db.prepare("insert into recovery_codes (user_id, code_hash, created_at) values (?, ?, ?)").run(ids[email], `hash-${email}`, now);
      db.prepare("insert into sessions (id_hash, user_id, created_at, last_seen_at, expires_at) values (?, ?, ?, ?, ?)").run(
        `s-${email}`,
        ids[email],
        now,
        now,
        now + 3600,
      );
    }
    db.close();

    const reset = run(["reset-two-step", "--email", "Lost@Example.nl"], "");
    expect(reset.status).toBe(0);
    expect(reset.stdout).toContain("Two-step sign-in for lost@example.nl is off");

    const after = new Database(databasePath, { readonly: true });
    const totp = (id: string | undefined) =>
      after.prepare("select totp_secret_encrypted as secret, totp_enabled_at as enabled from users where id = ?").get(id);
    const countFor = (table: string, id: string | undefined) => after.prepare(`select count(*) as n from ${table} where user_id = ?`).get(id);
    expect(totp(ids["lost@example.nl"])).toEqual({ secret: null, enabled: null });
    expect(countFor("recovery_codes", ids["lost@example.nl"])).toEqual({ n: 0 });
    expect(countFor("sessions", ids["lost@example.nl"])).toEqual({ n: 0 });
    // Nobody else is touched.
    expect(totp(ids["other@example.nl"])).toEqual({ secret: "sealed", enabled: now });
    expect(countFor("recovery_codes", ids["other@example.nl"])).toEqual({ n: 1 });
    expect(countFor("sessions", ids["other@example.nl"])).toEqual({ n: 1 });
    expect(after.prepare("select action, target_id as target from audit_events where action = 'two_step_reset'").all()).toEqual([
      { action: "two_step_reset", target: ids["lost@example.nl"] },
    ]);
    after.close();
  });

  it("says so when the account does not exist or no e-mail is given", () => {
    const unknown = run(["reset-two-step", "--email", "nobody@example.nl"], "");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("There is no account for nobody@example.nl");
    const missing = run(["reset-two-step"], "");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("reset-two-step --email ADDRESS");
  });
});
