// Nothing stored links a contribution to its organisation (ADR 018): after sharing, every table and column
// of the real SQLite file is compared with before, and the file's bytes are searched for the code and for the
// contribution's content and metadata (sealed whole with the configured key); the migrations remove the
// plain tokens and the audit events of sharing, and seal the plain contributions, of an older database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { getDb } from "../app/db.server";
import { computeRelease, sealedContributionText, syntheticOrganisation, buildContribution, type ContributionPayload } from "../app/insights";
import { questionIdsOf } from "../app/models/contribution-box.server";
import { previewContribution, shareAssessment, withdrawShare } from "../app/models/insights.server";
import { currentQuestionnaire, questionnaireVersions } from "../app/questionnaire/current";
import { createToken, sha256 } from "../app/utils/crypto.server";
import { withdrawalCodeHash } from "../app/utils/withdrawal-code.server";
import { migrationsFolder } from "../db/client";
import { translator } from "../app/i18n/translate";
import { fixedRandom, makeParty, submittedAssessment } from "./insights/helpers";

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

/**
 * Every encoding in which a contribution's content or metadata could sit in the file: the JSON of its scores
 * and answers (as the plain columns held them), the box's own JSON and its one-character-per-question
 * answers, the month, and the metadata as they would sit together in a row. Checked against the main file
 * and the write-ahead log.
 */
