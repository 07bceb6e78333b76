#!/usr/bin/env node
import { UI_PREFIX } from "./core/control/ui-assets.js";
import { OptionError } from "./core/options/option-error.js";
import { StateFileError } from "./core/persistence/state-file.js";
import { parseArgs } from "./node/args.js";
import { tuneHeapForServer } from "./node/heap.js";
import { startEmulator } from "./node/server.js";

/** `cloudhsm-emulator`: parse flags (and CLOUDHSM_EMULATOR_TIMINGS), start, print the URL; stop on SIGINT/SIGTERM.
 * Exit status 2 for a usage error (a flag, or a file a flag names, the emulator cannot use), 1 when the emulator
 * cannot start (port taken, state file unusable). */
const usageError = (message: string): never => {
  process.stderr.write(`cloudhsm-emulator: ${message}\nRun cloudhsm-emulator --help for usage.\n`);
  process.exit(2);
};

/** The flag each start-up option comes from, for messages. */
const FLAGS: Record<string, string> = {
  timings: "--timings",
  seed: "--seed",
  corsOrigins: "--cors-origins",
  delays: "--timings",
};

const collectAfterImport = tuneHeapForServer();

const parsed = parseArgs(process.argv.slice(2), process.env);
if (parsed.kind === "help") {
  process.stdout.write(parsed.text);
  process.exit(0);
}
if (parsed.kind === "error") {
  usageError(parsed.message);
} else {
  try {
    const running = await startEmulator({ ...parsed.options, onStateImported: collectAfterImport });
    // stdout carries the URL alone (scripts read it); the dashboard's address goes to stderr, for people.
    process.stdout.write(`${running.url}\n`);
    process.stderr.write(`cloudhsm-emulator: listening on ${running.url}; dashboard at ${running.url}${UI_PREFIX}\n`);
    const stop = () => {
      running.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  } catch (error) {
    if (error instanceof OptionError) {
      usageError(`${FLAGS[error.option] ?? error.option}: ${error.reason.replace(/\s*\n\s*/g, " ")}`);
    }
    // One line, naming the flag when the state file is the problem; exit status 1 (2 is a usage error).
    const message =
      error instanceof StateFileError
        ? `--state-file ${error.path} ${error.reason}`
        : `cannot start: ${(error as Error).message}`;
    process.stderr.write(`cloudhsm-emulator: ${message.replace(/\s*\n\s*/g, " ")}\n`);
    process.exit(1);
  }
}
