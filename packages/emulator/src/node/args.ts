import { corsOriginsFromList, corsPolicy } from "../cors/origins.js";
import type { OptionError } from "../options/option-error.js";
import { isTimingProfileName } from "../timings/profiles.js";
import { readTimingsFile } from "../timings/timings-option.js";
import { HELP } from "./help.js";
import type { StartOptions } from "./server.js";
import { loadStrictKeys } from "./strict-keys.js";

export { HELP };

/** Flags of `cloudhsm-emulator` and the environment variable it reads; every refusal says what was wrong and what
 * was expected. */
export const TIMINGS_ENV = "CLOUDHSM_EMULATOR_TIMINGS";

export type ParsedArgs =
  | { kind: "run"; options: StartOptions }
  | { kind: "help"; text: string }
  | { kind: "error"; message: string };

/** A flag that takes a value: an example of one, and what the value does to the options (a string: the refusal). */
interface ValueFlag {
  example: string;
  apply(options: StartOptions, value: string): string | undefined;
}

/** A flag whose value is taken as it is. */
const keep =
  (key: "host" | "stateFile" | "seed") =>
  (options: StartOptions, value: string): undefined => {
    options[key] = value;
  };

const VALUE_FLAGS: Record<string, ValueFlag> = {
  "--host": { example: "--host 127.0.0.1", apply: keep("host") },
  "--port": {
    example: "--port 4566",
    apply: (o, v) => {
      if (!/^\d+$/.test(v) || Number(v) > 65535) {
        return `--port expects an integer from 0 to 65535; got ${JSON.stringify(v)}`;
      }
      o.port = Number(v);
      return undefined;
    },
  },
  "--state-file": { example: "--state-file ./cloudhsm-state.json", apply: keep("stateFile") },
  "--start-time": {
    example: "--start-time 1763779200",
    apply: (o, v) => {
      const n = Number(v);
      if (v.trim() === "" || !Number.isFinite(n) || n < 0) {
        return `--start-time expects epoch seconds ≥ 0; got ${JSON.stringify(v)}`;
      }
      o.startTime = n;
      return undefined;
    },
  },
  "--strict-keys": {
    example: "--strict-keys ./keys.json",
    apply: (o, v) => {
      try {
        o.strict = { keys: loadStrictKeys(v) };
        return undefined;
      } catch (e) {
        return `--strict-keys ${v} ${(e as Error).message}`;
      }
    },
  },
  "--timings": { example: "--timings aws", apply: (o, v) => setTimings(o, v, "--timings") },
  "--seed": { example: "--seed ./seed.json", apply: keep("seed") },
  "--cors-origins": {
    example: "--cors-origins http://localhost:5173,https://app.example.com",
    apply: (o, v) => {
      try {
        const origins = corsOriginsFromList(v);
        corsPolicy(origins);
        o.corsOrigins = origins;
        return undefined;
      } catch (e) {
        return `--cors-origins: ${(e as OptionError).reason}`;
      }
    },
  },
};

/** A profile name stays a name; a timings file is read now, so that a bad one is a usage error. */
function setTimings(options: StartOptions, value: string, source: string): string | undefined {
  try {
    options.timings = isTimingProfileName(value) ? value : { delays: readTimingsFile(value) };
    return undefined;
  } catch (e) {
    return `${source}: ${(e as OptionError).reason}`;
  }
}

const FLAG_NAMES = [...Object.keys(VALUE_FLAGS), "--legacy-cluster-id-copy", "--help"].join(", ");

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
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const valueFlag = VALUE_FLAGS[flag];
    if (valueFlag) {
      let v = inline;
      if (v === undefined) {
        const next = argv[i + 1];
        if (next === undefined || next.startsWith("--")) {
          const why = next === undefined ? "none was given" : `the next argument ${JSON.stringify(next)} is a flag`;
          return { kind: "error", message: `${flag} needs a value, e.g. ${valueFlag.example}; ${why}` };
        }
        v = next;
        i++;
      }
      if (v === "") {
        return { kind: "error", message: `${flag} needs a non-empty value, e.g. ${valueFlag.example}` };
      }
      const refused = valueFlag.apply(options, v);
      if (refused) {
        return { kind: "error", message: refused };
      }
    } else if (flag === "--help" || flag === "-h") {
      return { kind: "help", text: HELP };
    } else if (flag === "--legacy-cluster-id-copy") {
      if (inline !== undefined) {
        return { kind: "error", message: "--legacy-cluster-id-copy takes no value" };
      }
      options.legacyClusterIdCopy = true;
    } else {
      return { kind: "error", message: `unknown option ${JSON.stringify(arg)}; expected one of ${FLAG_NAMES}` };
    }
  }
  return { kind: "run", options };
}
