import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Reporter, TestCase, TestModule } from "vitest/node";
import "../suites/vitest-types.js";
import type { SchemaViolation } from "../harness/observe.js";
import { registered } from "../registry/registration.js";
import { summarise } from "./classify.js";
import type { RunOptions } from "./options.js";
import type { CheckResult, RunResult } from "./types.js";

/** Where the built suite lives at runtime (`dist/suites/`, beside this file's folder). */
export const SUITE_DIR = fileURLToPath(new URL("../suites/", import.meta.url));

/** Built modules (`dist/`) of this package and of the packages it uses: loaded by Node itself, not by vite. */
const BUILT_MODULE = /[/\\]dist[/\\]/;

/** Collects each check's result from the test's meta as vitest reports it. */
class ResultReporter implements Reporter {
  readonly results: CheckResult[] = [];
  readonly errors: string[] = [];
  readonly cleanupFailures: { what: string; error: string }[] = [];
  readonly violations: SchemaViolation[] = [];
  /** The target as the suite prepared it (in its `afterAll`, which runs even when no check is selected). */
  target: RunResult["target"] | undefined;
  constructor(
    private readonly onResult: (r: CheckResult) => void,
    private readonly onBegin: (id: string) => void,
  ) {}

  onTestCaseReady(testCase: TestCase): void {
    this.onBegin(testCase.name.split(" ")[0] ?? testCase.name);
  }

  onTestCaseResult(testCase: TestCase): void {
    const result = testCase.meta().conformance;
    if (result) {
      this.results.push(result);
      this.onResult(result);
    } else {
      const errors = testCase.result().errors ?? [];
      this.errors.push(`${testCase.name}: ${errors.map((e) => e.message).join("; ") || "no result"}`);
    }
  }

  onTestModuleEnd(testModule: TestModule): void {
    this.cleanupFailures.push(...(testModule.meta().conformanceCleanupFailures ?? []));
    this.violations.push(...(testModule.meta().conformanceViolations ?? []));
    this.target ??= testModule.meta().conformanceTarget;
    for (const e of testModule.errors()) {
      this.errors.push(e.message);
    }
  }

  onTestRunEnd(_modules: unknown, unhandled: ReadonlyArray<{ message?: string }>): void {
    for (const e of unhandled) {
      this.errors.push(e.message ?? String(e));
    }
  }
}

export class SuiteError extends Error {
  override name = "SuiteError";
}

/**
 * Runs the selected checks as a vitest suite (`dist/suites/conformance.suite.js`) in one worker thread, with the run
 * options provided to it, and collects the results through a reporter. The reference emulator, when the options ask
 * for it, starts in that thread.
 */
export async function runWithVitest(
  options: RunOptions,
  onResult: (r: CheckResult) => void,
  onBegin: (id: string) => void = () => {},
): Promise<RunResult> {
  const { startVitest } = await import("vitest/node");
  const startedAt = new Date().toISOString();
  const reporter = new ResultReporter(onResult, onBegin);
  const ext = import.meta.url.endsWith(".ts") ? "ts" : "js";
  const vitest = await startVitest(
    "test",
    [],
    {
      config: false,
      root: SUITE_DIR,
      include: [`conformance.suite.${ext}`],
      reporters: [reporter],
      watch: false,
      // A worker thread rather than a child process: no second Node process starts, and the worker's messages to the
      // CLI go through a MessagePort instead of a pipe (about 0.3 s less to start, some 0.5–1 s less a whole run).
      // The checks, and the reference emulator started beside them (prepare.ts), use nothing a thread lacks (no
      // chdir, no process.exit, no signals: only the emulator's own CLI handles those).
      pool: "threads",
      maxWorkers: 1,
      fileParallelism: false,
      provide: { conformance: options },
      passWithNoTests: true,
      // The suite and the code it imports are already built JavaScript: Node loads them as they are. Inlined (vitest's
      // default outside node_modules, which is where the workspace's packages resolve), each of some 300 modules
      // would go through vite's transform pipeline first, which made up seconds of every run.
      server: { deps: { external: [BUILT_MODULE] } },
    },
    // The cache goes to the temp folder: an installed package's own folder may be read-only.
    { logLevel: "silent", cacheDir: join(tmpdir(), "cloudhsm-conformance-vitest") },
  );
  await vitest.close();
  if (reporter.errors.length > 0) {
    throw new SuiteError(reporter.errors.join("\n"));
  }
  if (!reporter.target) {
    throw new SuiteError("the suite ended without describing its target");
  }
  const order = new Map(registered().checks.map((c, i) => [c.id, i]));
  const results = [...reporter.results].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return {
    runId: options.runId ?? "",
    target: reporter.target,
    startedAt,
    finishedAt: new Date().toISOString(),
    results,
    summary: summarise(results),
    cleanupFailures: reporter.cleanupFailures,
    violations: reporter.violations,
    ...(options.shard ? { shard: options.shard } : {}),
  };
}
