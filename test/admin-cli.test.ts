import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-cli-"));
const databasePath = path.join(dir, "cli.sqlite");
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: databasePath, NODE_ENV: "production", SESSION_SECRET: "s".repeat(40), BASE_URL: "https://weerbaar.example.nl" };

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
