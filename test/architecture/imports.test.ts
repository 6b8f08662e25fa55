// The layering the README describes, checked on every test run:
// routes -> app/auth -> app/models -> app/security, app/db, domain cores; db/ below app/.
import { describe, expect, it } from "vitest";
import { findCycles, findViolations, folderGraph, parseImports, readImportGraph } from "./import-graph";

const graph = readImportGraph(["app", "db", "scripts"]);

describe("import boundaries", () => {
  it("reads the real graph (a parser that finds nothing would pass every rule)", () => {
    expect(graph.length).toBeGreaterThan(500);
    expect(graph).toContainEqual(expect.objectContaining({ from: "app/models/users.server.ts", target: "app/security/password.server.ts" }));
    expect(graph).toContainEqual(expect.objectContaining({ from: "app/root.tsx", packageName: "@remix-run/react" }));
  });

  it("keeps every layering rule", () => {
    expect(findViolations({ edges: graph })).toEqual([]);
  });

  it("has no import cycle in app or db", () => {
    const appAndDb = graph.filter((edge) => edge.from.startsWith("app/") || edge.from.startsWith("db/"));
    expect(findCycles({ edges: appAndDb })).toEqual([]);
  });

  it("has no cycle between layers (routes, auth, models, security, db, the domain cores, …)", () => {
    const appAndDb = graph.filter((edge) => edge.from.startsWith("app/") || edge.from.startsWith("db/"));
    // app/utils holds small helpers of every level (config, dates, form schemas for the plan and the
    // assessment forms): it is no layer of its own, so it is left out here; its files are in the file check.
    expect(findCycles({ edges: folderGraph({ edges: appAndDb, except: ["app/utils"] }) })).toEqual([]);
  });
});

describe("the checker itself", () => {
  const planted = (file: string, text: string) => [...new Set(findViolations({ edges: parseImports({ file, text }) }).map((v) => v.from))];

  it("catches a domain core importing a model, the database, Remix or React, also through import() and re-exports", () => {
    expect(planted("app/scoring/score.ts", `import { getDb } from "../db.server";`)).toEqual(["app/scoring/score.ts"]);
    expect(planted("app/plan/build-plan.ts", `export { listAnswers } from "../models/assessments.server";`)).toEqual(["app/plan/build-plan.ts"]);
    expect(planted("app/insights/stats.ts", `const m = await import("../routes/insights");`)).toEqual(["app/insights/stats.ts"]);
    expect(planted("app/questionnaire/answers.ts", `import { useState } from "react";`)).toEqual(["app/questionnaire/answers.ts"]);
    expect(planted("app/questionnaire/answers.ts", `import type { LoaderFunctionArgs } from "@remix-run/node";`)).toEqual(["app/questionnaire/answers.ts"]);
    expect(planted("app/questionnaire/answers.ts", `import { x } from "~/auth/session.server";`)).toEqual(["app/questionnaire/answers.ts"]);
    // The plan's .server renderers may use what they need; the rest of the plan may not.
    expect(planted("app/plan/pdf.server.ts", `import { getDb } from "../db.server";`)).toEqual([]);
  });

  it("catches a model reaching up into auth, security reaching into a model, and auth running SQL", () => {
    expect(planted("app/models/users.server.ts", `import { requireUser } from "../auth/session.server";`)).toEqual(["app/models/users.server.ts"]);
    expect(planted("app/security/permissions.ts", `import type { Actor } from "../models/assessments.server";`)).toEqual(["app/security/permissions.ts"]);
    expect(planted("app/auth/session.server.ts", `import { eq } from "drizzle-orm";`)).toEqual(["app/auth/session.server.ts"]);
  });

  it("catches the questionnaire importing the plan it is the base of", () => {
    expect(planted("app/questionnaire/exchange.ts", `import { electionTypes } from "../plan/elections";`)).toEqual(["app/questionnaire/exchange.ts"]);
  });

  it("catches a route writing an audit event itself", () => {
    expect(planted("app/routes/logout.tsx", `import { recordAuditEvent as audit } from "../models/audit.server";`)).toEqual(["app/routes/logout.tsx"]);
    expect(planted("app/routes/admin.audit.tsx", `import { listAuditEvents } from "../models/audit.server";`)).toEqual([]);
  });

  it("lets db/ take only types from app/", () => {
    expect(planted("db/schema.ts", `import type { StoredScoreResult } from "../app/scoring";`)).toEqual([]);
    expect(planted("db/schema.ts", `import { measureOwners } from "../app/questionnaire/schema";`)).toEqual(["db/schema.ts"]);
    expect(planted("db/schema.ts", `import { type A, b } from "../app/scoring";`)).toEqual(["db/schema.ts"]);
  });

  it("finds a cycle, and none where there is none", () => {
    const a = parseImports({ file: "app/models/a.server.ts", text: `import { b } from "./b.server";` });
    const b = parseImports({ file: "app/models/b.server.ts", text: `import type { C } from "./c.server";` });
    const c = parseImports({ file: "app/models/c.server.ts", text: `import { a } from "./a.server";` });
    expect(findCycles({ edges: [...a, ...b, ...c] })).toEqual([["app/models/a.server.ts", "app/models/b.server.ts", "app/models/c.server.ts"]]);
    expect(findCycles({ edges: [...a, ...b] })).toEqual([]);
  });

  it("finds two folders that lean on each other although no two files form a cycle", () => {
    const model = parseImports({ file: "app/models/users.server.ts", text: `import { can } from "../auth/permissions";` });
    const auth = parseImports({ file: "app/auth/session.server.ts", text: `import { getUserById } from "../models/users.server";` });
    expect(findCycles({ edges: [...model, ...auth] })).toEqual([]);
    expect(findCycles({ edges: folderGraph({ edges: [...model, ...auth] }) })).toEqual([["app/auth", "app/models"]]);
  });
});
