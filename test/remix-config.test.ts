import { describe, expect, it } from "vitest";
import remixConfig from "../remix.config.js";

// Keys the Remix Vite plugin reads (VitePluginConfig in @remix-run/dev 2.17). Anything else in
// remix.config.js would be silently ignored by the plugin, which is how config drifts unnoticed.
const pluginKeys = new Set([
  "appDirectory",
  "basename",
  "buildDirectory",
  "buildEnd",
  "future",
  "ignoredRouteFiles",
  "manifest",
  "presets",
  "routes",
  "serverBuildFile",
  "serverBundles",
  "serverModuleFormat",
  "ssr",
]);

const futureFlags = new Set([
  "v3_fetcherPersist",
  "v3_relativeSplatPath",
  "v3_throwAbortReason",
  "v3_singleFetch",
  "v3_lazyRouteDiscovery",
  "v3_routeConfig",
  "unstable_optimizeDeps",
]);

describe("remix.config.js", () => {
  it("holds only keys the Vite plugin reads", () => {
    const unknown = Object.keys(remixConfig).filter((key) => !pluginKeys.has(key));
    expect(unknown).toEqual([]);
  });
  it("holds only known future flags", () => {
    const unknown = Object.keys(remixConfig.future ?? {}).filter((key) => !futureFlags.has(key));
    expect(unknown).toEqual([]);
  });
  it("is what vite.config.ts passes to the plugin", async () => {
    const source = await import("node:fs").then((fs) => fs.readFileSync(new URL("../vite.config.ts", import.meta.url), "utf8"));
    expect(source).toMatch(/import remixConfig from "\.\/remix\.config\.js"/);
    expect(source).toMatch(/remix\(remixConfig\)/);
  });
});
