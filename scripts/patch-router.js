// postinstall: memoise route matching in @remix-run/router, and the route tree Remix builds for every page
// render (see docs/decisions/010-request-cost.md).
// React Router flattens, ranks and compiles every route pattern on every matchRoutes call, and Remix calls
// it several times per request: that was over half the cost of a constant resource route. This adds two
// caches to the installed copy: compiled patterns by (path, caseSensitive, end), and ranked branches per
// routes array (re-ranked when routes are added, as lazy route discovery does in the browser).
// Remix's RemixServer also builds the whole route tree again for every page (createServerRoutes), and
// React Router's createStaticRouter converts it to data routes again, so the ranked-branches cache never
// hit during a render (a new array every time): both depend only on the build, and are built once per build.
// Remix's server runtime copies the request for every loader and action even when it has no search parameter
// to strip; without that copy the loaders of one page share one request object (see requestCopies below).
// Idempotent; fails the install loudly if the code no longer has the lines it expects. A patched file is
// written beside the original and renamed over it, so a node_modules of hard links (a copied tree) is not
// changed through its links.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const marker = "weerbaar:match-cache";
const require = createRequire(import.meta.url);
const root = path.dirname(require.resolve("@remix-run/router/package.json"));

const replacements = [
  {
    from: "  let branches = flattenRoutes(routes);\n  rankRouteBranches(branches);\n",
    to: "  let branches = rankedBranchesOf(routes);\n",
  },
  {
    from: "function compilePath(path, caseSensitive, end) {\n",
    to: `// ${marker}: patterns are few and fixed, so each is compiled once (bounded, in case callers pass many).
const compiledPaths = new Map();
function compilePath(path, caseSensitive, end) {
  if (caseSensitive === void 0) caseSensitive = false;
  if (end === void 0) end = true;
  const key = (caseSensitive ? "1" : "0") + (end ? "1" : "0") + path;
  let compiled = compiledPaths.get(key);
  if (compiled === undefined) {
    if (compiledPaths.size >= 2000) compiledPaths.clear();
    compiled = compilePathUncached(path, caseSensitive, end);
    compiledPaths.set(key, compiled);
  }
  return compiled;
}
// ${marker}: flattened and ranked branches per routes array, rebuilt when the number of routes changes.
const rankedBranches = new WeakMap();
function countRoutes(routes) {
  let count = routes.length;
  for (const route of routes) if (route.children) count += countRoutes(route.children);
  return count;
}
function rankedBranchesOf(routes) {
  const count = countRoutes(routes);
  const cached = rankedBranches.get(routes);
  if (cached !== undefined && cached.count === count) return cached.branches;
  const branches = flattenRoutes(routes);
  rankRouteBranches(branches);
  rankedBranches.set(routes, { count, branches });
  return branches;
}
function compilePathUncached(path, caseSensitive, end) {
`,
  },
];

const renderMarker = "weerbaar:render-cache";
const remixRoot = path.dirname(require.resolve("@remix-run/react/package.json"));
const routerDomRoot = path.dirname(require.resolve("react-router-dom/package.json", { paths: [remixRoot] }));
const serverRoutesCache = `// ${renderMarker}: the server route tree depends only on the build (its manifest), so it is built once.
const serverRoutesByManifest = new WeakMap();
function RemixServer(`;
const dataRoutesCache = `// ${renderMarker}: data routes per routes array; Remix passes the same (cached) array for every render.
const dataRoutesByRoutes = new WeakMap();
function createStaticRouter(`;
const cachedServerRoutes = (name, call) => `  let ${name} = serverRoutesByManifest.get(manifest.routes);
  if (${name} === undefined) {
    ${name} = ${call}(manifest.routes, routeModules, context.future, context.isSpaMode);
    serverRoutesByManifest.set(manifest.routes, ${name});
  }
`;
const cachedDataRoutes = (convert) => `  let converted = dataRoutesByRoutes.get(routes);
  if (converted === undefined) {
    let manifest = {};
    converted = { manifest, dataRoutes: ${convert}(routes, ${convert.startsWith("router.") ? "reactRouter." : ""}UNSAFE_mapRouteProperties, undefined, manifest) };
    dataRoutesByRoutes.set(routes, converted);
  }
  let { manifest, dataRoutes } = converted;
`;

