// Nothing stored links a contribution to its organisation (ADR 018): after sharing, every table and column
// of the real SQLite file is compared with before, and the file's bytes are searched for the code; the
// migration removes the plain tokens and the audit events of sharing from an older database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { describe, expect, it } from "vitest";
import { getDb } from "../app/db.server";
import { shareAssessment, withdrawShare } from "../app/models/insights.server";
import { createToken, sha256 } from "../app/utils/crypto.server";
import { withdrawalCodeHash } from "../app/utils/withdrawal-code.server";
import { migrationsFolder } from "../db/client";
import { makeParty, submittedAssessment } from "./insights/helpers";

type Row = Record<string, unknown>;

/** Every row of every table, as the raw database holds it (sqlite_master read live, so no table is missed). */
function dumpDatabase(sqlite: Database.Database): Map<string, Row[]> {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
  const dump = new Map<string, Row[]>();
  for (const table of tables) {
    const name = table && typeof table === "object" && "name" in table ? String(table.name) : "";
    const rows = sqlite.prepare(`SELECT * FROM "${name}"`).all();
    dump.set(
      name,
      rows.filter((row): row is Row => Boolean(row) && typeof row === "object"),
    );
  }
  return dump;
}

function keyOf(row: Row): string {
  return JSON.stringify(row);
}

/** Rows added and rows removed per table between two dumps (a changed row is one of each). */
function differences(before: Map<string, Row[]>, after: Map<string, Row[]>) {
  const changes: Array<{ table: string; added: Row[]; removed: Row[] }> = [];
  for (const [table, rows] of after) {
    const old = new Set((before.get(table) ?? []).map(keyOf));
    const now = new Set(rows.map(keyOf));
    const added = rows.filter((row) => !old.has(keyOf(row)));
    const removed = (before.get(table) ?? []).filter((row) => !now.has(keyOf(row)));
    if (added.length || removed.length) changes.push({ table, added, removed });
  }
  return changes;
}

function fileBytes(databasePath: string): string {
  return [databasePath, `${databasePath}-wal`]
    .filter((file) => fs.existsSync(file))
    .map((file) => fs.readFileSync(file).toString("latin1"))
    .join("");
}

describe("a shared contribution", () => {
  it("changes nothing in the database but one new contribution and the assessment's yes/no, with no id, time or code that links them", async () => {
    const party = await makeParty({ name: "Partij Koppelbaar", kind: "local_party" });
    const assessment = submittedAssessment(party.leadActor);
    const sqlite = getDb().$client;
    const before = dumpDatabase(sqlite);
    const sharedAt = Date.now();
    const shared = shareAssessment({ actor: party.leadActor, assessment });
    if (!shared.ok) throw new Error(shared.error);
    const after = dumpDatabase(sqlite);

    const changes = differences(before, after);
    expect(changes.map((c) => c.table).sort()).toEqual(["assessments", "contributions"]);
    const contribution = changes.find((c) => c.table === "contributions");
    expect(contribution?.added.length).toBe(1);
    expect(contribution?.removed.length).toBe(0);
    const row = contribution?.added[0] ?? {};
    const assessmentChange = changes.find((c) => c.table === "assessments");
    expect(assessmentChange?.added.length).toBe(1);
    const [was, is] = [assessmentChange?.removed[0] ?? {}, assessmentChange?.added[0] ?? {}];
    // The assessment changed in one column, and only to "yes".
    expect(Object.keys(is).filter((column) => is[column] !== was[column])).toEqual(["shared"]);
    expect(is.shared).toBe(1);

    // The contribution holds no id, name, person or code of the party, and no time at all.
    const linking = [party.org.id, party.org.name, assessment.id, party.lead.id, party.contributor.id, shared.code, shared.code.replace(/-/g, "")];
    for (const value of Object.values(row)) {
      for (const secret of linking) expect(String(value)).not.toContain(secret);
      if (typeof value === "number" && value > 1_000_000_000) {
        // A number that could be a time: not within a day of sharing, in seconds or milliseconds.
        expect(Math.abs(value - sharedAt), "milliseconds").toBeGreaterThan(86_400_000);
        expect(Math.abs(value - sharedAt / 1000), "seconds").toBeGreaterThan(86_400);
      }
    }
    expect(row.withdrawal_token_hash).toBe(withdrawalCodeHash(shared.code));
    // Its number is random, not the next in line: the order of rows says nothing about who shared when.
    const seqs = (after.get("contributions") ?? []).map((r) => Number(r.seq));
    expect(Math.max(...seqs)).toBeGreaterThan(1_000_000);
    // The contribution's number and hash appear nowhere else in the database.
    for (const [table, rows] of after) {
      if (table === "contributions") continue;
      const text = JSON.stringify(rows);
      expect(text, table).not.toContain(String(row.withdrawal_token_hash));
      expect(text, table).not.toContain(String(row.seq));
    }

    // The code itself is in no table and in no byte of the file.
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    const bytes = fileBytes(sqlite.name);
    expect(bytes).not.toContain(shared.code);
    expect(bytes).not.toContain(shared.code.replace(/-/g, ""));

    // Withdrawing changes the contribution and the yes/no only, and writes no event either.
    const beforeWithdraw = dumpDatabase(sqlite);
    expect(withdrawShare({ actor: party.leadActor, assessment, code: shared.code })).toEqual({ ok: true });
    expect(
      differences(beforeWithdraw, dumpDatabase(sqlite))
        .map((c) => c.table)
        .sort(),
    ).toEqual(["assessments", "contributions"]);
  });
});

