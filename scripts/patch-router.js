// postinstall: memoise route matching in @remix-run/router (see docs/decisions/010-route-matching-cache.md).
// React Router flattens, ranks and compiles every route pattern on every matchRoutes call, and Remix calls
// it several times per request: that was over half the cost of a constant resource route. This adds two
// caches to the installed copy: compiled patterns by (path, caseSensitive, end), and ranked branches per
// routes array (re-ranked when routes are added, as lazy route discovery does in the browser).
// Idempotent; fails the install loudly if the router's code no longer has the lines it expects.
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

let failed = false;
for (const file of ["dist/router.cjs.js", "dist/router.js"]) {
  const full = path.join(root, file);
  let source = fs.readFileSync(full, "utf8");
  if (source.includes(marker)) continue;
  for (const { from, to } of replacements) {
    if (source.split(from).length !== 2) {
      console.error(`patch-router: ${file} no longer contains the expected code; update scripts/patch-router.js.`);
      failed = true;
      break;
    }
    source = source.replace(from, to);
  }
  if (!failed) fs.writeFileSync(full, source);
}
if (failed) process.exit(1);
