#!/usr/bin/env node
// Compares the bundled spec with an AWS model file: `fidelity [--model service-2.json] [--spec dist/openapi.json]`.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { type BundledSpec, checkFidelity, formatCounts, formatDifferences } from "./check-fidelity.js";
import type { BotocoreModel } from "./types.js";

function readJson<T>(path: string, what: string): T {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (error) {
    throw new Error(`cannot read ${what} ${path}: ${(error as Error).message}`);
  }
}

try {
  const { values } = parseArgs({
    options: {
      model: { type: "string", default: new URL("../../../aws-model/service-2.json", import.meta.url).pathname },
      spec: { type: "string", default: new URL("../../openapi.json", import.meta.url).pathname },
    },
  });
  const report = checkFidelity(
    readJson<BotocoreModel>(values.model, "AWS model"),
    readJson<BundledSpec>(values.spec, "bundled spec"),
  );
  console.log(formatCounts(report));
  if (report.differences.length > 0) {
    console.log(
      `${report.differences.length} differences between the spec and AWS's model:\n${formatDifferences(report)}`,
    );
    process.exitCode = 1;
  } else {
    console.log("the spec equals AWS's model");
  }
} catch (error) {
  console.error(`fidelity: ${(error as Error).message}`);
  process.exitCode = 2;
}
