/**
 * The command line of cloudhsm-conformance — checks a CloudHSM v2 implementation against AWS's documented behaviours.
 *
 * Exit status: 0 the target conforms (no required or selected legacy check fails outside its expectations);
 * 1 it does not; 2 a bad flag, environment variable, config or expectations file, or AWS credentials that are missing
 * or refused; 3 the endpoint (or AWS) cannot be reached; 4 the suite itself could not run.
 */

import { type CliArgs, parseCliArgs } from "./config/args.js";
import { REFERENCE_TARGET, resolveRun } from "./config/resolve.js";
import { ConfigError } from "./config/validate.js";
import { mergeCommand } from "./merge-command.js";
import type { SweepReport } from "./registry/service.js";
import { MATRIX_USAGE, matrixCommand } from "./report/matrix-command.js";
import { TerminalProgress } from "./report/terminal.js";
import { writeReports } from "./report/write.js";
import type { RunOptions } from "./runner/options.js";
import { assertAwsReady } from "./runner/preflight-aws.js";
import { probeTarget, TargetUnreachableError } from "./runner/prepare.js";
import { runConformance } from "./runner/run.js";
import { selectChecks } from "./runner/select.js";
import type { RunResult } from "./runner/types.js";
import { runWithVitest } from "./runner/vitest-engine.js";
import { REGISTRY } from "./services/index.js";

export const EXIT = { ok: 0, nonConformant: 1, usage: 2, unreachable: 3, internal: 4 } as const;

/** The services the suite checks, for the help text. */
const SERVICE_IDS = REGISTRY.services.map((s) => s.id).join(", ");
const HELP = `Usage: cloudhsm-conformance [run] [options]
       cloudhsm-conformance list [--levels …] [--services …] [--groups …] [--json]
       cloudhsm-conformance sweep (--endpoint URL | --target aws) [--run-id ID] [--config file]
       cloudhsm-conformance merge SHARD/results.json… [--report-dir DIR]
       ${MATRIX_USAGE}

With no options, starts the reference emulator in-process and runs every check against it.

Target
  --endpoint URL        an emulator (or any endpoint) for every region        [CLOUDHSM_ENDPOINT]
  --target NAME         names the target and selects expectations/NAME.json;   [CONFORMANCE_TARGET]
                        "aws" without --endpoint runs against real AWS
  --region REGION       the primary region (default us-east-1)                 [AWS_REGION]
  --config FILE         a JSON config (see conformance.sample.json)            [CONFORMANCE_CONFIG]
  --expectations FILE   known divergences of your target                      [CONFORMANCE_EXPECTATIONS]
  --allow-billable      allow creating clusters on AWS (they cost money)       [CONFORMANCE_ALLOW_BILLABLE=1]
                        and AWS Backup recovery points and copies (storage)

AWS Backup on AWS (emulators need none of these)
  --backup-resource ARN  an existing resource to back up, in the primary       [CONFORMANCE_BACKUP_RESOURCE_ARN]
                        region (an EFS file system is cheapest)
  --backup-role ARN     the role AWS Backup assumes (default: the account's    [CONFORMANCE_BACKUP_ROLE_ARN]
                        service-role/AWSBackupDefaultServiceRole)
  --backup-dynamodb-table ARN  a DynamoDB table for the DynamoDB checks        [CONFORMANCE_BACKUP_DYNAMODB_TABLE_ARN]

Selection and output
  --levels LIST         required,legacy,advisory (default: all)                [CONFORMANCE_LEVELS]
  --services LIST       ${`services to check: ${SERVICE_IDS} (default: all)`.padEnd(54)} [CONFORMANCE_SERVICES]
  --groups LIST         behaviour groups, e.g. tags,partitions (see list)      [CONFORMANCE_GROUPS]
  --checks LIST         check ids                                              [CONFORMANCE_CHECKS]
  --report-dir DIR      where junit.xml, results.json, report.md, report.html go [CONFORMANCE_REPORT_DIR]
                        (default conformance-report)
  --run-id ID           the tag value put on every resource the run creates    [CONFORMANCE_RUN_ID]
  --shard i/n           run the i-th of n deterministic parts of the selection  [CONFORMANCE_SHARD]
                        (then "merge" the shards' results.json into one report)
  --record DIR          write every CloudHSM reply, normalised, as golden       [CONFORMANCE_RECORD_DIR]
                        recordings into DIR (run it against AWS)
  --engine vitest|direct  run the checks as a vitest suite (default) or in-process
  --json                with list: print the registry as JSON
  -h, --help            this text

Exit status: 0 conforms; 1 a required (or selected legacy) check fails outside the expectations;
2 bad flag, environment, config or AWS credentials; 3 endpoint unreachable; 4 the suite could not run.
`;

