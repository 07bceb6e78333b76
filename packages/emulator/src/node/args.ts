import type { StartOptions } from "./server.js";
import { loadStrictKeys } from "./strict-keys.js";

/** Flags of `cloudhsm-emulator`; every refusal says what was wrong and what was expected. */
export const HELP = `cloudhsm-emulator — reference emulator of the AWS CloudHSM v2 API

Usage: cloudhsm-emulator [options]

Options:
  --host <address>            interface to bind (default 127.0.0.1: loopback only)
  --port <n>                  TCP port, 0-65535 (default 4566; 0 = any free port)
  --state-file <path>         keep the state in this file: loaded and written at start (the start fails
                              when it cannot be), written after every change
  --legacy-cluster-id-copy    accept ClusterId in CopyBackupToRegion (user guide 2018-2022 behaviour)
  --start-time <epoch-s>      emulated time at start, in epoch seconds (default: now)
  --strict-keys <file>        strict mode: verify SigV4 signatures against the key pairs in this JSON file,
                              {"keys": [{"accessKeyId", "secretAccessKey", "accountId"?, "regions"?}]};
                              unknown keys get UnrecognizedClientException, wrong signatures
                              InvalidSignatureException, a key used outside its regions
                              CloudHsmAccessDeniedException (default: any well-formed signature is accepted)
  --help                      show this text

A value may follow its flag (--port 4566) or be joined to it (--port=4566); a value that starts with --
must be joined (--state-file=--odd.json), as a separate one is taken for the next flag.

The AWS API is served at POST / (X-Amz-Target: BaldrApiService.<Operation>); the region of a call is the
region of its SigV4 credential scope. The control API is under /_emulator/v1 (see the package README).
Example: aws --endpoint-url http://127.0.0.1:4566 --region us-east-1 cloudhsmv2 describe-backups
`;

export type ParsedArgs =
  | { kind: "run"; options: StartOptions }
  | { kind: "help"; text: string }
  | { kind: "error"; message: string };

/** The flags that take a value, each with an example of one. */
const VALUE_EXAMPLES: Record<string, string> = {
  "--host": "--host 127.0.0.1",
  "--port": "--port 4566",
  "--state-file": "--state-file ./cloudhsm-state.json",
  "--start-time": "--start-time 1763779200",
  "--strict-keys": "--strict-keys ./keys.json",
};

/**
 * Flags with a value take it as `--flag value` or `--flag=value`. A separate value that starts with `--` is taken
 * for the next flag, not a value (`--host --port 4567` is a missing host, not the host "--port"); a value that
 * really starts with `--` can still be given as `--flag=--value`.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: StartOptions = { host: "127.0.0.1", port: 4566 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    let v = inline;
    const example = VALUE_EXAMPLES[flag];
    if (example !== undefined && v === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--")) {
        const why = next === undefined ? "none was given" : `the next argument ${JSON.stringify(next)} is a flag`;
        return { kind: "error", message: `${flag} needs a value, e.g. ${example}; ${why}` };
      }
      v = next;
      i++;
    }
    switch (flag) {
      case "--help":
      case "-h":
        return { kind: "help", text: HELP };
      case "--host":
        if (!v) {
          return { kind: "error", message: "--host needs an address, e.g. --host 127.0.0.1" };
        }
        options.host = v;
        break;
      case "--port": {
        const n = Number(v);
        if (v === undefined || !/^\d+$/.test(v) || n > 65535) {
          return {
            kind: "error",
            message: `--port expects an integer from 0 to 65535; got ${JSON.stringify(v ?? null)}`,
          };
        }
        options.port = n;
        break;
      }
      case "--state-file":
        if (!v) {
          return { kind: "error", message: "--state-file needs a file path, e.g. --state-file ./cloudhsm-state.json" };
        }
        options.stateFile = v;
        break;
      case "--legacy-cluster-id-copy":
        if (inline !== undefined) {
          return { kind: "error", message: "--legacy-cluster-id-copy takes no value" };
        }
        options.legacyClusterIdCopy = true;
        break;
      case "--start-time": {
        const n = Number(v);
        if (v === undefined || v.trim() === "" || !Number.isFinite(n) || n < 0) {
          return { kind: "error", message: `--start-time expects epoch seconds ≥ 0; got ${JSON.stringify(v ?? null)}` };
        }
        options.startTime = n;
        break;
      }
      case "--strict-keys":
        if (!v) {
          return { kind: "error", message: "--strict-keys needs a file path, e.g. --strict-keys ./keys.json" };
        }
        try {
          options.strict = { keys: loadStrictKeys(v) };
        } catch (e) {
          return { kind: "error", message: `--strict-keys ${v} ${(e as Error).message}` };
        }
        break;
      default:
        return {
          kind: "error",
          message: `unknown option ${JSON.stringify(arg)}; expected one of --host, --port, --state-file, --legacy-cluster-id-copy, --start-time, --strict-keys, --help`,
        };
    }
  }
  return { kind: "run", options };
}
