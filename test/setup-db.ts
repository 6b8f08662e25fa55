// Every test file gets its own fresh SQLite file (Vitest isolates modules per file, so the shared
// client in app/db.server.ts is opened anew against it and migrated on first use).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-test-"));
process.env.DATABASE_PATH = path.join(dir, "test.sqlite");
process.env.NODE_ENV = "test";
process.env.SESSION_SECRET = "test-secret-test-secret-test-secret-42";
process.env.BASE_URL = "http://localhost:3000";

afterAll(async () => {
  const { closeDb } = await import("../app/db.server");
  closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});
