import { defineConfig } from "vitest/config";
import { messageAreasPlugin } from "./scripts/vite-message-areas";

// Without the Remix plugin: tests import app modules directly.
const alias = { "~": new URL("./app", import.meta.url).pathname };
// CI sums these JSON reports into one "N passed, N failed" line (scripts/test-summary.js).
const reportDir = process.env.VITEST_REPORT_DIR;
const suite = process.argv.includes("e2e") ? "e2e" : "unit";
const jsonReport = reportDir ? `${reportDir}/${suite}.json` : undefined;
const reporters: string[] = ["default"];

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: jsonReport ? [...reporters, "json"] : reporters,
    outputFile: jsonReport ? { json: jsonReport } : undefined,
    projects: [
      {
        resolve: { alias },
        plugins: [messageAreasPlugin()],
        test: {
          name: "unit",
          include: ["test/**/*.test.{ts,tsx}"],
          exclude: ["test/e2e/**"],
          environment: "node",
          setupFiles: ["test/setup-db.ts"],
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/e2e/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
