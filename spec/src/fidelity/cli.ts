#!/usr/bin/env node
// Compares each service's bundled spec with AWS's model of it:
// `fidelity [--service <id>] [--model service-2.json] [--spec dist/services/<id>/openapi.json]`.
// Without --service every service is checked; --model and --spec need --service.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { isServiceId, SERVICE_IDS, type ServiceId } from "../service-ids.js";
import { type BundledSpec, checkFidelity, formatCounts, formatDifferences } from "./check-fidelity.js";
import { DECLARED_EXTENSIONS } from "./extensions.js";
import type { BotocoreModel } from "./types.js";

function readJson<T>(path: string, what: string): T {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (error) {
    throw new Error(`cannot read ${what} ${path}: ${(error as Error).message}`);
  }
}

const packageFile = (path: string) => new URL(`../../../${path}`, import.meta.url).pathname;

/** Prints what was compared and every difference; returns whether the spec equals the model. */
function check(service: ServiceId, model: string, spec: string): boolean {
  const report = checkFidelity(
    readJson<BotocoreModel>(model, "AWS model"),
    readJson<BundledSpec>(spec, "bundled spec"),
    DECLARED_EXTENSIONS[service],
  );
  console.log(`${service}: ${formatCounts(report)}`);
  if (report.differences.length > 0) {
    console.log(
      `${service}: ${report.differences.length} differences between the spec and AWS's model:\n${formatDifferences(report)}`,
    );
    return false;
  }
  console.log(`${service}: the spec equals AWS's model`);
  return true;
}

try {
  const { values } = parseArgs({
    options: { service: { type: "string" }, model: { type: "string" }, spec: { type: "string" } },
  });
  if (values.service !== undefined && !isServiceId(values.service)) {
    throw new Error(`unknown service ${JSON.stringify(values.service)}; the services are ${SERVICE_IDS.join(", ")}`);
  }
  if (values.service === undefined && (values.model !== undefined || values.spec !== undefined)) {
    throw new Error("--model and --spec name one service's files: give --service too");
  }
  const services = values.service === undefined ? SERVICE_IDS : [values.service];
  const results = services.map((service) =>
    check(
      service,
      values.model ?? packageFile(`services/${service}/aws-model/service-2.json`),
      values.spec ?? packageFile(`dist/services/${service}/openapi.json`),
    ),
  );
  if (results.includes(false)) {
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`fidelity: ${(error as Error).message}`);
  process.exitCode = 2;
}
