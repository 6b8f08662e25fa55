import { defineConfig } from "vitest/config";

// Without the Remix plugin: tests import app modules directly.
const alias = { "~": new URL("./app", import.meta.url).pathname };
const reporters: string[] = ["default"];
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: jsonReport ? [...reporters, "json"] : reporters,
    outputFile: jsonReport ? { json: jsonReport } : undefined,
    projects: [
      {
        resolve: { alias },
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
