import { REGISTRY } from "./services/index.js";

/** Every check of every service, in run and report order. */
export const CHECKS = REGISTRY.checks;
/** Every behaviour group of every service, in run and report order. */
export const GROUPS = REGISTRY.groups;

/** The checks of one group. */
export function checksOf(group: string) {
  return CHECKS.filter((c) => c.group === group);
}

export type { Capability } from "./registry/capability.js";
export type { ServiceDefinition } from "./registry/service.js";
export type { CheckDefinition, Citation, GroupInfo, Level, Validation } from "./registry/types.js";
export type { RunOptions } from "./runner/options.js";
export { assertReachable, TargetUnreachableError } from "./runner/prepare.js";
export { type RunHooks, runConformance } from "./runner/run.js";
export { selectChecks } from "./runner/select.js";
export type { CheckResult, Expectation, Expectations, ResultStatus, RunResult, RunSummary } from "./runner/types.js";
export { type GroupId, SERVICES } from "./services/index.js";
