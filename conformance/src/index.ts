export { CHECKS, checksOf, GROUPS } from "./registry/index.js";
export type { Capability, CheckDefinition, Citation, GroupId, GroupInfo, Level, Validation } from "./registry/types.js";
export type { RunOptions } from "./runner/options.js";
export { assertReachable, TargetUnreachableError } from "./runner/prepare.js";
export { type RunHooks, runConformance } from "./runner/run.js";
export { selectChecks } from "./runner/select.js";
export type { CheckResult, Expectation, Expectations, ResultStatus, RunResult, RunSummary } from "./runner/types.js";