// Scripts inlines the manifest of the routes a page matched, and getPartialManifest matches the page's every
// parent path again to find it (four matchRoutes calls for a domain page). The answer depends only on the
// build, the matched routes and the parent paths, so it is kept per (matched routes, parent path). The last
// segment (where tokens sit: /invitations/<token>) is not part of the key, so no token is kept.
// Only the CommonJS build, the one the server loads: the browser bundle (the ES module build) never computes it.
const partialManifestCache = (name) => `// ${renderMarker}: the partial manifest per build, matched routes and parent path (bounded).
const partialManifests = new WeakMap();
function getPartialManifest(manifest, ${name}) {
  let byPlace = partialManifests.get(manifest);
  if (byPlace === undefined) {
    byPlace = new Map();
    partialManifests.set(manifest, byPlace);
  }
  const pathname = ${name}.state.location.pathname;
  const key = ${name}.state.matches.map((m) => m.route.id).join("\\u0000") + "\\u0001" + pathname.slice(0, pathname.replace(/\\/+$/, "").lastIndexOf("/") + 1);
  let partial = byPlace.get(key);
  if (partial === undefined) {
    if (byPlace.size >= 2000) byPlace.clear();
    partial = getPartialManifestUncached(manifest, ${name});
    byPlace.set(key, partial);
  }
  return partial;
}
function getPartialManifestUncached(`;

// Remix hands every loader and action a copy of the request without its "index", "_data" or "_routes" search
// parameter, and makes that copy (a new URL, Request, Headers and AbortSignal) even when the parameter is
// not there. So the root and the route loader of one page never saw the same request object, and what the
// app keeps per request (the signed-in user, looked up once per request) was looked up once per loader. With
// nothing to strip, the request itself is passed on: its URL, method, headers, body and signal are the ones
// the copy would have had.
const copiesMarker = "weerbaar:request-copies";
const serverRuntimeRoot = path.dirname(
  require.resolve("@remix-run/server-runtime/package.json", { paths: [path.dirname(require.resolve("@remix-run/node/package.json"))] }),
);
const unchangedRequest = (name, parameter, before = "") => ({
  from: `function ${name}(request) {\n`,
  to: `${before}function ${name}(request) {\n  // ${copiesMarker}: nothing to strip, no copy.\n  if (!hasSearchParameter(request.url, ${JSON.stringify(parameter)})) return request;\n`,
});
const searchParameterCheck = `// ${copiesMarker}: whether a URL has the search parameter, as URLSearchParams reads it (decoded).
function hasSearchParameter(href, name) {
  return href.includes("?") && new URL(href).searchParams.has(name);
}
`;
const requestCopies = [
  unchangedRequest("stripIndexParam", "index", searchParameterCheck),
  unchangedRequest("stripDataParam", "_data"),
  unchangedRequest("stripRoutesParam", "_routes"),
];

// turbo-stream encodes every page's data (and every data request of a navigation): about a seventh of a
// domain page's CPU. Its flatten wraps each value it has seen before in a new array, which the caller then
// turns back into text, and builds each object's text with a closure, map and join. The patched flatten
// writes strings, numbers, booleans, arrays and plain objects itself, with the same indices in the same
// order, and leaves every other value (dates, maps, promises, errors, plugin values) to turbo-stream's
// own code. The output is byte for byte the same (test/router-patch.test.ts compares it with the original,
// which is kept beside it as flatten.original.js).
const flattenMarker = "weerbaar:fast-flatten";
const turboStreamRoot = path.dirname(require.resolve("turbo-stream/package.json", { paths: [serverRuntimeRoot] }));
// Only the end of flatten changes: a new value is written by writeValue instead of stringify. Inside arrays
// and objects, indexOf asks flatten only for values not seen before, so it never gets the [index] wrapper.
const flattenEnd = `    stringify.call(this, input, index);
    return index;
}
exports.flatten = flatten;
`;
const fastFlattenEnd = `    // ${flattenMarker}: strings, numbers, booleans, arrays and plain objects are written here.
    writeValue.call(this, input, index);
    return index;
}
exports.flatten = flatten;
// ${flattenMarker}: the index of a value inside an array or object, where [index] and index read the same.
function indexOf(input) {
    return this.indices.get(input) || flatten.call(this, input);
}
function pluginTakes(plugins, input) {
    if (plugins)
        for (const plugin of plugins)
            if (Array.isArray(plugin(input)))
                return true;
    return false;
}
function writeValue(input, index) {
    const type = typeof input;
    if (type === "string" || type === "number" || type === "boolean") {
        this.stringified[index] = JSON.stringify(input);
        return;
    }
    if (type === "object" && Array.isArray(input)) {
        let result = "[";
        for (let i = 0; i < input.length; i++)
            result += (i ? "," : "") + (i in input ? indexOf.call(this, input[i]) : utils_js_1.HOLE);
        this.stringified[index] = result + "]";
        return;
    }
    // A plain object no plugin takes: what stringify writes after asking the plugins.
    if (type === "object" && Object.getPrototypeOf(input) === Object.prototype && !pluginTakes(this.plugins, input)) {
        let result = "{";
        let first = true;
        for (const key of Object.keys(input)) {
            const keyIndex = indexOf.call(this, key);
            result += (first ? '"_' : ',"_') + keyIndex + '":' + indexOf.call(this, input[key]);
            first = false;
        }
        this.stringified[index] = result + "}";
        return;
    }
    stringify.call(this, input, index);
}
`;

