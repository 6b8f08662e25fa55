// Sums the Vitest JSON reports of every suite into the one line CI reads: "N passed, N failed".
// A step that failed without a report (typecheck, build) counts as one failure.
import fs from "node:fs";
import path from "node:path";

const dir = process.env.VITEST_REPORT_DIR ?? ".vitest-reports";
const exitStatus = Number(process.argv[2] ?? "0");
let passed = 0;
let failed = 0;
if (fs.existsSync(dir)) {
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith(".json"))) {
    const report = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    if ((report.numFailedTestSuites ?? 0) > 0 && (report.numFailedTests ?? 0) === 0) failed += report.numFailedTestSuites;
  }
}
if (exitStatus !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