function expectNowhereInFile({ file, payload }: { file: string; payload: ContributionPayload }) {
  const bytes = fileBytes(file);
  const text = sealedContributionText({ withdrawn: false, payload }, questionIdsOf);
  const positional = z.object({ q: z.string() }).parse(JSON.parse(text)).q;
  const forms = {
    domainScores: JSON.stringify(payload.domainScores),
    maturities: JSON.stringify(payload.maturities),
    // A value overwritten in place can leave only its beginning behind.
    maturitiesStart: JSON.stringify(payload.maturities).slice(0, 64),
    boxText: text,
    boxScores: text.slice(0, text.indexOf(',"q":')),
    boxAnswers: positional,
    month: payload.month,
    metadata: `${payload.organisationKind}${payload.electionType}`,
  };
  for (const [form, value] of Object.entries(forms)) expect(bytes.includes(value), form).toBe(false);
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

    // Nor is what was shared: the row is the sealed box, a random seq, the code's hash and two flags.
    expect(Object.keys(row).sort()).toEqual(["released_in", "sealed", "seq", "withdrawal_token_hash", "withdrawn"]);
    expect(row.sealed).toBeInstanceOf(Buffer);
    const preview = previewContribution({ actor: party.leadActor, assessment });
    if (!preview.ok) throw new Error(preview.error);
    expectNowhereInFile({ file: sqlite.name, payload: preview.payload });

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

/** A folder with the committed migrations before `tag`, as a database from before that change had them. */
function migrationsBefore({ dir, tag }: { dir: string; tag: string }): string {
  const older = path.join(dir, `before-${tag}`);
  fs.mkdirSync(path.join(older, "meta"), { recursive: true });
  const journal: { entries: Array<{ tag: string }> } = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8"));
  const index = journal.entries.findIndex((entry) => entry.tag === tag);
  expect(index).toBeGreaterThan(0);
  const kept = { ...journal, entries: journal.entries.slice(0, index) };
  fs.writeFileSync(path.join(older, "meta/_journal.json"), JSON.stringify(kept));
  for (const entry of kept.entries) fs.copyFileSync(path.join(migrationsFolder, `${entry.tag}.sql`), path.join(older, `${entry.tag}.sql`));
  return older;
}

const savedEnv = { DATABASE_PATH: process.env.DATABASE_PATH, ENCRYPTION_KEY: process.env.ENCRYPTION_KEY };
const openedServers: Array<{ closeDb: () => void }> = [];

/**
 * The server's modules loaded anew against another database file and key, as a restarted server would
 * load them (the configuration and the database client are read once per process).
 */
async function restartedServer({ databasePath, encryptionKey }: { databasePath: string; encryptionKey: string }) {
  process.env.DATABASE_PATH = databasePath;
  process.env.ENCRYPTION_KEY = encryptionKey;
  vi.resetModules();
  const server = {
    ...(await import("../app/db.server")),
    ...(await import("../app/models/insights.server")),
    ...(await import("../app/models/seal-contributions.server")),
    ...(await import("../app/startup.server")),
    helpers: await import("./insights/helpers"),
    factory: await import("./helpers/factory"),
    session: await import("../app/auth/session.server"),
    shareRoute: await import("../app/routes/assessments.$id.share"),
  };
  openedServers.push(server);
  return server;
}

afterEach(() => {
  for (const server of openedServers.splice(0)) server.closeDb();
  process.env.DATABASE_PATH = savedEnv.DATABASE_PATH;
  if (savedEnv.ENCRYPTION_KEY === undefined) delete process.env.ENCRYPTION_KEY;
  else process.env.ENCRYPTION_KEY = savedEnv.ENCRYPTION_KEY;
});

const keyA = "contributions-key-A-0123456789-0123456789";
const keyB = "contributions-key-B-0123456789-0123456789";

function tableNames(sqlite: Database.Database): string[] {
  return sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((t) => (t && typeof t === "object" && "name" in t ? String(t.name) : ""));
}

describe("the migration to sealed contributions", () => {
  it("seals every plain contribution of an older database and leaves no plain byte; the release is the one the plain rows gave, and running it again changes nothing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-sealing-"));
    try {
      const file = path.join(dir, "old.sqlite");
      const sqlite = new Database(file);
      sqlite.pragma("journal_mode = WAL");
      migrate(drizzle(sqlite), { migrationsFolder: migrationsBefore({ dir, tag: "0012_sealed_contributions" }) });
      // A database in use (start-up seeds demo data only into an empty one).
      sqlite.prepare("INSERT INTO organisations (id, name, kind, created_at) VALUES ('org-old', 'Oude Partij', 'local_party', ?)").run(Date.now());
      // Twelve synthetic parties shared; release 1 was computed from the first seven, two withdrew after it.
      const payloads = Array.from({ length: 12 }, (_, i) => {
        const org = syntheticOrganisation({ seed: 18, index: i + 1, questionnaire: currentQuestionnaire });
        return buildContribution({ ...org, questionnaire: currentQuestionnaire });
      });
      const insert = sqlite.prepare(
        "INSERT INTO contributions (seq, organisation_kind, election_type, questionnaire_version, month, domain_scores, maturities, withdrawal_token_hash, withdrawn, released_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      );
      const seqs = payloads.map((_, i) => 1_000_003 * (i + 1));
      payloads.forEach((p, i) =>
        insert.run(
          seqs[i],
          p.organisationKind,
          p.electionType,
          p.questionnaireVersion,
          p.month,
          JSON.stringify(p.domainScores),
          JSON.stringify(p.maturities),
          sha256(createToken()),
          0,
          null,
        ),
      );
      const questions = [
        ...new Map([...questionnaireVersions.values()].flatMap((v) => v.questions).map((q) => [q.id, { id: q.id, domain: q.domain }])).values(),
      ];
      const first = computeRelease({
        releaseId: 1,
        publishedAt: new Date("2031-01-10T09:00:00Z"),
        minGroup: 5,
        contributions: payloads.slice(0, 7).map((p, i) => ({ ...p, seq: seqs[i] ?? 0 })),
        questions,
        random: fixedRandom(3),
        period: "2031-Q1",
      });
      sqlite
        .prepare("INSERT INTO releases (id, published_at, min_group, max_seq, contribution_count, data) VALUES (1, ?, 5, ?, 7, ?)")
        .run(Date.parse("2031-01-10T09:00:00Z"), seqs[6], JSON.stringify(first));
      sqlite.prepare("INSERT INTO insights_periods (period, decided_at, release_id) VALUES ('2031-Q1', ?, 1)").run(Date.parse("2031-01-10T09:00:00Z"));
      sqlite.prepare("UPDATE contributions SET released_in = 1 WHERE seq <= ?").run(seqs[6]);
      // An older database that ran before secure_delete was on: deleted and overwritten answers linger in free
      // pages and in freed space inside pages.
      sqlite.pragma("secure_delete = OFF");
      const lingering = Array.from({ length: 30 }, (_, i) =>
        buildContribution({ ...syntheticOrganisation({ seed: 18, index: 100 + i, questionnaire: currentQuestionnaire }), questionnaire: currentQuestionnaire }),
      );
      lingering.forEach((p, i) =>
        insert.run(70 + i, p.organisationKind, p.electionType, 2, p.month, JSON.stringify(p.domainScores), JSON.stringify(p.maturities), `x${i}`, 1, null),
      );
      sqlite.prepare("DELETE FROM contributions WHERE seq < 100").run();
      // Two withdrew the way the older version did: scores and answers emptied in place, groups kept.
      sqlite.prepare("UPDATE contributions SET withdrawn = 1, domain_scores = '{}', maturities = '{}' WHERE seq IN (?, ?)").run(seqs[2], seqs[5]);
      sqlite.pragma("wal_checkpoint(TRUNCATE)");

      // What the older version's release of 2031-Q2 was made of, read from the plain rows.
      const plain = z
        .array(z.object({ seq: z.number(), organisation_kind: z.string(), election_type: z.string(), withdrawn: z.number() }))
        .parse(sqlite.prepare("SELECT * FROM contributions ORDER BY seq").all());
      const plainById = new Map(payloads.map((p, i) => [seqs[i], p]));
      const counting = plain.flatMap((r) => {
        const payload = plainById.get(r.seq);
        return r.withdrawn === 0 && payload ? [{ ...payload, seq: r.seq }] : [];
      });
      expect(counting.length).toBe(10);
      const now = new Date("2031-04-10T09:00:00Z");
      const before = computeRelease({
        releaseId: 2,
        publishedAt: now,
        minGroup: 5,
        contributions: counting,
        earlier: [{ published: first.published, included: first.basis.included }],
        groupsBySeq: new Map(plain.map((r) => [r.seq, { organisationKind: r.organisation_kind, electionType: r.election_type }])),
        questions,
        random: fixedRandom(11),
        period: "2031-Q2",
      });
      // The plain copies are in the file now (so the checks below can fail).
      for (const [name, p] of Object.entries({ shared: payloads[0], withdrawn: payloads[2], deleted: lingering[29] }))
        expect(fileBytes(file).includes(JSON.stringify(p?.maturities).slice(0, 200)), name).toBe(true);
      sqlite.close();

      const server = await restartedServer({ databasePath: file, encryptionKey: keyA });
      await server.startup();
      const db = server.getDb().$client;
      expect(tableNames(db)).not.toContain("contributions_unsealed");
      expect(db.prepare("SELECT seq, withdrawn, released_in FROM contributions ORDER BY seq").all()).toEqual(
        seqs.map((seq, i) => ({ seq, withdrawn: i === 2 || i === 5 ? 1 : 0, released_in: i < 7 ? 1 : null })),
      );
      db.pragma("wal_checkpoint(TRUNCATE)");
      for (const p of [...payloads, ...lingering]) expectNowhereInFile({ file, payload: p });
      // Every box has the same size, whatever it holds (withdrawn or not, many answers or few).
      expect(
        new Set(
          db
            .prepare("SELECT length(sealed) AS n FROM contributions")
            .all()
            .map((r) => JSON.stringify(r)),
        ).size,
      ).toBe(1);
      // Withdrawn rows keep only their groups; the others open to exactly what was shared.
      const opened = server.helpers.openedContributions();
      expect(opened.filter((r) => r.withdrawn).map((r) => r.opened)).toEqual(
        [2, 5].map((i) => ({ withdrawn: true, groups: { organisationKind: payloads[i]?.organisationKind, electionType: payloads[i]?.electionType } })),
      );
      expect(server.helpers.countingContributions()).toEqual(counting);

      // Safe to run twice: nothing to do, nothing changed.
      const sealedBoxes = db.prepare("SELECT seq, sealed FROM contributions ORDER BY seq").all();
      expect(server.sealPlainContributions()).toBe(0);
      expect(db.prepare("SELECT seq, sealed FROM contributions ORDER BY seq").all()).toEqual(sealedBoxes);

      // The release computed from the sealed rows is the one the plain rows gave: same contributions, same K decisions, same figures.
      const result = server.publishDueRelease({ minGroup: 5, now, random: fixedRandom(11) });
      expect(result).toEqual({ ok: true, releaseId: 2, contributionCount: 10, period: "2031-Q2" });
      const row = db.prepare("SELECT data FROM releases WHERE id = 2").get();
      expect(row && typeof row === "object" && "data" in row ? JSON.parse(String(row.data)) : null).toEqual(JSON.parse(JSON.stringify(before)));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("changes nothing when a plain row cannot be read, and seals it all once that row is fixed", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-sealing-"));
    try {
      const file = path.join(dir, "old.sqlite");
      const sqlite = new Database(file);
      sqlite.pragma("journal_mode = WAL");
      migrate(drizzle(sqlite), { migrationsFolder: migrationsBefore({ dir, tag: "0012_sealed_contributions" }) });
      const insert = sqlite.prepare(
        "INSERT INTO contributions (seq, organisation_kind, election_type, questionnaire_version, month, domain_scores, maturities, withdrawal_token_hash) VALUES (?, 'local_party', 'gemeenteraad', 2, '2026-02', ?, '{}', ?)",
      );
      insert.run(5, '{"accounts":50}', "hash-5");
      insert.run(6, "not json", "hash-6");
      sqlite.close();
      const server = await restartedServer({ databasePath: file, encryptionKey: keyA });
      const db = server.getDb().$client;
      expect(() => server.sealPlainContributions()).toThrow(/nothing was sealed/);
      expect(db.prepare("SELECT seq, length(sealed) AS n FROM contributions ORDER BY seq").all()).toEqual([
        { seq: 5, n: 0 },
        { seq: 6, n: 0 },
      ]);
      expect(db.prepare("SELECT count(*) AS n FROM contributions_unsealed").get()).toEqual({ n: 2 });
      db.prepare("UPDATE contributions_unsealed SET domain_scores = '{\"accounts\":60}' WHERE seq = 6").run();
      expect(server.sealPlainContributions()).toBe(2);
      expect(tableNames(db)).not.toContain("contributions_unsealed");
      expect(server.helpers.countingContributions().map((c) => c.domainScores)).toEqual([{ accounts: 50 }, { accounts: 60 }]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a server with another key than the one that sealed the contributions", () => {
  it("opens none of them: the release is refused with one clear log line and stays due, withdrawing says 'not now', and the right key makes it all work again", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-key-"));
    try {
      const file = path.join(dir, "key.sqlite");
      const right = await restartedServer({ databasePath: file, encryptionKey: keyA });
      const parties = [];
      for (let i = 0; i < 6; i++) {
        const party = await right.helpers.makeParty({ kind: "local_party" });
        const assessment = right.helpers.submittedAssessment(party.leadActor, () => i % 4);
        const shared = right.shareAssessment({ actor: party.leadActor, assessment });
        if (!shared.ok) throw new Error(shared.error);
        parties.push({ party, assessment, code: shared.code });
      }
      right.closeDb();

      const wrong = await restartedServer({ databasePath: file, encryptionKey: keyB });
      const log = vi.spyOn(console, "error").mockImplementation(() => {});
      const now = new Date("2031-04-10T09:00:00Z");
      const db = wrong.getDb().$client;
      const boxes = () => db.prepare("SELECT seq, sealed, withdrawn FROM contributions ORDER BY seq").all();
      const before = boxes();
      expect(wrong.publishDueRelease({ minGroup: 5, now })).toEqual({ ok: false, error: "unreadable", period: "2031-Q2" });
      expect(log).toHaveBeenCalledTimes(1);
      expect(String(log.mock.calls[0]?.[0])).toMatch(
        /^Weerbaar: the release of 2031-Q2 refused: stored contributions do not open with the configured key\. ENCRYPTION_KEY/,
      );
      expect(String(log.mock.calls[0]?.[0])).not.toContain(keyA);
      expect(String(log.mock.calls[0]?.[0])).not.toContain(keyB);
      // Nothing was decided: no release, no skipped quarter.
      expect(db.prepare("SELECT count(*) AS n FROM releases").get()).toEqual({ n: 0 });
      expect(db.prepare("SELECT count(*) AS n FROM insights_periods").get()).toEqual({ n: 0 });
      // Withdrawing, by content or by code, changes nothing and says so; so does replacing by content.
      const [first, second] = parties;
      if (!first || !second) throw new Error("no parties");
      expect(wrong.withdrawShare({ actor: first.party.leadActor, assessment: first.assessment })).toEqual({ ok: false, error: "unavailable" });
      expect(wrong.withdrawShare({ actor: first.party.leadActor, assessment: first.assessment, code: first.code })).toEqual({
        ok: false,
        error: "unavailable",
      });
      const newer = wrong.helpers.submittedAssessment(second.party.leadActor, () => 3);
      expect(wrong.shareAssessment({ actor: second.party.leadActor, assessment: newer })).toEqual({ ok: false, error: "unavailable" });
      expect(wrong.helpers.reload(first.party.leadActor, first.assessment.id).shared).toBe(true);
      expect(wrong.helpers.reload(second.party.leadActor, second.assessment.id).shared).toBe(true);
      // Through the share page: 503 and a message in the party's language, not a 500.
      const cookie = wrong.factory.cookieFrom(
        await wrong.session.createUserSession({ request: new Request("http://localhost/"), userId: first.party.lead.id, ipAddress: "::1" }),
      );
      const url = `/assessments/${first.assessment.id}/share`;
      const refusal = () =>
        wrong.shareRoute.action({
          request: wrong.factory.formRequest(url, { intent: "withdraw" }, { Cookie: cookie }),
          params: { id: first.assessment.id },
          context: { clientAddress: "198.51.100.9" },
        });
      expect(await wrong.factory.outcomeStatus(refusal)).toBe(503);
      expect(JSON.stringify(await refusal())).toContain('"error":"share.error.unavailable"');
      expect(translator("nl")("share.error.unavailable")).toMatch(/storing bij Weerbaar\. Er is niets veranderd/);
      expect(translator("en")("share.error.unavailable")).toMatch(/Nothing has changed/);
      // A new party's contribution is not sealed with the wrong key either (the right key could not open it later).
      const newcomer = await wrong.helpers.makeParty({ kind: "national_party" });
      const newcomerAssessment = wrong.helpers.submittedAssessment(newcomer.leadActor);
      expect(wrong.shareAssessment({ actor: newcomer.leadActor, assessment: newcomerAssessment })).toEqual({ ok: false, error: "unavailable" });
      expect(wrong.helpers.reload(newcomer.leadActor, newcomerAssessment.id).shared).toBe(false);
      expect(boxes()).toEqual(before);
      expect(log).toHaveBeenCalledTimes(7);
      log.mockRestore();
      wrong.closeDb();

      const restored = await restartedServer({ databasePath: file, encryptionKey: keyA });
      expect(restored.withdrawShare({ actor: first.party.leadActor, assessment: first.assessment, code: first.code })).toEqual({ ok: true });
      expect(restored.publishDueRelease({ minGroup: 5, now })).toEqual({ ok: true, releaseId: 1, contributionCount: 5, period: "2031-Q2" });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