const patches = [
  { root: serverRuntimeRoot, file: "dist/data.js", marker: copiesMarker, replacements: requestCopies },
  { root: serverRuntimeRoot, file: "dist/esm/data.js", marker: copiesMarker, replacements: requestCopies },
  {
    root: turboStreamRoot,
    file: "dist/flatten.js",
    marker: flattenMarker,
    replacements: [{ from: flattenEnd, to: fastFlattenEnd }],
    keepOriginal: "dist/flatten.original.js",
  },
  { root, file: "dist/router.cjs.js", marker, replacements },
  { root, file: "dist/router.js", marker, replacements },
  {
    root: remixRoot,
    file: "dist/server.js",
    marker: renderMarker,
    replacements: [
      { from: "function RemixServer(", to: serverRoutesCache },
      {
        from: "  let routes$1 = routes.createServerRoutes(manifest.routes, routeModules, context.future, context.isSpaMode);\n",
        to: cachedServerRoutes("routes$1", "routes.createServerRoutes"),
      },
    ],
  },
  {
    root: remixRoot,
    file: "dist/esm/server.js",
    marker: renderMarker,
    replacements: [
      { from: "function RemixServer(", to: serverRoutesCache },
      {
        from: "  let routes = createServerRoutes(manifest.routes, routeModules, context.future, context.isSpaMode);\n",
        to: cachedServerRoutes("routes", "createServerRoutes"),
      },
    ],
  },
  {
    root: remixRoot,
    file: "dist/fog-of-war.js",
    marker: renderMarker,
    replacements: [{ from: "function getPartialManifest(", to: partialManifestCache("router$1") }],
  },
  {
    root: routerDomRoot,
    file: "server.js",
    marker: renderMarker,
    replacements: [
      { from: "function createStaticRouter(", to: dataRoutesCache },
      {
        from: "  let manifest = {};\n  let dataRoutes = router.UNSAFE_convertRoutesToDataRoutes(routes, reactRouter.UNSAFE_mapRouteProperties, undefined, manifest);\n",
        to: cachedDataRoutes("router.UNSAFE_convertRoutesToDataRoutes"),
      },
    ],
  },
  {
    root: routerDomRoot,
    file: "server.mjs",
    marker: renderMarker,
    replacements: [
      { from: "function createStaticRouter(", to: dataRoutesCache },
      {
        from: "  let manifest = {};\n  let dataRoutes = UNSAFE_convertRoutesToDataRoutes(routes, UNSAFE_mapRouteProperties, undefined, manifest);\n",
        to: cachedDataRoutes("UNSAFE_convertRoutesToDataRoutes"),
      },
    ],
  },
];

let failed = false;
for (const patch of patches) {
  const full = path.join(patch.root, patch.file);
  let source = fs.readFileSync(full, "utf8");
  if (source.includes(patch.marker)) continue;
  let ok = true;
  for (const { from, to } of patch.replacements) {
    if (source.split(from).length !== 2) {
      console.error(`patch-router: ${full} no longer contains the expected code; update scripts/patch-router.js.`);
      ok = false;
      break;
    }
    source = source.replace(from, () => to);
  }
  if (!ok) {
    failed = true;
    continue;
  }
  if (patch.keepOriginal) {
    const kept = path.join(patch.root, patch.keepOriginal);
    fs.writeFileSync(`${kept}.weerbaar-${process.pid}`, fs.readFileSync(full));
    fs.renameSync(`${kept}.weerbaar-${process.pid}`, kept);
  }
  const written = `${full}.weerbaar-${process.pid}`;
  fs.writeFileSync(written, source);
  fs.renameSync(written, full);
}
if (failed) process.exit(1);
