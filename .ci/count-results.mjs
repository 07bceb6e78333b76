// Sums the vitest JSON reports that `npm test` leaves in each workspace's test-results/ and prints
// "N passed, N failed". A workspace with a test script but no report counts as one failure.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));

const workspaceDirs = readJson(join(root, "package.json")).workspaces.flatMap((pattern) => {
  if (!pattern.endsWith("/*")) {
    return [pattern];
  }
  const parent = pattern.slice(0, -2);
  return readdirSync(join(root, parent), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(parent, entry.name));
});

let passed = 0;
let failed = 0;
for (const dir of workspaceDirs) {
  const manifest = join(root, dir, "package.json");
  if (!existsSync(manifest) || !readJson(manifest).scripts?.test) {
    continue;
  }
  const report = join(root, dir, "test-results", "vitest.json");
  if (!existsSync(report)) {
    console.log(`${dir}: no test report (its tests did not run)`);
    failed += 1;
    continue;
  }
  const r = readJson(report);
  // A file that fails to load has no test results of its own: count it as a failure.
  const dirFailed =
    r.numFailedTests + r.testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
  console.log(`${dir}: ${r.numPassedTests} passed, ${dirFailed} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
  passed += r.numPassedTests;
  failed += dirFailed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
