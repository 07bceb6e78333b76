import { readFileSync } from "node:fs";
import type { BundledSpec } from "../src/fidelity/check-fidelity.js";
import { modelInScope } from "../src/fidelity/model-scope.js";
import type { BotocoreModel } from "../src/fidelity/types.js";
import type { ServiceId } from "../src/service-ids.js";

const read = (relative: string) => JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8"));

/** Fresh copies each call, so a test may alter them. */
export const loadModel = (service: ServiceId = "cloudhsmv2"): BotocoreModel =>
  read(`../services/${service}/aws-model/service-2.json`);
export const loadSpec = (service: ServiceId = "cloudhsmv2"): BundledSpec =>
  read(`../dist/services/${service}/openapi.json`);

/** The part of the model the service's spec describes (the operations it lists, or all). */
export const loadModelInScope = (service: ServiceId): BotocoreModel =>
  modelInScope(loadModel(service), loadSpec(service).info?.["x-aws-model"]?.operations);
