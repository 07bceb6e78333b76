import { parseArgs as parseFlags } from "node:util";
import { setTimings, VALUE_FLAGS, type ValueFlag } from "./flags.js";
import { HELP } from "./help.js";
import type { StartOptions } from "./server.js";

export { HELP };

/** Flags of `cloudhsm-emulator` (their values are read in ./flags.ts) and the environment variable it reads; every
 * refusal says what was wrong and what was expected. */
export const TIMINGS_ENV = "CLOUDHSM_EMULATOR_TIMINGS";

export type ParsedArgs =
  | { kind: "run"; options: StartOptions }
  | { kind: "help"; text: string }
  | { kind: "error"; message: string };

const FLAG_NAMES = [...Object.keys(VALUE_FLAGS), "--legacy-cluster-id-copy", "--legacy-backup-seed", "--help"].join(
  ", ",
);

/** The flags for `node:util.parseArgs`. Every value flag is read as a string and checked by its `apply`. Not strict:
 * its own refusals would not say what was expected, so unknown flags and missing values are refused below. */
const PARSE_OPTIONS = {
  ...Object.fromEntries(Object.keys(VALUE_FLAGS).map((flag) => [flag.slice(2), { type: "string" as const }])),
  "legacy-cluster-id-copy": { type: "boolean" as const },
  "legacy-backup-seed": { type: "boolean" as const },
  help: { type: "boolean" as const, short: "h" },
};

/**
 * Flags with a value take it as `--flag value` or `--flag=value`. A separate value that starts with `--` is taken
 * for the next flag, not a value (`--host --port 4567` is a missing host, not the host "--port"); a value that
 * really starts with `--` can still be given as `--flag=--value`. `env` supplies CLOUDHSM_EMULATOR_TIMINGS, which
 * `--timings` overrides (an empty value counts as unset).
 */
export function parseArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): ParsedArgs {
  const options: StartOptions = { host: "127.0.0.1", port: 4566 };
  const envTimings = env[TIMINGS_ENV];
  if (envTimings !== undefined && envTimings !== "") {
    const refused = setTimings(options, envTimings, TIMINGS_ENV);
    if (refused) {
      return { kind: "error", message: refused };
    }
  }
  const { tokens } = parseFlags({
    args: [...argv],
    options: PARSE_OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    const arg = argv[token.index] as string;
    const unknown = `unknown option ${JSON.stringify(arg)}; expected one of ${FLAG_NAMES}`;
    if (token.kind !== "option") {
      // A positional argument, or "--" (after which parseArgs would read every argument as positional).
      return { kind: "error", message: unknown };
    }
    const flag = `--${token.name}`;
    const valueFlag = VALUE_FLAGS[flag];
    if (valueFlag && token.rawName === flag) {
      const refused = valueRefusal(flag, valueFlag, token) ?? valueFlag.apply(options, token.value as string);
      if (refused) {
        return { kind: "error", message: refused };
      }
    } else if (token.rawName === "--help" || arg === "-h") {
      return { kind: "help", text: HELP };
    } else if (token.rawName === "--legacy-cluster-id-copy") {
      if (token.inlineValue) {
        return { kind: "error", message: "--legacy-cluster-id-copy takes no value" };
      }
      options.legacyClusterIdCopy = true;
    } else if (token.rawName === "--legacy-backup-seed") {
      if (token.inlineValue) {
        return { kind: "error", message: "--legacy-backup-seed takes no value" };
      }
      options.legacyBackupSeed = true;
    } else {
      return { kind: "error", message: unknown };
    }
  }
  return { kind: "run", options };
}

/** Why a value flag's token has no usable value: none given, the next flag taken for it, or an empty one. */
function valueRefusal(
  flag: string,
  { example }: ValueFlag,
  token: { value?: string | undefined; inlineValue?: boolean | undefined },
): string | undefined {
  if (token.value === undefined) {
    return `${flag} needs a value, e.g. ${example}; none was given`;
  }
  if (!token.inlineValue && token.value.startsWith("--")) {
    return `${flag} needs a value, e.g. ${example}; the next argument ${JSON.stringify(token.value)} is a flag`;
  }
  if (token.value === "") {
    return `${flag} needs a non-empty value, e.g. ${example}`;
  }
  return undefined;
}
