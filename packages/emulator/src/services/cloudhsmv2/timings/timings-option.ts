import { readFileSync } from "node:fs";
import { isObject, OptionError, quote } from "../../../core/options/option-error.js";
import { osReason } from "../../../core/persistence/state-file.js";
import type { Delays } from "../domain/context.js";
import { asDelays, delaysProblem } from "./delays.js";
import {
  DEFAULT_TIMING_PROFILE,
  isTimingProfileName,
  profileDelays,
  TIMING_PROFILE_NAMES,
  type TimingProfileName,
} from "./profiles.js";

/**
 * The `timings` option (`--timings`, `CLOUDHSM_EMULATOR_TIMINGS`): a profile name, the path of a timings file, or a
 * timings document. A timings document (and file) is
 *
 *     { "profile": "aws", "delays": { "copy": 30 } }
 *
 * both members optional: the profile's delays (default `fast`) with `delays` on top. Every refusal is an
 * OptionError("timings", …) naming the member and what was expected.
 */
export interface TimingsDocument {
  profile?: TimingProfileName;
  delays?: Partial<Delays>;
}

export type TimingsOption = TimingProfileName | (string & {}) | TimingsDocument;

const NAMES = TIMING_PROFILE_NAMES.join(", ");
const ALTERNATIVES = TIMING_PROFILE_NAMES.map((n) => `"${n}"`).join(" | ");
const EXAMPLE = '{"profile": "aws", "delays": {"copy": 30}}';
const fail = (reason: string) => new OptionError("timings", reason);

/** The delays a `timings` value stands for; throws OptionError. */
export function resolveTimings(value: TimingsOption | undefined): Delays {
  if (value === undefined) {
    return profileDelays(DEFAULT_TIMING_PROFILE);
  }
  if (typeof value === "string") {
    return isTimingProfileName(value) ? profileDelays(value) : readTimingsFile(value);
  }
  return fromDocument(value, "");
}

/** The delays at start: the timings (default: the `fast` profile) with the `delays` option on top; throws
 * OptionError naming `timings` or `delays`. */
export function startDelays(timings: TimingsOption | undefined, delays: Partial<Delays> | undefined): Delays {
  const base = resolveTimings(timings);
  if (delays === undefined) {
    return base;
  }
  const problem = delaysProblem(delays, "delays");
  if (problem) {
    throw new OptionError("delays", problem);
  }
  return { ...base, ...asDelays(delays) };
}

/** A timings file: JSON, a timings document. */
export function readTimingsFile(path: string): Delays {
  if (path.trim() === "") {
    throw fail(`expected a profile (${NAMES}) or the path of a timings file; got an empty string`);
  }
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw fail(`${quote(path)} is neither a timing profile (${NAMES}) nor a readable timings file: ${osReason(e)}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw fail(`file ${path} is not valid JSON (${(e as Error).message}); expected e.g. ${EXAMPLE}`);
  }
  return fromDocument(doc, `file ${path}: `);
}

function fromDocument(doc: unknown, where: string): Delays {
  if (!isObject(doc)) {
    throw fail(`${where}expected {"profile"?: ${ALTERNATIVES}, "delays"?: {…}}, e.g. ${EXAMPLE}; got ${quote(doc)}`);
  }
  const unknown = Object.keys(doc).find((k) => k !== "profile" && k !== "delays");
  if (unknown !== undefined) {
    throw fail(`${where}unknown member ${quote(unknown)}; the members are profile and delays`);
  }
  if (doc.profile !== undefined && !isTimingProfileName(doc.profile)) {
    throw fail(`${where}profile must be one of ${NAMES}; got ${quote(doc.profile)}`);
  }
  const problem = doc.delays === undefined ? undefined : delaysProblem(doc.delays, "delays");
  if (problem) {
    throw fail(`${where}${problem}`);
  }
  return { ...profileDelays(doc.profile ?? DEFAULT_TIMING_PROFILE), ...asDelays(doc.delays ?? {}) };
}
