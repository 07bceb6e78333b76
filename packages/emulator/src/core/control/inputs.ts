import type { ControlErrorName, ControlOperationId } from "@cloudhsm-kit/spec/control";
import { type ControlInputCheck, createControlInputCheck, type ErrorObject } from "@cloudhsm-kit/spec/validation";
import { excerpt } from "../protocol/json-limits.js";
import { WIRE_LIMITS } from "../protocol/limits.js";

/**
 * Parsing and checking of control API bodies: first against the request schema the control document gives the operation
 * (spec/control/control-api.yaml, through the project's one ajv setup), then what the document leaves to the emulator
 * (a region it serves, the parts of an ARN), which each service checks in its own routes. Every refusal says what was
 * wrong and what is expected.
 */

/** Largest control request body (a state document of about 100,000 backups fits). */
export const CONTROL_MAX_BODY_BYTES = 256 * 1024 * 1024;

export class ControlError extends Error {
  constructor(
    override readonly name: ControlErrorName,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const bad = (message: string) => new ControlError("InvalidInput", 400, message);

/** An offending value as quoted in a refusal, cut to WIRE_LIMITS.maxEchoedValueChars. */
export const shown = (value: unknown) => excerpt(value, WIRE_LIMITS.maxEchoedValueChars);

/** `/TagList/0/Key` → `TagList[0].Key`; the body itself → `the body`. */
function memberPath(instancePath: string): string {
  const parts = instancePath.split("/").slice(1);
  const path = parts.map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join("");
  return path === "" ? "the body" : path.replace(/^\./, "");
}

/** One violation in words: where (a member path, or the body), and what is wrong there. */
function problemOf(error: ErrorObject): string {
  const where = memberPath(error.instancePath);
  const parent = (error.parentSchema ?? {}) as { description?: unknown; properties?: object };
  switch (error.keyword) {
    case "additionalProperties": {
      const members = Object.keys(parent.properties ?? {}).join(", ");
      return `${where} has an unknown member ${shown(error.params.additionalProperty)}; the members are ${members}`;
    }
    case "not":
      return `${where} breaks the rule: ${typeof parent.description === "string" ? parent.description : error.message}`;
    default:
      return `${where} ${error.message ?? "is not valid"}`;
  }
}

let check: ControlInputCheck | undefined;

/** `body` when it is what the control document says `operation` takes; else 400 InvalidInput with `expected`. */
export function checkedBody<T>(operation: ControlOperationId, body: unknown, expected: string): T {
  check ??= createControlInputCheck();
  const error = check(operation, body);
  if (error) {
    throw bad(`${expected}; ${problemOf(error)}; got ${shown(body)}.`);
  }
  return body as T;
}

export function parseAdvance(body: unknown): number {
  return checkedBody<{ seconds: number }>("AdvanceClock", body, 'Expected {"seconds": n}, at most 100 years').seconds;
}
