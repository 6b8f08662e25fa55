// Which message keys a page can show in the browser, read from the source: the route module and every module
// it imports that reaches the browser (not `.server` modules, not type imports). A key is found when it is
// written whole in quotes, or as the fixed start of a template (`role.${role}` finds every `role.` key); the
// build sends the page exactly those (scripts/vite-message-areas.ts, docs/decisions/009).
import fs from "node:fs";
import path from "node:path";

const extensions = ["", ".ts", ".tsx", "/index.ts", "/index.tsx", "/route.ts", "/route.tsx"];

function resolveImport({ from, specifier, appDir }: { from: string; specifier: string; appDir: string }): string | null {
  const base = specifier.startsWith("~/")
    ? path.join(appDir, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  const file = extensions.map((ext) => base + ext).find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
  return file ?? null;
}

// The whole catalogues reach the browser only through translate(), which no browser code calls (the bundle
// keeps only the date formatters of translate.ts): the walk stops there.
function isWholeCatalogue(file: string): boolean {
  return /[/\\]i18n[/\\](nl|en)\.ts$/.test(file);
}

/** The relative imports of a module that end up in the browser bundle (type-only and `.server` imports do not). */
function clientImportsOf({ file, appDir }: { file: string; appDir: string }): string[] {
  const source = fs.readFileSync(file, "utf8");
  // Static imports, and import() of code that comes later (a form's schema, loaded on the first input, has
  // error texts the page shows).
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm),
    ...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((match) => match[1] ?? "");
  return specifiers
    .filter((specifier) => !/\.server(\.tsx?)?$/.test(specifier) && !specifier.includes(".server/"))
    .map((specifier) => resolveImport({ from: file, specifier, appDir }))
    .filter((resolved): resolved is string => resolved !== null && !/\.server\.tsx?$/.test(resolved) && !isWholeCatalogue(resolved));
}

/**
 * The `.server` modules a route module imports itself. Its loader and action hand their answers to the page,
 * and a model's refusal is often a message key the page then shows (`{ error: "party.error.closed" }`), so
 * the keys written in those modules go to the page too. One level only: deeper server code renders its
 * texts itself (the PDF, mail).
 */
export function serverImportsOf({ file, appDir }: { file: string; appDir: string }): string[] {
  const source = fs.readFileSync(file, "utf8");
  return [...source.matchAll(/^\s*import\s+(?!type\s)[^"';]*?\sfrom\s+["']([^"']+)["']/gm)]
    .map((match) => resolveImport({ from: file, specifier: match[1] ?? "", appDir }))
    .filter((resolved): resolved is string => resolved !== null && /\.server\.tsx?$/.test(resolved));
}

/** Every module reachable in the browser from the given entry modules. */
export function clientGraphOf({ entries, appDir }: { entries: string[]; appDir: string }): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...clientImportsOf({ file, appDir }));
  }
  return [...seen];
}

/** Message keys written in a module: whole keys in quotes, and key prefixes of template literals (`role.${role}`). */
export function keysWrittenIn({ source, keys }: { source: string; keys: readonly string[] }): string[] {
  const known = new Set(keys);
  const found = new Set<string>();
  for (const match of source.matchAll(/["'`]([a-zA-Z]\w*(?:\.\w+)+)["'`]/g)) {
    if (match[1] && known.has(match[1])) found.add(match[1]);
  }
  for (const match of source.matchAll(/`([a-zA-Z]\w*(?:\.\w+)*\.)\$\{/g)) {
    const prefix = match[1] ?? "";
    for (const key of keys) if (key.startsWith(prefix)) found.add(key);
  }
  return [...found];
}

// Texts only the server renders (the PDF, the calendar file, the withdrawal code file, refusals that are
// answered before any page runs): the build fails if a page would send one to the browser.
export const serverOnlyMessagePrefixes = [
  "pdf.",
  "plan.calendar",
  "share.code.file",
  "error.tooLarge.",
  "error.crossSite.",
  "error.uriTooLong.",
  "error.headersTooLarge.",
];

export function isServerOnlyMessage({ key }: { key: string }): boolean {
  return serverOnlyMessagePrefixes.some((prefix) => key.startsWith(prefix));
}
