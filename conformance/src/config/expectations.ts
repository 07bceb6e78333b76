import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { registered } from "../registry/registration.js";
import type { Expectation, Expectations } from "../runner/types.js";
import { ConfigError, describeValue, expectObject } from "./validate.js";

/** `expectations/` of the package (beside `dist/` once built, beside `src/` in the repository). */
export const EXPECTATIONS_DIR = fileURLToPath(new URL("../../expectations/", import.meta.url));

/**
 * Validates an expectations document: `{ "<CHECK-ID>": { "status": "fails" | "skip", "reason": "..." } }`.
 * Unknown check ids are errors, so a renamed or mistyped id cannot silently stop applying.
 */
export function parseExpectations(value: unknown, source: string): Expectations {
  const doc = expectObject(source, value);
  const known = new Set(registered().checks.map((c) => c.id));
  const out: Expectations = {};
  for (const [id, entry] of Object.entries(doc)) {
    if (id.startsWith("$comment")) {
      continue;
    }
    if (!known.has(id)) {
      throw new ConfigError(`${source}: "${id}" is not a check id (see cloudhsm-conformance list)`);
    }
    const e = expectObject(`${source}: "${id}"`, entry);
    if (e.status !== "fails" && e.status !== "skip") {
      throw new ConfigError(`${source}: "${id}".status must be "fails" or "skip", got ${describeValue(e.status)}`);
    }
    if (typeof e.reason !== "string" || e.reason.trim() === "") {
      throw new ConfigError(
        `${source}: "${id}".reason must say why (a non-empty string), got ${describeValue(e.reason)}`,
      );
    }
    out[id] = { status: e.status, reason: e.reason } satisfies Expectation;
  }
  return out;
}

export function readExpectationsFile(path: string): Expectations {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ConfigError(`cannot read expectations ${path}: ${(error as Error).message}`);
  }
  return parseExpectations(json, path);
}

/** The names for which the package ships expectations (`expectations/<name>.json`). */
export function knownTargets(dir: string = EXPECTATIONS_DIR): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .map((f) => f.slice(0, -5))
        .sort()
    : [];
}

/** The shipped expectations of a named target; an unknown name is an error that lists the known ones. */
export function expectationsFor(target: string, dir: string = EXPECTATIONS_DIR): Expectations {
  const path = `${dir}${target}.json`;
  if (!existsSync(path)) {
    throw new ConfigError(
      `--target ${target}: there is no expectations/${target}.json (known targets: ${knownTargets(dir).join(", ") || "none"}); pass --expectations <file> for your own`,
    );
  }
  return readExpectationsFile(path);
}
