import { CAPABILITIES } from "./capability.js";
import type { ServiceDefinition } from "./service.js";
import { type CheckDefinition, type GroupInfo, LEVELS } from "./types.js";

/** What the suite can run: the services, their groups in order and every check, in that order. */
export interface Registry {
  services: readonly ServiceDefinition[];
  groups: readonly GroupInfo[];
  checks: readonly CheckDefinition[];
}

const ID_PATTERN = /^[A-Z]+(-[A-Z0-9]+)*-\d{3}$/;

/** Enforced when the registry loads: unique well-formed ids, known levels and capabilities, cited sources. */
export function validateRegistry(checks: readonly CheckDefinition[]): void {
  const seen = new Set<string>();
  for (const c of checks) {
    const problems: string[] = [];
    if (!ID_PATTERN.test(c.id)) {
      problems.push("the id is not PREFIX-TOPIC-NNN");
    }
    if (seen.has(c.id)) {
      problems.push("the id is used twice");
    }
    if (!LEVELS.includes(c.level)) {
      problems.push(`unknown level ${c.level}`);
    }
    if (c.citations.length === 0) {
      problems.push("no citation");
    }
    if (c.citations.some((x) => !/^https:\/\//.test(x.url) || x.quote.trim() === "")) {
      problems.push("a citation lacks a URL or quote");
    }
    if (c.needs.some((n) => !CAPABILITIES.includes(n))) {
      problems.push("unknown capability");
    }
    const emulatorOnly = c.validated.status === "emulator-only";
    if (emulatorOnly !== c.needs.includes("control")) {
      problems.push("emulator-only is the validation status of exactly the checks that need the control protocol");
    }
    if (c.validated.status === "aws" && !/^\d{4}-\d{2}-\d{2}$/.test(c.validated.on)) {
      problems.push("an aws validation needs the date of the run (YYYY-MM-DD)");
    }
    if (!c.title || /\.$/.test(c.title)) {
      problems.push("the title is empty or ends with a period");
    }
    if (problems.length > 0) {
      throw new Error(`check ${c.id}: ${problems.join("; ")}`);
    }
    seen.add(c.id);
  }
}

let current: Registry | undefined;

/**
 * Registers the services the suite checks; `src/services/index.ts`, the one place that lists them, does so when an
 * entry point (the CLI, the package's index, the vitest suite) loads it. The core never imports a service: it reads
 * what was registered through `registered()`.
 */
export function registerServices(services: readonly ServiceDefinition[]): Registry {
  const groups = services.flatMap((s) => s.groups.map(({ checks: _checks, ...group }) => group));
  const checks = services.flatMap((s) => s.groups.flatMap((g) => g.checks));
  validateRegistry(checks);
  current = { services, groups, checks };
  return current;
}

/** The registered services, groups and checks (fails when no entry point has loaded src/services/index.ts). */
export function registered(): Registry {
  if (!current) {
    throw new Error("no service is registered: load src/services/index.ts (the CLI and the package index do)");
  }
  return current;
}
