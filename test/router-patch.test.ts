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

// The second part of the patch: Remix's server render builds its route tree once per build, and the partial
// manifest a page inlines is kept per (matched routes, parent path).
const remixRoot = path.dirname(require.resolve("@remix-run/react/package.json"));
const routerDomRoot = path.dirname(require.resolve("react-router-dom/package.json", { paths: [remixRoot] }));

describe("render caches", () => {
  it.each([
    [remixRoot, "dist/server.js"],
    [remixRoot, "dist/esm/server.js"],
    [remixRoot, "dist/fog-of-war.js"],
    [routerDomRoot, "server.js"],
    [routerDomRoot, "server.mjs"],
  ])("are installed in %s/%s", (root, file) => {
    expect(fs.readFileSync(path.join(root, file), "utf8")).toContain("weerbaar:render-cache");
  });

  type StaticRouterModule = {
    createStaticRouter: (routes: object[], context: object) => { routes: Array<{ id: string }>; state: { matches: Array<{ route: object }> } };
  };
  const routerDom: StaticRouterModule = require(path.join(routerDomRoot, "server.js"));

  it("converts a routes array to data routes once, and a new array anew", () => {
    const routes = [{ id: "root", path: "/", children: [{ id: "child", path: "a" }] }];
    const context = { matches: [{ route: routes[0], params: {}, pathname: "/", pathnameBase: "/" }], location: { pathname: "/" }, loaderData: {} };
    const first = routerDom.createStaticRouter(routes, context);
    const again = routerDom.createStaticRouter(routes, context);
    expect(again.routes).toBe(first.routes);
    // The page's matches point at the converted routes, as without the cache.
    expect(again.state.matches[0]?.route).toBe(first.routes[0]);
    const other = routerDom.createStaticRouter([{ id: "other", path: "/" }], context);
    expect(other.routes).not.toBe(first.routes);
    expect(other.routes.map((route) => route.id)).toEqual(["other"]);
  });

  type FogModule = {
    getPartialManifest: (manifest: { routes: Record<string, object> }, router: object) => { routes: Record<string, object> };
  };
  const fog: FogModule = require(path.join(remixRoot, "dist/fog-of-war.js"));

  it("finds the partial manifest from the page's own parent paths, whatever was asked before", () => {
    // An index route under /a/:id only: /a/x/y must list it, /b/x/y (no such parent) must not.
    const routes = [
      {
        id: "root",
        path: "",
        children: [
          {
            id: "a",
            path: "a/:id",
            children: [
              { id: "a-index", index: true },
              { id: "a-leaf", path: "y" },
            ],
          },
          { id: "b", path: "b/:id/y" },
        ],
      },
    ];
    const manifest = { routes: { root: { id: "root" }, a: { id: "a" }, "a-index": { id: "a-index" }, "a-leaf": { id: "a-leaf" }, b: { id: "b" } } };
    const page = (pathname: string, matches: string[]) => ({
      routes,
      basename: "/",
      state: { location: { pathname }, matches: matches.map((id) => ({ route: { id } })) },
    });
    const ids = (pathname: string, matches: string[]) => Object.keys(fog.getPartialManifest(manifest, page(pathname, matches)).routes).sort();
    for (let i = 0; i < 2; i++) {
      expect(ids("/a/x/y", ["root", "a", "a-leaf"])).toEqual(["a", "a-index", "a-leaf", "root"]);
      expect(ids("/b/x/y", ["root", "b"])).toEqual(["b", "root"]);
      // Same parent path, another last segment (where a token would be): the same answer.
      expect(ids("/a/x/z", ["root", "a"])).toEqual(["a", "a-index", "root"]);
    }
  });
});

// The third part: a loader or action gets the request itself when there is no "index", "_data" or "_routes"
// search parameter to strip, so the root and route loaders of one page share one request object (and with it
// the signed-in user looked up for it).
const serverRuntimeRoot = path.dirname(
  require.resolve("@remix-run/server-runtime/package.json", { paths: [path.dirname(require.resolve("@remix-run/node/package.json"))] }),
);

