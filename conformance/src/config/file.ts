import { readFileSync } from "node:fs";
import type { Credentials } from "../harness/target-types.js";
import { registered } from "../registry/registration.js";
import { LEVELS, type Level } from "../registry/types.js";
import type { RunOptions } from "../runner/options.js";
import { parseBackupSection } from "./backup.js";
import {
  ConfigError,
  expectAccountId,
  expectBoolean,
  expectList,
  expectObject,
  expectPositiveInteger,
  expectRegion,
  expectRunId,
  expectString,
  expectUrl,
  rejectUnknownKeys,
} from "./validate.js";

/** What a config file may hold: the run options plus where reports go. Every key is optional. */
export interface ConfigFile extends Omit<RunOptions, "expectations"> {
  reportDir?: string;
}

/** The ids of the registered services (what --services and the config's "services" accept). */
export const serviceIds = (): readonly string[] => registered().services.map((s) => s.id);
/** The ids of the registered groups (what --groups and the config's "groups" accept). */
export const groupIds = (): readonly string[] => registered().groups.map((g) => g.id);

const KEYS = [
  "target",
  "endpoint",
  "regions",
  "credentials",
  "partitionCredentials",
  "secondAccount",
  "readyBackups",
  "allowBillable",
  "legacyClusterIdCopy",
  "legacyBackupSeed",
  "levels",
  "services",
  "groups",
  "checks",
  "timing",
  "runId",
  "maxAttempts",
  "cluster",
  "backup",
  "reportDir",
  "recordDir",
] as const;

function credentials(where: string, value: unknown): Credentials {
  const o = expectObject(where, value);
  rejectUnknownKeys(where, o, ["accessKeyId", "secretAccessKey", "sessionToken"]);
  return {
    accessKeyId: expectString(`${where}.accessKeyId`, o.accessKeyId),
    secretAccessKey: expectString(`${where}.secretAccessKey`, o.secretAccessKey),
    ...(o.sessionToken === undefined ? {} : { sessionToken: expectString(`${where}.sessionToken`, o.sessionToken) }),
  };
}

