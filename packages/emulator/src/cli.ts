#!/usr/bin/env node
import { parseArgs } from "./node/args.js";
import { startEmulator } from "./node/server.js";
import { StateFileError } from "./persistence/state-file.js";

/** `cloudhsm-emulator`: parse flags, start, print the URL; stop on SIGINT/SIGTERM. Exit status 2 for a usage error,
 * 1 when the emulator cannot start (port taken, state file unusable). */
const parsed = parseArgs(process.argv.slice(2));
if (parsed.kind === "help") {
  process.stdout.write(parsed.text);
  process.exit(0);
}
if (parsed.kind === "error") {
  process.stderr.write(`cloudhsm-emulator: ${parsed.message}\nRun cloudhsm-emulator --help for usage.\n`);
  process.exit(2);
}
try {
  const running = await startEmulator(parsed.options);
  process.stdout.write(`${running.url}\n`);
  const stop = () => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  // One line, naming the flag when the state file is the problem; exit status 1 (2 is a usage error).
  const message =
    error instanceof StateFileError
      ? `--state-file ${error.path} ${error.reason}`
      : `cannot start: ${(error as Error).message}`;
  process.stderr.write(`cloudhsm-emulator: ${message.replace(/\s*\n\s*/g, " ")}\n`);
  process.exit(1);
}
