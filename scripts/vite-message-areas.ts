// The Vite plugin behind `import "virtual:messages/page"` (docs/decisions/009). nl.ts and en.ts stay the one
// place each text is written (en.ts typed against nl.ts); this plugin gives each page only the messages it
// can show. The line in a route module (and in root.tsx) becomes, in the browser, a module that loads the
// messages written in that route's browser code (the route module and every module it imports that reaches
// the browser) and in the `.server` modules the route imports itself (scripts/message-usage.ts) in the page's language, as one long-cached chunk
// `_messages-<language>-<route>`, before the route module runs. A route leaves out what the root already
// loads. On the server the module is empty: the server registers both whole catalogues at start.
import path from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { en } from "../app/i18n/en";
import { nl } from "../app/i18n/nl";
import { clientGraphOf, isServerOnlyMessage, keysWrittenIn, serverImportsOf } from "./message-usage";
import fs from "node:fs";

const pageImport = "virtual:messages/page";
const catalogues = { nl, en };
const keys = Object.keys(nl);

/** The keys a route (or the root) can show in the browser; a route's list leaves out the root's. */
export function messageKeysOfRoute({ routeFile, appDir }: { routeFile: string; appDir: string }): string[] {
  const keysOf = (entry: string) =>
    new Set(clientGraphOf({ entries: [entry], appDir }).flatMap((file) => keysWrittenIn({ source: fs.readFileSync(file, "utf8"), keys })));
  const rootFile = path.join(appDir, "root.tsx");
  // Keys in the route's own server modules that only the server renders stay there (they never reach the page).
  const fromServer = serverImportsOf({ file: routeFile, appDir }).flatMap((file) =>
    keysWrittenIn({ source: fs.readFileSync(file, "utf8"), keys }).filter((key) => !isServerOnlyMessage({ key })),
  );
  const own = new Set([...keysOf(routeFile), ...fromServer]);
  const shown = path.resolve(routeFile) === path.resolve(rootFile) ? own : new Set([...own].filter((key) => !keysOf(rootFile).has(key)));
  const serverOnly = [...shown].filter((key) => isServerOnlyMessage({ key }));
  if (serverOnly.length > 0) throw new Error(`${routeFile} would send server-only texts to the browser: ${serverOnly.join(", ")}`);
  return [...shown].sort();
}

export function messageAreasPlugin({ appDir = path.resolve("app") }: { appDir?: string } = {}): Plugin {
  const loadArea = new URL("../app/i18n/load-area.ts", import.meta.url).pathname;
  // The chunk name of each route's messages, and the route file it stands for.
  const routeFiles = new Map<string, string>();
  let server: ViteDevServer | undefined;
  return {
    name: "weerbaar-message-areas",
    enforce: "pre",
    configureServer(devServer) {
      server = devServer;
    },
    resolveId(source, importer) {
      if (source === pageImport) {
        if (!importer) throw new Error(`${pageImport} is imported by a route module`);
        const name = path
          .relative(appDir, importer)
          .replace(/\.tsx?$/, "")
          .replace(/[^\w-]+/g, "_");
        routeFiles.set(name, importer);
        return `\0messages-load-${name}`;
      }
      const match = /^virtual:messages\/(nl|en)\/(.+)$/.exec(source);
      return match ? `\0messages-${match[1] ?? ""}-${match[2] ?? ""}` : null;
    },
    load(id, options) {
      const load = /^\0messages-load-(.+)$/.exec(id)?.[1];
      if (load) {
        if (options?.ssr) return "export {};";
        return [
          `import { loadMessageArea } from ${JSON.stringify(loadArea)};`,
          `await loadMessageArea({ nl: () => import("virtual:messages/nl/${load}"), en: () => import("virtual:messages/en/${load}") });`,
        ].join("\n");
      }
      const messages = /^\0messages-(nl|en)-(.+)$/.exec(id);
      const routeFile = messages?.[2] ? routeFiles.get(messages[2]) : undefined;
      if (!messages || !routeFile) return null;
      const catalogue = catalogues[messages[1] === "en" ? "en" : "nl"];
      const routeKeys = messageKeysOfRoute({ routeFile, appDir });
      return `export default ${JSON.stringify(Object.fromEntries(routeKeys.map((key) => [key, catalogue[key as keyof typeof catalogue]])))};`;
    },
    // While developing, an edited module may show other keys: the message chunks are built again.
    handleHotUpdate() {
      if (!server) return;
      for (const module of server.moduleGraph.idToModuleMap.values()) {
        if (module.id?.startsWith("\0messages-")) server.moduleGraph.invalidateModule(module);
      }
    },
  };
}
