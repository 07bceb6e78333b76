import { resolve as resolvePath } from "node:path";
import { CHECKS } from "../registry/index.js";
import { type GroupId, LEVELS, type Level } from "../registry/types.js";
import type { RunOptions } from "../runner/options.js";
import { newRunId } from "../runner/prepare.js";
import type { CliArgs } from "./args.js";
import { expectationsFor, readExpectationsFile } from "./expectations.js";
import { type ConfigFile, GROUP_IDS, readConfigFile } from "./file.js";
import { ConfigError, expectList, expectRegion, expectString, expectUrl } from "./validate.js";

/** Which kind of target a run talks to. */
export type TargetMode = "reference" | "endpoint" | "aws";

export const REFERENCE_TARGET = "reference-emulator";

export interface ResolvedRun {
  mode: TargetMode;
  options: RunOptions;
  reportDir: string;
  engine: "vitest" | "direct";
}

const truthy = (v: string | undefined) => v !== undefined && ["1", "true", "yes"].includes(v.toLowerCase());

/**
 * Combines flags, environment variables and the config file (in that order of precedence) into validated run
 * options. With no endpoint and no `--target aws`, the target is the reference emulator started in-process.
 */
export function resolveRun(args: CliArgs, env: NodeJS.ProcessEnv): ResolvedRun {
  const configPath = args.config ?? env.CONFORMANCE_CONFIG;
  const file: ConfigFile = configPath ? readConfigFile(configPath) : {};
  const endpointRaw = args.endpoint ?? env.CLOUDHSM_ENDPOINT ?? file.endpoint;
  const endpoint =
    endpointRaw === undefined
      ? undefined
      : expectUrl(
          args.endpoint ? "--endpoint" : env.CLOUDHSM_ENDPOINT ? "CLOUDHSM_ENDPOINT" : "config endpoint",
          endpointRaw,
        );
  const targetRaw = args.target ?? env.CONFORMANCE_TARGET ?? file.targetName;
  const target =
    targetRaw === undefined
      ? undefined
      : expectString(
          "--target",
          targetRaw,
          /^[a-z0-9][a-z0-9-]*$/,
          "a target name such as aws, moto or reference-emulator",
        );
  let mode: TargetMode;
  if (endpoint) {
    mode = "endpoint";
  } else if (target === "aws") {
    mode = "aws";
  } else if (target === undefined || target === REFERENCE_TARGET) {
    mode = "reference";
  } else {
    throw new ConfigError(
      `--target ${target} needs an endpoint: --endpoint URL, CLOUDHSM_ENDPOINT or "endpoint" in the config`,
    );
  }
  const regionRaw = args.region ?? (mode === "reference" ? undefined : env.AWS_REGION) ?? file.regions?.primary;
  const levelsRaw = args.levels ?? env.CONFORMANCE_LEVELS;
  const groupsRaw = args.groups ?? env.CONFORMANCE_GROUPS;
  const checksRaw = args.checks ?? env.CONFORMANCE_CHECKS;
  const engineRaw = args.engine ?? env.CONFORMANCE_ENGINE ?? "vitest";
  if (engineRaw !== "vitest" && engineRaw !== "direct") {
    throw new ConfigError(`--engine must be vitest or direct, got "${engineRaw}"`);
  }
  const expectationsPath = args.expectations ?? env.CONFORMANCE_EXPECTATIONS;
  const targetName = target ?? (mode === "reference" ? REFERENCE_TARGET : mode === "aws" ? "aws" : undefined);
  const expectations = expectationsPath
    ? readExpectationsFile(resolvePath(expectationsPath))
    : targetName
      ? expectationsFor(targetName)
      : undefined;
  const checkIds = checksRaw
    ? expectList(
        "--checks",
        checksRaw,
        CHECKS.map((c) => c.id),
      )
    : file.checks;
  const regions = { ...file.regions, ...(regionRaw ? { primary: expectRegion("--region", regionRaw) } : {}) };
  const options: RunOptions = {
    ...file,
    ...(targetName ? { targetName } : {}),
    ...(endpoint ? { endpoint } : {}),
    regions,
    levels: levelsRaw ? expectList<Level>("--levels", levelsRaw, LEVELS) : file.levels,
    groups: groupsRaw ? expectList<GroupId>("--groups", groupsRaw, GROUP_IDS) : file.groups,
    ...(checkIds ? { checks: checkIds } : {}),
    allowBillable: args.allowBillable || truthy(env.CONFORMANCE_ALLOW_BILLABLE) || file.allowBillable === true,
    runId: args.runId ?? env.CONFORMANCE_RUN_ID ?? file.runId ?? newRunId(),
    ...(expectations ? { expectations } : {}),
  };
  delete (options as ConfigFile).reportDir;
  if (options.levels === undefined) {
    delete options.levels;
  }
  if (options.groups === undefined) {
    delete options.groups;
  }
  return {
    mode,
    options,
    reportDir: args.reportDir ?? env.CONFORMANCE_REPORT_DIR ?? file.reportDir ?? "conformance-report",
    engine: engineRaw,
  };
}
