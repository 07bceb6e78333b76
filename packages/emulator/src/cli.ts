#!/usr/bin/env node
import { parseArgs } from "./node/args.js";
import { startEmulator } from "./node/server.js";

/** `cloudhsm-emulator`: parse flags, start, print the URL; stop on SIGINT/SIGTERM. */
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
  process.stderr.write(`cloudhsm-emulator: cannot start: ${(error as Error).message}\n`);
  process.exit(1);
}
