import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const migrationsFolder = path.resolve(process.cwd(), "db/migrations");

/** Opens (creating folder and file if needed) a SQLite database in WAL mode and applies committed migrations. */
export function openDatabase(databasePath: string): { db: Db; isNew: boolean } {
  const resolved = path.resolve(databasePath);
  fs.mkdirSync(path.dirname(resolved), { recursive: true });
  const isNew = !fs.existsSync(resolved) || fs.statSync(resolved).size === 0;
  const sqlite = new Database(resolved);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // Deleted and overwritten values are zeroed in the file, so an erased link (a withdrawal token, a
  // withdrawn contribution's answers) cannot be read back from free pages of a copy (ADR 018).
  sqlite.pragma("secure_delete = ON");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return { db, isNew };
}
