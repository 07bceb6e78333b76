/**
 * The conformance suite as a vitest suite: one `describe` per behaviour group and one test per check. The target
 * comes from `inject("conformance")` (the CLI provides it; `npm test` provides the reference emulator through the
 * global setup). A test fails exactly when its check fails the run (a required or legacy check failing that the
 * target's expectations do not declare); skips carry their reason; every other result is annotated.
 */
import "./vitest-types.js";
import { afterAll, beforeAll, describe, inject, test } from "vitest";
import type { Target } from "../harness/target.js";
import { prepareTarget } from "../runner/prepare.js";
import { describeTarget, runOne } from "../runner/run.js";
import { selectChecks } from "../runner/select.js";
import { REGISTRY } from "../services/index.js";

const options = inject("conformance");
const selected = selectChecks(options);
let target: Target | undefined;

beforeAll(async () => {
  target = await prepareTarget(options);
}, 120_000);

// biome-ignore lint/correctness/noEmptyPattern: vitest requires the context argument to be destructured
afterAll(async ({}, file) => {
  const failures = (await target?.runCleanups.run()) ?? [];
  file.meta.conformanceCleanupFailures = failures;
  file.meta.conformanceViolations = target?.violations ?? [];
  if (target) {
    file.meta.conformanceTarget = describeTarget(target, options);
  }
}, 600_000);

for (const group of REGISTRY.groups) {
  const checks = selected.filter((c) => c.group === group.id);
  if (checks.length === 0) {
    continue;
  }
  describe(group.title, () => {
    for (const check of checks) {
      test(`${check.id} ${check.title}`, { timeout: 6 * 3600_000 }, async (ctx) => {
        if (!target) {
          throw new Error("the target was not prepared");
        }
        const result = await runOne(check, target, options);
        ctx.task.meta.conformance = result;
        if (result.status === "skip" || result.status === "blocked") {
          ctx.skip(result.status === "blocked" ? `blocked: ${result.reason ?? ""}` : result.reason);
        }
        if (result.failsRun) {
          throw new Error(`${check.id}: ${result.reason ?? "failed"}`);
        }
        if (result.status !== "pass") {
          await ctx.annotate(
            `${result.status}${result.level === "advisory" ? " (advisory)" : ""}: ${result.reason ?? ""}`,
          );
        }
      });
    }
  });
}