function out(text: string): void {
  process.stdout.write(text);
}

function list(args: CliArgs): number {
  const { options } = resolveRun({ ...args, target: args.target ?? REFERENCE_TARGET }, {});
  const checks = selectChecks(options);
  if (args.json) {
    out(
      `${JSON.stringify(
        checks.map(({ run: _run, ...rest }) => rest),
        null,
        2,
      )}\n`,
    );
    return EXIT.ok;
  }
  for (const c of checks) {
    out(
      `${c.id.padEnd(34)} ${c.level.padEnd(9)} ${c.service.padEnd(11)} ${c.group.padEnd(19)} ${c.title}${c.needs.length ? `  [needs ${c.needs.join(", ")}]` : ""}\n`,
    );
  }
  out(`${checks.length} of ${REGISTRY.checks.length} checks\n`);
  return EXIT.ok;
}

async function run(args: CliArgs): Promise<number> {
  const resolved = resolveRun(args, process.env);
  let options: RunOptions = resolved.options;
  // Nothing to stop first: the reference emulator lives in the thread that runs the checks, and ends with the process.
  const onSignal = () => process.exit(130);
  process.once("SIGINT", onSignal);
  try {
    if (resolved.mode === "aws") {
      await assertAwsReady(options);
    }
    // An endpoint is probed once here (the reference emulator is probed where it starts); the run, in-process or in
    // the vitest worker, is handed what was found.
    if (resolved.mode !== "reference") {
      options = { ...options, probed: await probeTarget(options) };
    }
    const checks = selectChecks(options);
    const progress = new TerminalProgress(out, process.stdout.isTTY === true && !process.env.NO_COLOR);
    const where =
      resolved.mode === "reference"
        ? "the reference emulator (in-process)"
        : resolved.mode === "aws"
          ? `AWS (${options.regions?.primary ?? "us-east-1"})`
          : `${options.targetName ?? "endpoint"} at ${options.endpoint}`;
    const shard = options.shard ? `, shard ${options.shard.index}/${options.shard.count}` : "";
    progress.start(checks.length, `${where}${shard}`);
    const onResult = (r: Parameters<TerminalProgress["result"]>[0]) => progress.result(r, checks.length);
    const result =
      resolved.engine === "direct"
        ? await runConformance(options, { onResult: (r) => onResult(r), onCheckStart: (c) => progress.begin(c.id) })
        : await runWithVitest(options, onResult, (id) => progress.begin(id));
    // Since the process started (performance's time origin), so that start-up counts too.
    const timed: RunResult = { ...result, wallTimeMs: Math.round(performance.now()) };
    const files = writeReports(timed, resolved.reportDir);
    progress.summary(timed, files);
    if (options.recordDir) {
      out(`recordings: ${options.recordDir}\n`);
    }
    return timed.summary.failsRun === 0 ? EXIT.ok : EXIT.nonConformant;
  } finally {
    process.removeListener("SIGINT", onSignal);
  }
}

async function sweepCommand(args: CliArgs): Promise<number> {
  const resolved = resolveRun(args, process.env);
  if (resolved.mode === "reference") {
    throw new ConfigError("sweep needs a target that outlives a run: --endpoint URL or --target aws");
  }
  const report: SweepReport = { deleted: [], failed: [] };
  const selected = resolved.options.services;
  for (const service of REGISTRY.services.filter((s) => !selected || selected.includes(s.id))) {
    const swept = await service.sweep(resolved.options, args.runId, (line) => out(`${line}\n`));
    report.deleted.push(...swept.deleted);
    report.failed.push(...swept.failed);
  }
  out(`swept: ${report.deleted.length} deleted, ${report.failed.length} failed\n`);
  return report.failed.length === 0 ? EXIT.ok : EXIT.internal;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    if (argv[0] === "matrix") {
      // matrix has flags of its own (--out, --title), so it parses its arguments itself.
      return matrixCommand(argv.slice(1), out);
    }
    const args = parseCliArgs(argv);
    if (args.help) {
      out(HELP);
      return EXIT.ok;
    }
    if (args.command === "list") {
      return list(args);
    }
    if (args.command === "sweep") {
      return await sweepCommand(args);
    }
    if (args.command === "merge") {
      return mergeCommand(args, args.reportDir ?? process.env.CONFORMANCE_REPORT_DIR ?? "conformance-report", out);
    }
    return await run(args);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`cloudhsm-conformance: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof TargetUnreachableError) {
      process.stderr.write(`cloudhsm-conformance: ${error.message}\n`);
      return EXIT.unreachable;
    }
    process.stderr.write(`cloudhsm-conformance: the suite could not run: ${(error as Error)?.stack ?? error}\n`);
    return EXIT.internal;
  }
}
