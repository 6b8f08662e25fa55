// `npm run bench:js` (after `npm run build`): the gzip'd JavaScript a browser loads before each page works,
// and a non-zero exit when a page loads more than the budget. A page loads the client entry and, for every
// route from the root down to the page, the route module and the chunks it imports: Remix preloads exactly
// that list (its browser manifest holds each route's imports followed through the whole import graph). Those
// chunks also import, before they run, the message areas of the page's language (docs/decisions/009): each
// `virtual:messages/<area>` loader awaits `import("./_messages-<language>-<area>-<hash>.js")`, so those chunks
// count too, for the language that needs more. Every other import() waits for the user (a form's checks
// load on the first input, docs/decisions/020) and is not counted; test/e2e/js-weight.test.ts checks in a
// browser that a page fetches no other JavaScript before anyone touches it.
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
export type PageWeight = { routeId: string; path: string; chunks: string[]; gzipBytes: number; rawBytes: number; messagesGzipBytes: number };

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

/** The message chunks of one language that a chunk imports before it runs (see the top of this file). */
function messageChunksImportedBy({ clientDir, url, language }: { clientDir: string; url: string; language: "nl" | "en" }): string[] {
  const source = fs.readFileSync(path.join(clientDir, url), "utf8");
  const pattern = new RegExp(`import\\("\\./(_messages-${language}-[\\w.-]+\\.js)"\\)`, "g");
  return [...source.matchAll(pattern)].map((match) => `${path.posix.dirname(url)}/${match[1] ?? ""}`);
}

/** Every page route with the chunks a browser loads for it and their gzip'd size, heaviest first. */
export function measurePages({ buildDir = "build", appDir = "app" }: { buildDir?: string; appDir?: string } = {}): PageWeight[] {
  const clientDir = path.join(buildDir, "client");
  const manifest = readBrowserManifest({ clientDir });
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
      const preloaded = [...new Set([manifest.entry.module, ...manifest.entry.imports, ...chain.flatMap((route) => [route.module, ...(route.imports ?? [])])])];
      const messagesOf = (language: "nl" | "en") => [...new Set(preloaded.flatMap((url) => messageChunksImportedBy({ clientDir, url, language })))];
      const [nl, en] = [messagesOf("nl"), messagesOf("en")];
      const gzipOf = (urls: string[]) => urls.reduce((sum, url) => sum + sizeOf(url).gzipBytes, 0);
      const messages = gzipOf(en) > gzipOf(nl) ? en : nl;
      const chunks = [...preloaded, ...messages];
      return {
        routeId,
        path: urlPathOf({ chain }),
        chunks,
        gzipBytes: gzipOf(chunks),
        rawBytes: chunks.reduce((sum, url) => sum + sizeOf(url).rawBytes, 0),
        messagesGzipBytes: gzipOf(messages),
      };
    });
  return pages.sort((a, b) => b.gzipBytes - a.gzipBytes || a.path.localeCompare(b.path));
}

function formatKilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** The table `npm run bench:js` prints: one line per page (messages included in the total), heaviest first. */
export function formatPageTable({ pages }: { pages: PageWeight[] }): string {
  const width = Math.max(...pages.map((page) => page.path.length), 4);
  const lines = [`${"page".padEnd(width)}  ${"gzip".padStart(9)}  ${"raw".padStart(9)}  chunks  ${"messages".padStart(9)}`];
  for (const page of pages) {
    const over = page.gzipBytes > pageBudgetBytes ? "  over budget" : "";
    const columns = [formatKilobytes(page.gzipBytes).padStart(9), formatKilobytes(page.rawBytes).padStart(9), String(page.chunks.length).padStart(6)];
    lines.push(`${page.path.padEnd(width)}  ${columns.join("  ")}  ${formatKilobytes(page.messagesGzipBytes).padStart(9)}${over}`);
  }
  return lines.join("\n");
}

/** The pages over the budget; empty when every page fits. */
export function pagesOverBudget({ pages }: { pages: PageWeight[] }): PageWeight[] {
  return pages.filter((page) => page.gzipBytes > pageBudgetBytes);
}

function main() {
  const pages = measurePages();
  console.log(formatPageTable({ pages }));
  const heaviest = pages[0];
  if (heaviest) console.log(`\nheaviest: ${heaviest.path}: ${heaviest.chunks.join(" ")}`);
  const over = pagesOverBudget({ pages });
  if (over.length > 0) {
    console.log(`\n${over.length} page(s) load more than ${formatKilobytes(pageBudgetBytes)} of gzip'd JavaScript`);
    process.exitCode = 1;
  } else {
    console.log(`\nevery page loads at most ${formatKilobytes(pageBudgetBytes)} of gzip'd JavaScript`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
