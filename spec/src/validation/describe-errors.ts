import type { ErrorObject } from "ajv/dist/2020.js";

/** Each violation as `<instance path> <message>` (`/` for the value itself), the way reports and failures show it. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`);
}
