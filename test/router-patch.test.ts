// The postinstall patch (scripts/patch-router.js) caches route matching inside @remix-run/router.
// These tests check that it is installed and that the caches never change what matches.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { AgnosticRouteObject } from "@remix-run/router";
import { describe, expect, it } from "vitest";

type RouterModule = typeof import("@remix-run/router");

const require = createRequire(import.meta.url);
const root = path.dirname(require.resolve("@remix-run/router/package.json"));
const cjs: RouterModule = require(path.join(root, "dist/router.cjs.js"));
const esm: RouterModule = await import(pathToFileURL(path.join(root, "dist/router.js")).href);

describe.each([
  ["server (CommonJS)", "dist/router.cjs.js", cjs],
  ["browser (ES module)", "dist/router.js", esm],
])("route matching cache, %s build", (_name, file, router) => {
  it("is installed", () => {
    const source = fs.readFileSync(path.join(root, file), "utf8");
    expect(source).toContain("weerbaar:match-cache");
    expect(source).toContain("let branches = rankedBranchesOf(routes);");
  });

  it("matches the same routes on repeated calls", () => {
    const routes: AgnosticRouteObject[] = [
      {
        id: "root",
        path: "",
        children: [
          { id: "a", path: "assessments/:id" },
          { id: "b", path: "assessments/new" },
        ],
      },
    ];
    for (let i = 0; i < 3; i++) {
      expect(router.matchRoutes(routes, "/assessments/new")?.map((m) => m.route.id)).toEqual(["root", "b"]);
      expect(router.matchRoutes(routes, "/assessments/x1")?.at(-1)?.params).toEqual({ id: "x1" });
      expect(router.matchRoutes(routes, "/elsewhere")).toBeNull();
    }
  });

  it("sees routes added to an array it has already matched (lazy route discovery)", () => {
    const children: AgnosticRouteObject[] = [{ id: "home", index: true }];
    const routes: AgnosticRouteObject[] = [{ id: "root", path: "", children }];
    expect(router.matchRoutes(routes, "/plan")).toBeNull();
    children.push({ id: "plan", path: "plan" });
    expect(router.matchRoutes(routes, "/plan")?.map((m) => m.route.id)).toEqual(["root", "plan"]);
    routes.push({ id: "other", path: "other" });
    expect(router.matchRoutes(routes, "/other")?.map((m) => m.route.id)).toEqual(["other"]);
  });

  it("keeps end and case sensitivity apart for the same pattern", () => {
    expect(router.matchPath({ path: "/a/:b", end: true }, "/a/x/y")).toBeNull();
    expect(router.matchPath({ path: "/a/:b", end: false }, "/a/x/y")?.params).toEqual({ b: "x" });
    expect(router.matchPath({ path: "/a/:b", end: true }, "/a/x")?.params).toEqual({ b: "x" });
    expect(router.matchPath({ path: "/Case", caseSensitive: true }, "/case")).toBeNull();
    expect(router.matchPath({ path: "/Case", caseSensitive: false }, "/case")).not.toBeNull();
    expect(router.matchPath("/Case", "/case")).not.toBeNull();
  });

  it("gives each match its own params object", () => {
    const first = router.matchPath("/q/:id", "/q/1");
    const second = router.matchPath("/q/:id", "/q/2");
    expect(first?.params).toEqual({ id: "1" });
    expect(second?.params).toEqual({ id: "2" });
  });
});
