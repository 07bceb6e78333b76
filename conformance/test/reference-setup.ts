import { type RunningEmulator, startEmulator } from "@cloudhsm-kit/emulator";
import type { TestProject } from "vitest/node";
import "../src/suites/vitest-types.js";

let emulator: RunningEmulator | undefined;

/**
 * Starts the reference emulator (legacy ClusterId option on, so the legacy checks run) and provides it to the
 * conformance suite as its target, with the reference emulator's expectations (none: zero false alarms).
 */
export async function setup(project: TestProject): Promise<void> {
  emulator = await startEmulator({ host: "127.0.0.1", port: 0, legacyClusterIdCopy: true });
  project.provide("conformance", { endpoint: emulator.url, targetName: "reference-emulator", expectations: {} });
}

export async function teardown(): Promise<void> {
  await emulator?.close();
}