describe("the migration to withdrawal codes", () => {
  it("removes the plain tokens, the date of sharing and the audit events of sharing from an older database; the contributions keep counting", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-migration-"));
    try {
      // The migrations up to the one before, as a database from before this change had them.
      const older = path.join(dir, "older-migrations");
      fs.mkdirSync(path.join(older, "meta"), { recursive: true });
      const journal: { entries: Array<{ tag: string }> } = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8"));
      const index = journal.entries.findIndex((entry) => entry.tag === "0009_withdrawal_codes_unlinked");
      expect(index).toBeGreaterThan(0);
      const kept = { ...journal, entries: journal.entries.slice(0, index) };
      fs.writeFileSync(path.join(older, "meta/_journal.json"), JSON.stringify(kept));
      for (const entry of kept.entries) fs.copyFileSync(path.join(migrationsFolder, `${entry.tag}.sql`), path.join(older, `${entry.tag}.sql`));

      const file = path.join(dir, "old.sqlite");
      const sqlite = new Database(file);
      sqlite.pragma("journal_mode = WAL");
      sqlite.pragma("secure_delete = ON");
      const db = drizzle(sqlite);
      migrate(db, { migrationsFolder: older });
      const token = createToken();
      const now = Date.now();
      sqlite.prepare("INSERT INTO organisations (id, name, kind, created_at) VALUES ('org-old', 'Oude Partij', 'local_party', ?)").run(now);
      sqlite.prepare("INSERT INTO users (id, email, name, password_hash, created_at) VALUES ('user-old', 'oud@test.nl', 'Oud', '!', ?)").run(now);
      sqlite
        .prepare(
          "INSERT INTO assessments (id, organisation_id, questionnaire_version, election_type, election_date, status, created_by_user_id, created_at, submitted_at, shared_at, share_token) VALUES ('assessment-old', 'org-old', 1, 'gemeenteraad', '2030-03-20', 'submitted', 'user-old', ?, ?, ?, ?)",
        )
        .run(now, now, now, token);
      sqlite
        .prepare(
          "INSERT INTO contributions (seq, organisation_kind, election_type, questionnaire_version, month, domain_scores, maturities, withdrawal_token_hash) VALUES (1, 'local_party', 'gemeenteraad', 1, '2026-02', '{\"accounts\":50}', '{}', ?)",
        )
        .run(sha256(token));
      sqlite
        .prepare(
          "INSERT INTO contributions (seq, organisation_kind, election_type, questionnaire_version, month, domain_scores, maturities, withdrawal_token_hash) VALUES (2, 'local_party', 'gemeenteraad', 1, '2026-02', '{\"accounts\":70}', '{}', ?)",
        )
        .run(sha256(createToken()));
      sqlite.prepare("INSERT INTO releases (id, published_at, min_group, max_seq, contribution_count, data) VALUES (1, ?, 5, 1, 1, '{}')").run(now);
      sqlite
        .prepare(
          "INSERT INTO audit_events (at, actor_user_id, organisation_id, action, target_type, target_id) VALUES (?, 'user-old', 'org-old', 'assessment_shared', 'assessment', 'assessment-old')",
        )
        .run(now);
      sqlite.prepare("INSERT INTO audit_events (at, actor_user_id, organisation_id, action) VALUES (?, 'user-old', 'org-old', 'sign_in')").run(now);
      sqlite.pragma("wal_checkpoint(TRUNCATE)");
      expect(fileBytes(file)).toContain(token);

      migrate(db, { migrationsFolder });
      sqlite.pragma("wal_checkpoint(TRUNCATE)");
      const columns = sqlite
        .prepare("SELECT name FROM pragma_table_info('assessments')")
        .all()
        .map((c) => (c && typeof c === "object" && "name" in c ? String(c.name) : ""));
      expect(columns).toContain("shared");
      expect(columns).not.toContain("share_token");
      expect(columns).not.toContain("shared_at");
      expect(sqlite.prepare("SELECT shared FROM assessments WHERE id = 'assessment-old'").get()).toEqual({ shared: 1 });
      expect(sqlite.prepare("SELECT action FROM audit_events ORDER BY id").all()).toEqual([{ action: "sign_in" }]);
      // The contributions stay, with the release they entered (the second one still waits).
      expect(sqlite.prepare("SELECT seq, withdrawn, released_in FROM contributions ORDER BY seq").all()).toEqual([
        { seq: 1, withdrawn: 0, released_in: 1 },
        { seq: 2, withdrawn: 0, released_in: null },
      ]);
      // The plain token is gone from every byte of the file (secure_delete zeroes what was removed).
      expect(fileBytes(file)).not.toContain(token);
      sqlite.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
