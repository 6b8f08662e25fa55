import { openDatabase, type Db } from "../db/client";
import { getConfig } from "./utils/config.server";

let instance: { db: Db; isNew: boolean } | undefined;

/** The one shared database client (WAL mode, migrated on first use). */
export function getDb(): Db {
  return openShared().db;
}

/** Opens the shared database and says whether it was created just now (used by start-up to seed demo data). */
export function openShared(): { db: Db; isNew: boolean } {
  instance ??= openDatabase(getConfig().databasePath);
  return instance;
}

/** Closes the shared client; used by tests and the CLI. */
export function closeDb(): void {
  instance?.db.$client.close();
  instance = undefined;
}

/**
 * A query built and prepared once per database client, for the few that run on every request: drizzle
 * otherwise rebuilds the SQL and SQLite re-parses it each time. Rebuilt after closeDb().
 */
export function preparedQuery<T>(build: (db: Db) => T): () => T {
  let cache: { db: Db; query: T } | undefined;
  return () => {
    const db = getDb();
    if (cache?.db !== db) cache = { db, query: build(db) };
    return cache.query;
  };
}