/** Validates a parsed config document; every error names the key, what was expected and what was found. */
export function parseConfig(value: unknown, source: string): ConfigFile {
  const o = expectObject(source, value);
  rejectUnknownKeys(source, o, KEYS);
  const at = (key: string) => `${source}: "${key}"`;
  const out: ConfigFile = {};
  if (o.target !== undefined) {
    out.targetName = expectString(at("target"), o.target, /^[a-z0-9][a-z0-9-]*$/, "a target name such as aws or moto");
  }
  if (o.endpoint !== undefined) {
    out.endpoint = expectUrl(at("endpoint"), o.endpoint);
  }
  if (o.regions !== undefined) {
    const r = expectObject(at("regions"), o.regions);
    rejectUnknownKeys(at("regions"), r, ["primary", "second", "govEast", "govWest", "china"]);
    out.regions = {};
    for (const key of ["primary", "second", "govEast", "govWest", "china"] as const) {
      if (r[key] !== undefined) {
        out.regions[key] = expectRegion(at(`regions.${key}`), r[key]);
      }
    }
  }
  if (o.credentials !== undefined) {
    out.credentials = credentials(at("credentials"), o.credentials);
  }
  if (o.partitionCredentials !== undefined) {
    const p = expectObject(at("partitionCredentials"), o.partitionCredentials);
    rejectUnknownKeys(at("partitionCredentials"), p, ["aws-us-gov", "aws-cn"]);
    out.partitionCredentials = {};
    for (const key of ["aws-us-gov", "aws-cn"] as const) {
      if (p[key] !== undefined) {
        out.partitionCredentials[key] = credentials(at(`partitionCredentials.${key}`), p[key]);
      }
    }
  }
  if (o.secondAccount !== undefined) {
    const s = expectObject(at("secondAccount"), o.secondAccount);
    rejectUnknownKeys(at("secondAccount"), s, ["accountId", "credentials"]);
    out.secondAccount = {
      accountId: expectAccountId(at("secondAccount.accountId"), s.accountId),
      credentials: credentials(at("secondAccount.credentials"), s.credentials),
    };
  }
  if (o.readyBackups !== undefined) {
    const b = expectObject(at("readyBackups"), o.readyBackups);
    out.readyBackups = {};
    for (const [region, id] of Object.entries(b)) {
      if (region.startsWith("$comment") || region.startsWith("//")) {
        continue;
      }
      expectRegion(`${at("readyBackups")} key`, region);
      out.readyBackups[region] = expectString(
        at(`readyBackups.${region}`),
        id,
        /^\S{1,256}$/,
        "the id of an existing READY backup",
      );
    }
  }
  if (o.allowBillable !== undefined) {
    out.allowBillable = expectBoolean(at("allowBillable"), o.allowBillable);
  }
  if (o.legacyClusterIdCopy !== undefined) {
    out.legacyClusterIdCopy = expectBoolean(at("legacyClusterIdCopy"), o.legacyClusterIdCopy);
  }
  if (o.legacyBackupSeed !== undefined) {
    out.legacyBackupSeed = expectBoolean(at("legacyBackupSeed"), o.legacyBackupSeed);
  }
  if (o.levels !== undefined) {
    out.levels = expectList<Level>(at("levels"), o.levels, LEVELS);
  }
  if (o.services !== undefined) {
    out.services = expectList<string>(at("services"), o.services, serviceIds());
  }
  if (o.groups !== undefined) {
    out.groups = expectList<string>(at("groups"), o.groups, groupIds());
  }
  if (o.checks !== undefined) {
    if (!Array.isArray(o.checks) || o.checks.length === 0) {
      throw new ConfigError(`${at("checks")} must be a non-empty list of check ids`);
    }
    out.checks = o.checks.map((id, i) => expectString(at(`checks[${i}]`), id));
  }
  if (o.timing !== undefined) {
    const tm = expectObject(at("timing"), o.timing);
    rejectUnknownKeys(at("timing"), tm, ["pollIntervalMs", "transitionTimeoutMs"]);
    out.timing = {};
    if (tm.pollIntervalMs !== undefined) {
      out.timing.pollIntervalMs = expectPositiveInteger(at("timing.pollIntervalMs"), tm.pollIntervalMs);
    }
    if (tm.transitionTimeoutMs !== undefined) {
      out.timing.transitionTimeoutMs = expectPositiveInteger(at("timing.transitionTimeoutMs"), tm.transitionTimeoutMs);
    }
  }
  if (o.runId !== undefined) {
    out.runId = expectRunId(at("runId"), o.runId);
  }
  if (o.maxAttempts !== undefined) {
    out.maxAttempts = expectPositiveInteger(at("maxAttempts"), o.maxAttempts);
  }
  if (o.cluster !== undefined) {
    const c = expectObject(at("cluster"), o.cluster);
    rejectUnknownKeys(at("cluster"), c, ["subnetIds", "hsmType"]);
    out.cluster = {};
    if (c.subnetIds !== undefined) {
      if (!Array.isArray(c.subnetIds) || c.subnetIds.length === 0) {
        throw new ConfigError(`${at("cluster.subnetIds")} must be a non-empty list of subnet ids`);
      }
      out.cluster.subnetIds = c.subnetIds.map((s, i) =>
        expectString(at(`cluster.subnetIds[${i}]`), s, /^subnet-[0-9a-fA-F]{8,17}$/, "a subnet id"),
      );
    }
    if (c.hsmType !== undefined) {
      out.cluster.hsmType = expectString(at("cluster.hsmType"), c.hsmType);
    }
  }
  if (o.backup !== undefined) {
    out.backup = parseBackupSection(at("backup"), o.backup);
  }
  if (o.reportDir !== undefined) {
    out.reportDir = expectString(at("reportDir"), o.reportDir);
  }
  if (o.recordDir !== undefined) {
    out.recordDir = expectString(at("recordDir"), o.recordDir);
  }
  return out;
}

/** Reads and validates a config file. */
export function readConfigFile(path: string): ConfigFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`--config ${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`--config ${path}: not valid JSON (${(error as Error).message})`);
  }
  return parseConfig(json, path);
}
