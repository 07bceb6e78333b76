import { resolve as resolvePath } from "node:path";
import { registered } from "../registry/registration.js";
import { LEVELS, type Level } from "../registry/types.js";
import type { RunOptions } from "../runner/options.js";
import { newRunId } from "../runner/prepare.js";
import type { CliArgs } from "./args.js";
import { checkBackupRegions, expectResourceArn, expectRoleArn, expectTableArn } from "./backup.js";
import { expectationsFor, readExpectationsFile } from "./expectations.js";
import { type ConfigFile, groupIds, readConfigFile, serviceIds } from "./file.js";
import { ConfigError, expectList, expectRegion, expectRunId, expectString, expectUrl } from "./validate.js";

/** Which kind of target a run talks to. */
export type TargetMode = "reference" | "endpoint" | "aws";

export const REFERENCE_TARGET = "reference-emulator";

export interface ResolvedRun {
  mode: TargetMode;
  options: RunOptions;
  reportDir: string;
  engine: "vitest" | "direct";
}

/** A setting given by a flag, an environment variable or the config file, with the name to quote in an error. */
interface Given {
  value: string;
  where: string;
}

/** The first of flag, environment variable and config value that is set, named as the user wrote it. */
function pick(flag: string, flagValue: string | undefined, envName: string, env: NodeJS.ProcessEnv): Given | undefined {
  if (flagValue !== undefined) {
    return { value: flagValue, where: flag };
  }
  const fromEnv = env[envName];
  return fromEnv === undefined ? undefined : { value: fromEnv, where: envName };
}

/** An on/off environment variable: 1/true/yes or 0/false/no (any case); anything else is a mistake worth naming. */
function envSwitch(name: string, env: NodeJS.ProcessEnv): boolean | undefined {
  const raw = env[name];
  if (raw === undefined || raw === "") {
    return undefined;
  }
  const v = raw.toLowerCase();
  if (["1", "true", "yes"].includes(v)) {
    return true;
  }
  if (["0", "false", "no"].includes(v)) {
    return false;
  }
  throw new ConfigError(`${name} must be 1, true, yes, 0, false or no, got ${JSON.stringify(raw)}`);
}

/**
 * Combines flags, environment variables and the config file (in that order of precedence) into validated run
 * options. With no endpoint and no `--target aws`, the target is the reference emulator, started in-process when the
 * target is prepared.
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
  const regionGiven = args.region ?? (mode === "reference" ? undefined : env.AWS_REGION);
  const levels = pick("--levels", args.levels, "CONFORMANCE_LEVELS", env);
  const services = pick("--services", args.services, "CONFORMANCE_SERVICES", env);
  const groups = pick("--groups", args.groups, "CONFORMANCE_GROUPS", env);
  const checks = pick("--checks", args.checks, "CONFORMANCE_CHECKS", env);
  const runId = pick("--run-id", args.runId, "CONFORMANCE_RUN_ID", env);
  const engine = pick("--engine", args.engine, "CONFORMANCE_ENGINE", env) ?? { value: "vitest", where: "--engine" };
  if (engine.value !== "vitest" && engine.value !== "direct") {
    throw new ConfigError(`${engine.where} must be vitest or direct, got "${engine.value}"`);
  }
  const expectationsPath = args.expectations ?? env.CONFORMANCE_EXPECTATIONS;
  const targetName = target ?? (mode === "reference" ? REFERENCE_TARGET : mode === "aws" ? "aws" : undefined);
  const expectations = expectationsPath
    ? readExpectationsFile(resolvePath(expectationsPath))
    : targetName
      ? expectationsFor(targetName)
      : undefined;
  const checkIds = checks
    ? expectList(
        checks.where,
        checks.value,
        registered().checks.map((c) => c.id),
      )
    : file.checks;
  const regionWhere = args.region !== undefined ? "--region" : "AWS_REGION";
  const regions = {
    ...file.regions,
    ...(regionGiven ? { primary: expectRegion(regionWhere, regionGiven) } : {}),
  };
  const options: RunOptions = {
    ...file,
    ...(targetName ? { targetName } : {}),
    ...(endpoint ? { endpoint } : {}),
    // The legacy ClusterId option on, so that the legacy checks run.
    ...(mode === "reference" ? { referenceEmulator: { legacyClusterIdCopy: true } } : {}),
    regions,
    levels: levels ? expectList<Level>(levels.where, levels.value, LEVELS) : file.levels,
    services: services ? expectList<string>(services.where, services.value, serviceIds()) : file.services,
    groups: groups ? expectList<string>(groups.where, groups.value, groupIds()) : file.groups,
    ...(checkIds ? { checks: checkIds } : {}),
    allowBillable: args.allowBillable || (envSwitch("CONFORMANCE_ALLOW_BILLABLE", env) ?? file.allowBillable === true),
    runId: runId ? expectRunId(runId.where, runId.value) : (file.runId ?? newRunId()),
    ...(expectations ? { expectations } : {}),
  };
  const backup = resolveBackup(args, env, file);
  if (backup) {
    checkBackupRegions(backup, regions.primary ?? "us-east-1");
    options.backup = backup;
  } else {
    delete options.backup;
  }
  const shard = pick("--shard", args.shard, "CONFORMANCE_SHARD", env);
  if (shard) {
    options.shard = parseShard(shard.where, shard.value);
  }
  const record = args.record ?? env.CONFORMANCE_RECORD_DIR ?? file.recordDir;
  if (record !== undefined) {
    if (record.trim() === "") {
      throw new ConfigError("--record needs a folder to write the recordings into");
    }
    options.recordDir = resolvePath(record);
  }
  delete (options as ConfigFile).reportDir;
  if (options.levels === undefined) {
    delete options.levels;
  }
  if (options.services === undefined) {
    delete options.services;
  }
  if (options.groups === undefined) {
    delete options.groups;
  }
  return {
    mode,
    options,
    reportDir: args.reportDir ?? env.CONFORMANCE_REPORT_DIR ?? file.reportDir ?? "conformance-report",
    engine: engine.value,
  };
}

/** The AWS Backup resources: each flag over its environment variable over the config's `backup` key. */
function resolveBackup(args: CliArgs, env: NodeJS.ProcessEnv, file: ConfigFile): RunOptions["backup"] {
  const resource = pick("--backup-resource", args.backupResource, "CONFORMANCE_BACKUP_RESOURCE_ARN", env);
  const role = pick("--backup-role", args.backupRole, "CONFORMANCE_BACKUP_ROLE_ARN", env);
  const table = pick("--backup-dynamodb-table", args.backupDynamoDbTable, "CONFORMANCE_BACKUP_DYNAMODB_TABLE_ARN", env);
  const backup = {
    ...file.backup,
    ...(resource ? { resourceArn: expectResourceArn(resource.where, resource.value) } : {}),
    ...(role ? { iamRoleArn: expectRoleArn(role.where, role.value) } : {}),
    ...(table ? { dynamoDbTableArn: expectTableArn(table.where, table.value) } : {}),
  };
  return Object.keys(backup).length > 0 ? backup : undefined;
}

/** `i/n`: the i-th of n shards, 1 ≤ i ≤ n. */
export function parseShard(where: string, value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new ConfigError(`${where} must be i/n with 1 ≤ i ≤ n (e.g. 2/4), got "${value}"`);
  }
  return { index, count };
}