describe("request copies", () => {
  it.each(["dist/data.js", "dist/esm/data.js"])("are left out in %s", (file) => {
    expect(fs.readFileSync(path.join(serverRuntimeRoot, file), "utf8")).toContain("weerbaar:request-copies");
  });

  type Handler = (args: { request: Request }) => unknown;
  type Call = { request: Request; params: object; loadContext: object; routeId: string; singleFetch: boolean };
  type DataModule = {
    callRouteLoader: (args: Call & { loader: Handler }) => Promise<unknown>;
    callRouteAction: (args: Call & { action: Handler }) => Promise<unknown>;
  };
  const data: DataModule = require(path.join(serverRuntimeRoot, "dist/data.js"));
  async function seenBy(request: Request, { singleFetch = true, action = false } = {}): Promise<Request> {
    let seen: Request | undefined;
    const handler: Handler = ({ request: given }) => {
      seen = given;
      return null;
    };
    const common = { request, params: {}, loadContext: {}, routeId: "routes/x", singleFetch };
    await (action ? data.callRouteAction({ ...common, action: handler }) : data.callRouteLoader({ ...common, loader: handler }));
    if (!seen) throw new Error("the handler did not run");
    return seen;
  }

  it("passes the request itself when there is nothing to strip", async () => {
    for (const url of ["https://x.test/a", "https://x.test/a?saved=1", "https://x.test/a?indexed=1&routes=2&data=3"]) {
      const request = new Request(url);
      expect(await seenBy(request)).toBe(request);
      expect(await seenBy(request, { singleFetch: false })).toBe(request);
    }
    const post = new Request("https://x.test/a?b=1", { method: "POST", body: "q=1", headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    const seen = await seenBy(post, { action: true });
    expect(seen).toBe(post);
    expect(await seen.text()).toBe("q=1");
  });

  it("still strips the parameters, however they are spelled", async () => {
    const cases: Array<[string, string, boolean]> = [
      ["https://x.test/a?index&saved=1", "https://x.test/a?saved=1", true],
      ["https://x.test/a?index=&index=keep", "https://x.test/a?index=keep", true],
      ["https://x.test/a?%69ndex=", "https://x.test/a", true],
      ["https://x.test/a?_routes=routes%2Fx&b=1", "https://x.test/a?b=1", true],
      ["https://x.test/a?_data=routes%2Fx", "https://x.test/a", false],
    ];
    for (const [from, to, singleFetch] of cases) {
      const request = new Request(from, { headers: { Cookie: "c=1" } });
      const seen = await seenBy(request, { singleFetch });
      expect(seen).not.toBe(request);
      expect(seen.url).toBe(to);
      expect(seen.headers.get("cookie")).toBe("c=1");
    }
  });
});

// The fourth part: turbo-stream's flatten, rewritten for strings, numbers, booleans, arrays and plain objects
// and left to the original for everything else. Its output must be byte for byte the original's.
const turboStreamRoot = path.dirname(require.resolve("turbo-stream/package.json", { paths: [serverRuntimeRoot] }));

describe("turbo-stream's flatten", () => {
  type Encoder = {
    deferred: Record<number, unknown>;
    index: number;
    indices: Map<unknown, number>;
    stringified: string[];
    plugins?: Plugin[];
    postPlugins?: Plugin[];
  };
  type Plugin = (value: unknown) => unknown[] | undefined;
  type FlattenModule = { flatten: (this: Encoder, input: unknown) => number | [number] };
  const patched: FlattenModule = require(path.join(turboStreamRoot, "dist/flatten.js"));
  const original: FlattenModule = require(path.join(turboStreamRoot, "dist/flatten.original.js"));
  // The plugins Remix passes (errors, redirects; class instances and anything else last).
  const redirect = Symbol.for("test-redirect");
  const plugins: Plugin[] = [
    (value) => (value instanceof Error ? ["SanitizedError", value.name, value.message] : undefined),
    (value) => (value && typeof value === "object" && redirect in value ? ["SingleFetchRedirect", (value as Record<symbol, unknown>)[redirect]] : undefined),
  ];
  const postPlugins: Plugin[] = [
    (value) => (value && typeof value === "object" ? ["SingleFetchClassInstance", Object.fromEntries(Object.entries(value))] : undefined),
    () => ["SingleFetchFallback"],
  ];
  function flattenWith(module: FlattenModule, value: unknown, { withPlugins = true } = {}) {
    const encoder: Encoder = { deferred: {}, index: 0, indices: new Map(), stringified: [], ...(withPlugins ? { plugins, postPlugins } : {}) };
    const id = module.flatten.call(encoder, value);
    return { id, encoder };
  }
  function encodeWith(module: FlattenModule, value: unknown): string {
    const { id, encoder } = flattenWith(module, value);
    return `${JSON.stringify(id)}|${encoder.stringified.join(",")}|${Object.keys(encoder.deferred).join(",")}`;
  }

  it("is installed, with the original beside it", () => {
    expect(fs.readFileSync(path.join(turboStreamRoot, "dist/flatten.js"), "utf8")).toContain("weerbaar:fast-flatten");
    expect(fs.readFileSync(path.join(turboStreamRoot, "dist/flatten.original.js"), "utf8")).not.toContain("weerbaar");
  });

  it("writes what the original writes, for every kind of value turbo-stream knows", () => {
    // A small deterministic generator of nested values with shared references, repeated strings and keys.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
    class Thing {
      constructor(public label: string) {}
    }
    const shared = { shared: true, list: [1, 2] };
    const leaves: Array<() => unknown> = [
      () => pick(["", "a", "Eén vraag — “citaat”", "id", "text", "<script>", "\u2028", "x".repeat(40)]),
      () => pick([0, -0, 1, -1.5, 2 ** 53, NaN, Infinity, -Infinity]),
      () => pick([true, false, null, undefined]),
      () => BigInt(pick([0, 1, 12345])),
      () => Symbol.for(pick(["s1", "s2"])),
      () => new Date(pick([0, 1_700_000_000_000])),
      () => new URL("https://weerbaar.test/a?b=1"),
      () => /a+b/gi,
      () => new Error(pick(["boom", "kaput"])),
      () => Object.assign(new TypeError("typed"), { name: "TypeError" }),
      () => ({ [redirect]: "/elsewhere" }),
      () => new Thing(pick(["one", "two"])),
      () => shared,
      () => Promise.resolve(1),
    ];
    function value(depth: number): unknown {
      if (depth > 3 || next() < 0.35) return pick(leaves)();
      switch (pick(["array", "object", "object", "map", "set", "nullProto", "holes"])) {
        case "array":
          return Array.from({ length: Math.floor(next() * 5) }, () => value(depth + 1));
        case "map":
          return new Map(Array.from({ length: Math.floor(next() * 3) }, () => [value(depth + 1), value(depth + 1)]));
        case "set":
          return new Set(Array.from({ length: Math.floor(next() * 3) }, () => value(depth + 1)));
        case "nullProto":
          return Object.assign(Object.create(null) as object, { a: value(depth + 1) });
        case "holes": {
          const holes: unknown[] = [];
          holes[3] = value(depth + 1);
          return holes;
        }
        default: {
          const object: Record<string, unknown> = {};
          for (let i = Math.floor(next() * 5); i > 0; i--) object[pick(["id", "text", "answer", "_1", "", "a b", "revision"])] = value(depth + 1);
          return object;
        }
      }
    }
    for (let i = 0; i < 1500; i++) {
      const input = value(0);
      expect(encodeWith(patched, input)).toBe(encodeWith(original, input));
    }
    // The root seen again inside itself is added again (the original never finds index 0); values shared by
    // several parents are written once.
    const root: Record<string, unknown> = { a: shared, b: [shared, "a", "a"] };
    expect(encodeWith(patched, [root, root])).toBe(encodeWith(original, [root, root]));
  });

  it("encodes a page's data as before, through turbo-stream itself", async () => {
    const { encode, decode } = await import("turbo-stream");
    const data = {
      loaderData: {
        root: { language: "nl", user: { name: "Bench", memberships: [{ organisationId: "o", role: "it_lead" }] } },
        route: {
          questions: Array.from({ length: 12 }, (_, i) => ({
            id: `q${i}`,
            text: "Vraag — één",
            options: [{ id: "a", label: "A" }],
            answer: i % 2 ? null : { value: "option:a", note: "" },
          })),
        },
      },
      when: new Date(0),
    };
    const decoder = new TextDecoder();
    let text = "";
    const reader = encode(data).getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) text += decoder.decode(read.value, { stream: true });
    const originalText = `[${flattenWith(original, data, { withPlugins: false }).encoder.stringified.join(",")}]\n`;
    expect(text).toBe(originalText);
    const decoded = await decode(new ReadableStream({ start: (controller) => (controller.enqueue(new TextEncoder().encode(text)), controller.close()) }));
    expect(decoded.value).toEqual(data);
  });
});
