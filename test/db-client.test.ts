// The shared client and the statements prepared on it (app/db.server.ts).
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { closeDb, getDb } from "../app/db.server";
import { getUserById } from "../app/models/users.server";
import { users } from "../db/schema";

describe("prepared queries", () => {
  it("follow the shared client when it is closed and opened again", () => {
    getDb().insert(users).values({ id: "u-prepared", email: "prepared@example.test", name: "Pim", passwordHash: "x" }).run();
    expect(getUserById({ id: "u-prepared" })?.name).toBe("Pim");
    closeDb();
    // The same file, a new client: a statement prepared on the closed one would throw here.
    expect(getUserById({ id: "u-prepared" })?.email).toBe("prepared@example.test");
    getDb().update(users).set({ name: "Pim de Vries" }).where(eq(users.id, "u-prepared")).run();
    expect(getUserById({ id: "u-prepared" })?.name).toBe("Pim de Vries");
    expect(getUserById({ id: "nobody" })).toBeUndefined();
  });
});
