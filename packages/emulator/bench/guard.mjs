// Runs a Node script (the emulator's CLI) as a benchmark's child that stops by itself: when the benchmark's end of
// stdin closes — the benchmark exited, however it exited — this process exits too.
// Usage: node bench/guard.mjs <script> [args…]   (the script sees its own args in process.argv)
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
process.argv.splice(1, 1);
await import(pathToFileURL(resolve(process.argv[1])).href);
