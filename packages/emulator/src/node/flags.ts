import { corsOriginsFromList, corsPolicy } from "../core/cors/origins.js";
import type { OptionError } from "../core/options/option-error.js";
import { isTimingProfileName } from "../services/cloudhsmv2/timings/profiles.js";
import { readTimingsFile } from "../services/cloudhsmv2/timings/timings-option.js";
import type { StartOptions } from "./server.js";
import { loadStrictKeys } from "./strict-keys.js";

/** A flag that takes a value: an example of one, and what the value does to the options (a string: the refusal). */
export interface ValueFlag {
  example: string;
  apply(options: StartOptions, value: string): string | undefined;
}

/** A flag whose value is taken as it is. */
const keep =
  (key: "host" | "stateFile" | "seed") =>
  (options: StartOptions, value: string): undefined => {
    options[key] = value;
  };

export const VALUE_FLAGS: Record<string, ValueFlag> = {
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
export function setTimings(options: StartOptions, value: string, source: string): string | undefined {
  try {
    options.timings = isTimingProfileName(value) ? value : { delays: readTimingsFile(value) };
    return undefined;
  } catch (e) {
    return `${source}: ${(e as OptionError).reason}`;
  }
}
