import { parseArgs } from "node:util";
import { ConfigError } from "./validate.js";

export type Command = "run" | "list" | "sweep" | "merge";

/** The command line, parsed but not yet validated against the environment and config file. */
export interface CliArgs {
  command: Command;
  help: boolean;
  endpoint?: string;
  region?: string;
  config?: string;
  levels?: string;
  services?: string;
  groups?: string;
  checks?: string;
  reportDir?: string;
  target?: string;
  expectations?: string;
  allowBillable: boolean;
  backupResource?: string;
  backupRole?: string;
  backupDynamoDbTable?: string;
  engine?: string;
  runId?: string;
  record?: string;
  shard?: string;
  json: boolean;
  /** With `merge`: the results.json of each shard. */
  files: string[];
}

const OPTIONS = {
  endpoint: { type: "string" },
  region: { type: "string" },
  config: { type: "string" },
  levels: { type: "string" },
  services: { type: "string" },
  groups: { type: "string" },
  checks: { type: "string" },
  "report-dir": { type: "string" },
  target: { type: "string" },
  expectations: { type: "string" },
  "allow-billable": { type: "boolean" },
  "backup-resource": { type: "string" },
  "backup-role": { type: "string" },
  "backup-dynamodb-table": { type: "string" },
  engine: { type: "string" },
  "run-id": { type: "string" },
  record: { type: "string" },
  shard: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const COMMANDS: readonly Command[] = ["run", "list", "sweep", "merge"];

/** Parses argv (without node and the script); unknown flags, missing values and stray words are errors. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const parse = () => {
    try {
      return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new ConfigError(`${(error as Error).message.split("\n")[0]} (see --help)`);
    }
  };
  const { values, positionals } = parse();
  const [first, ...rest] = positionals;
  if (rest.length > 0 && first !== "merge") {
    throw new ConfigError(`unexpected argument "${rest[0]}" (see --help)`);
  }
  if (first !== undefined && !COMMANDS.includes(first as Command)) {
    throw new ConfigError(`unknown command "${first}": expected one of ${COMMANDS.join(", ")} (see --help)`);
  }
  return {
    command: (first as Command | undefined) ?? "run",
    help: values.help === true,
    endpoint: values.endpoint,
    region: values.region,
    config: values.config,
    levels: values.levels,
    services: values.services,
    groups: values.groups,
    checks: values.checks,
    reportDir: values["report-dir"],
    target: values.target,
    expectations: values.expectations,
    allowBillable: values["allow-billable"] === true,
    backupResource: values["backup-resource"],
    backupRole: values["backup-role"],
    backupDynamoDbTable: values["backup-dynamodb-table"],
    engine: values.engine,
    runId: values["run-id"],
    record: values.record,
    shard: values.shard,
    json: values.json === true,
    files: first === "merge" ? rest : [],
  };
}
