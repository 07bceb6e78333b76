import { readFileSync } from "node:fs";
import type { BundledSpec } from "../src/fidelity/check-fidelity.js";
import type { BotocoreModel } from "../src/fidelity/types.js";

const read = (relative: string) => JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8"));

/** Fresh copies each call, so a test may alter them. */
export const loadModel = (): BotocoreModel => read("../aws-model/service-2.json");
export const loadSpec = (): BundledSpec => read("../dist/openapi.json");
