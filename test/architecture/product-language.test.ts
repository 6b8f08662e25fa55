// Comments, tests and decision records speak of the product: a reader of this repository has no tracker and
// none of the documents outside it, so "issue 7" or "PRODUCT.md principle 3" tells them nothing.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const scanned = ["app", "db", "scripts", "docs", "test", "README.md", "server.js", "remix.config.js", "vite.config.ts", "vitest.config.ts"];
const thisFile = path.relative(root, import.meta.filename);

/** References that only make sense to someone holding the tracker or the documents beside the repository. */
const outsideReferences = [/\bissues? ?#?\d+/i, /\bPRODUCT\.md\b/, /\bCONVENTIONS\.md\b/, /\(#\d+\)/];

function filesUnder(relative: string): string[] {
  const absolute = path.join(root, relative);
  if (!fs.existsSync(absolute)) return [];
  if (fs.statSync(absolute).isFile()) return [relative];
  return fs
    .readdirSync(absolute, { withFileTypes: true })
    .filter((entry) => !["node_modules", "__snapshots__", "meta"].includes(entry.name))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(relative, entry.name)) : [path.join(relative, entry.name)]))
    .filter((file) => /\.(ts|tsx|js|mjs|md|sql)$/.test(file));
}

describe("the repository speaks of the product", () => {
  it("names no tracker issue and no document outside the repository", () => {
    const found = scanned
      .flatMap(filesUnder)
      .filter((file) => file !== thisFile)
      .flatMap((file) =>
        fs
          .readFileSync(path.join(root, file), "utf8")
          .split("\n")
          .flatMap((line, index) => (outsideReferences.some((pattern) => pattern.test(line)) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });
});
