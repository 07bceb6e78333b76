import { excerpt } from "../protocol/json-limits.js";
import { WIRE_LIMITS } from "../protocol/limits.js";

/**
 * A start-up option the emulator cannot use: `option` is its name in EmulatorOptions (`timings`, `seed`,
 * `corsOrigins`, `delays`), `reason` says what was wrong and what was expected. The CLI reports it under the flag's
 * name (`--timings …`) with exit status 2.
 */
export class OptionError extends Error {
  override readonly name = "OptionError";
  constructor(
    readonly option: string,
    readonly reason: string,
  ) {
    super(`${option}: ${reason}`);
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** A value as quoted in a refusal: JSON, cut to WIRE_LIMITS.maxEchoedValueChars. */
export const quote = (value: unknown): string => excerpt(value, WIRE_LIMITS.maxEchoedValueChars);
