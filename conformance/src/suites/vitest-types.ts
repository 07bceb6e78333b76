import type { SchemaViolation } from "../harness/observe.js";
import type { RunOptions } from "../runner/options.js";
import type { CheckResult, RunResult } from "../runner/types.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run options of the conformance suite (provided by the CLI or the workspace's global setup). */
    conformance: RunOptions;
  }
  export interface TaskMeta {
    /** The check's result, read back by the CLI's reporter. */
    conformance?: CheckResult;
    /** On the suite file: run-level cleanups that failed (the fixture clusters, the emulator's delays). */
    conformanceCleanupFailures?: { what: string; error: string }[];
    /** On the suite file: the replies of the run that did not match the spec. */
    conformanceViolations?: SchemaViolation[];
    /** On the suite file: the target the suite prepared, for the report. */
    conformanceTarget?: RunResult["target"];
  }
}
