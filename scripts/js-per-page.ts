// `npm run bench:js` (after `npm run build`): the gzip'd JavaScript a browser loads to show each page, with
// the pages over the budget marked. It only reports (exit 0): the budget is not met yet while react-hook-form
// and zod check the forms in the browser, and the forms stay on them. A page loads the client entry and, for every route from the
// root down to the page, the route module and the chunks it imports; Remix preloads exactly that list
// (its browser manifest already holds each route's imports followed through the whole import graph), so each
// chunk is counted once per page. Chunks loaded later with import() are not counted, with one exception shown
// in its own column: the message catalogue of the page's language, which entry.client.tsx imports before
// hydration (docs/decisions/009). The budget applies to the preloaded chunks.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import zlib from "node:zlib";
import { z } from "zod";

/** The aim: at most this many gzip'd bytes of JavaScript for any page. */
export const pageBudgetBytes = 100_000;

const manifestRouteSchema = z.object({
  id: z.string(),
  parentId: z.string().optional(),
  path: z.string().optional(),
  module: z.string(),
  imports: z.array(z.string()).optional(),
});
const browserManifestSchema = z.object({
  entry: z.object({ module: z.string(), imports: z.array(z.string()) }),
  routes: z.record(z.string(), manifestRouteSchema),
});
type ManifestRoute = z.infer<typeof manifestRouteSchema>;
type BrowserManifest = z.infer<typeof browserManifestSchema>;
export type PageWeight = { routeId: string; path: string; chunks: string[]; gzipBytes: number; rawBytes: number; catalogueGzipBytes: number };

/** Remix writes its browser manifest as `window.__remixManifest={...};` in build/client/assets/manifest-<hash>.js. */
export function readBrowserManifest({ clientDir }: { clientDir: string }): BrowserManifest {
  const assetsDir = path.join(clientDir, "assets");
  const names = fs.existsSync(assetsDir) ? fs.readdirSync(assetsDir).filter((name) => /^manifest-[\w-]+\.js$/.test(name)) : [];
  if (names.length !== 1) throw new Error(`expected one Remix browser manifest in ${assetsDir}, found ${names.length}: run \`npm run build\` first`);
  const source = fs.readFileSync(path.join(assetsDir, names[0] ?? ""), "utf8");
  const json = source.replace(/^window\.__remixManifest=/, "").replace(/;\s*$/, "");
  return browserManifestSchema.parse(JSON.parse(json));
}

/** A route is a page when its module has a default export (a component); resource routes have none. */
function isPageRoute({ appDir, routeId }: { appDir: string; routeId: string }): boolean {
  const candidates = ["ts", "tsx", "js", "jsx"].flatMap((ext) => [path.join(appDir, `${routeId}.${ext}`), path.join(appDir, routeId, `route.${ext}`)]);
  const file = candidates.find((candidate) => fs.existsSync(candidate));
  if (!file) throw new Error(`no source file for route ${routeId}`);
  return /^export default\b/m.test(fs.readFileSync(file, "utf8"));
}

function routeChainOf({ manifest, routeId }: { manifest: BrowserManifest; routeId: string }): ManifestRoute[] {
  const chain: ManifestRoute[] = [];
  for (let route = manifest.routes[routeId]; route; route = route.parentId ? manifest.routes[route.parentId] : undefined) {
    chain.unshift(route);
  }
  return chain;
}

function urlPathOf({ chain }: { chain: ManifestRoute[] }): string {
  const segments = chain.map((route) => route.path ?? "").filter((segment) => segment !== "");
  return `/${segments.join("/")}`;
}

/** Gzip at the level the server's compression middleware uses (zlib's default). */
function gzipSizeOf({ file }: { file: string }): { gzipBytes: number; rawBytes: number } {
  const content = fs.readFileSync(file);
  return { gzipBytes: zlib.gzipSync(content).length, rawBytes: content.length };
}

/** The gzip'd size of the larger message catalogue the client entry imports before hydration (0 if none). */
function catalogueGzipBytesOf({ clientDir, entryModule }: { clientDir: string; entryModule: string }): number {
  const entry = fs.readFileSync(path.join(clientDir, entryModule), "utf8");
  const names = [...entry.matchAll(/import\("\.\/((?:nl|en)-[\w-]+\.js)"\)/g)].map((match) => match[1] ?? "");
  const sizes = names.map((name) => gzipSizeOf({ file: path.join(clientDir, path.dirname(entryModule), name) }).gzipBytes);
  return Math.max(0, ...sizes);
}

/** Every page route with the chunks a browser loads for it and their gzip'd size, heaviest first. */
export function measurePages({ buildDir = "build", appDir = "app" }: { buildDir?: string; appDir?: string } = {}): PageWeight[] {
  const clientDir = path.join(buildDir, "client");
  const manifest = readBrowserManifest({ clientDir });
  const catalogueGzipBytes = catalogueGzipBytesOf({ clientDir, entryModule: manifest.entry.module });
  const sizes = new Map<string, { gzipBytes: number; rawBytes: number }>();
  function sizeOf(url: string) {
    const known = sizes.get(url);
    if (known) return known;
    const measured = gzipSizeOf({ file: path.join(clientDir, url) });
    sizes.set(url, measured);
    return measured;
  }
  const pages = Object.keys(manifest.routes)
    .filter((routeId) => routeId !== "root" && isPageRoute({ appDir, routeId }))
    .map((routeId) => {
      const chain = routeChainOf({ manifest, routeId });
      const chunks = [...new Set([manifest.entry.module, ...manifest.entry.imports, ...chain.flatMap((route) => [route.module, ...(route.imports ?? [])])])];
      const gzipBytes = chunks.reduce((sum, url) => sum + sizeOf(url).gzipBytes, 0);
      const rawBytes = chunks.reduce((sum, url) => sum + sizeOf(url).rawBytes, 0);
      return { routeId, path: urlPathOf({ chain }), chunks, gzipBytes, rawBytes, catalogueGzipBytes };
    });
  return pages.sort((a, b) => b.gzipBytes - a.gzipBytes || a.path.localeCompare(b.path));
}

function formatKilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** The table `npm run bench:js` prints: one line per page, and the chunks of the heaviest page. */
export function formatPageTable({ pages }: { pages: PageWeight[] }): string {
  const width = Math.max(...pages.map((page) => page.path.length), 4);
  const lines = [`${"page".padEnd(width)}  ${"gzip".padStart(9)}  ${"raw".padStart(9)}  chunks  ${"+catalogue".padStart(10)}`];
  for (const page of pages) {
    const over = page.gzipBytes > pageBudgetBytes ? "  over budget" : "";
    const columns = [formatKilobytes(page.gzipBytes).padStart(9), formatKilobytes(page.rawBytes).padStart(9), String(page.chunks.length).padStart(6)];
    lines.push(`${page.path.padEnd(width)}  ${columns.join("  ")}  ${formatKilobytes(page.gzipBytes + page.catalogueGzipBytes).padStart(10)}${over}`);
  }
  return lines.join("\n");
}

function main() {
  const pages = measurePages();
  console.log(formatPageTable({ pages }));
  const heaviest = pages[0];
  if (heaviest) console.log(`\nheaviest: ${heaviest.path}: ${heaviest.chunks.join(" ")}`);
  const over = pages.filter((page) => page.gzipBytes > pageBudgetBytes);
  if (over.length > 0) {
    console.log(`\n${over.length} page(s) load more than ${formatKilobytes(pageBudgetBytes)} of gzip'd JavaScript`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
