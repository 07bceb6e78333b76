import { basename, dirname } from "node:path";
import { LEVELS } from "../registry/types.js";
import type { CheckResult, ResultStatus, RunResult } from "../runner/types.js";

/** One target of a parity matrix: its name (from its results or given as `name=path`) and its run. */
export interface MatrixTarget {
  name: string;
  file: string;
  run: RunResult;
}

export class MatrixInputError extends Error {
  override name = "MatrixInputError";
}

const STATUSES: readonly ResultStatus[] = ["pass", "fail", "skip", "known", "stale", "blocked"];

/** Splits `name=path` (a name has no path separator) from a bare path. */
export function splitNamed(arg: string): { name?: string; path: string } {
  const m = /^([^=/\\]+)=(.+)$/.exec(arg);
  return m?.[1] && m[2] ? { name: m[1], path: m[2] } : { path: arg };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** What is wrong with `r` as a check result, or undefined; only what the matrix reads is required. */
function problemOf(r: unknown): string | undefined {
  if (!isObject(r)) {
    return "is not an object";
  }
  for (const key of ["id", "service", "group", "title"] as const) {
    if (typeof r[key] !== "string" || r[key] === "") {
      return `has no ${key} (expected a non-empty string)`;
    }
  }
  if (!LEVELS.includes(r.level as never)) {
    return `has level ${JSON.stringify(r.level)}, expected one of ${LEVELS.join(", ")}`;
  }
  if (!STATUSES.includes(r.status as never)) {
    return `has status ${JSON.stringify(r.status)}, expected one of ${STATUSES.join(", ")}`;
  }
  return undefined;
}

/**
 * Checks that `json` (read from `file`) is a results.json written by cloudhsm-conformance, far enough for a matrix:
 * a target, a run id and results that each have an id, service, group, title, level and status, no id twice.
 */
export function validateRun(json: unknown, file: string): RunResult {
  const bad = (what: string) => new MatrixInputError(`${file}: ${what}`);
  if (!isObject(json)) {
    throw bad("expected a JSON object (a results.json written by cloudhsm-conformance)");
  }
  if (typeof json.runId !== "string" || !isObject(json.target)) {
    throw bad("expected a results.json written by cloudhsm-conformance (with runId and target); this has neither");
  }
  if (!Array.isArray(json.results)) {
    throw bad("expected an array at results");
  }
  const seen = new Set<string>();
  json.results.forEach((r: unknown, i: number) => {
    const problem = problemOf(r);
    if (problem) {
      throw bad(`results[${i}] ${problem}`);
    }
    const id = (r as CheckResult).id;
    if (seen.has(id)) {
      throw bad(`results[${i}]: check ${id} is reported twice`);
    }
    seen.add(id);
  });
  return json as unknown as RunResult;
}

/**
 * Reads each `[name=]path` into a target: the name given, else the target name in the file, else the name of the
 * folder the file is in. Names must differ, since they head the matrix's columns.
 */
export function readTargets(args: readonly string[], read: (path: string) => string): MatrixTarget[] {
  if (args.length === 0) {
    throw new MatrixInputError("expected one or more results.json files ([name=]path), one per target");
  }
  const targets = args.map((arg) => {
    const { name, path } = splitNamed(arg);
    let text: string;
    try {
      text = read(path);
    } catch (error) {
      throw new MatrixInputError(`${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? error})`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new MatrixInputError(`${path}: not JSON (${(error as Error).message})`);
    }
    const run = validateRun(json, path);
    return { name: name ?? run.target.name ?? basename(dirname(path)), file: path, run };
  });
  const names = targets.map((t) => t.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) {
    throw new MatrixInputError(`two targets are named "${twice}": name them apart with name=path`);
  }
  return targets;
}
