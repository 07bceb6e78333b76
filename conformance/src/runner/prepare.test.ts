import { tmpdir } from "node:os";
import { describe, expect, it, vi } from "vitest";
import { networkFetch } from "../harness/network.js";
import { prepareTarget } from "./prepare.js";

/** The URL of every emulator `prepareTarget` started, seen through a transparent wrapper of `startEmulator`. */
const started = vi.hoisted(() => [] as string[]);
vi.mock("@cloudhsm-kit/emulator", async (importOriginal) => {
  const real = await importOriginal<typeof import("@cloudhsm-kit/emulator")>();
  return {
    ...real,
    startEmulator: async (...args: Parameters<typeof real.startEmulator>) => {
      const emulator = await real.startEmulator(...args);
      started.push(emulator.url);
      return emulator;
    },
  };
});

describe("prepareTarget with referenceEmulator", () => {
  it("starts the reference emulator on loopback as the endpoint, and stops it with the run's last cleanup", async () => {
    const target = await prepareTarget({ referenceEmulator: { legacyClusterIdCopy: true }, runId: "run-prepare" });
    const endpoint = target.endpoint ?? "";
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(target.controlInfo?.name).toBe("cloudhsm-kit-emulator");
    expect(target.capabilities.has("legacy-cluster-id")).toBe(true);
    const info = await networkFetch(`${endpoint}/_emulator/v1/info`);
    expect(info.status).toBe(200);

    expect(await target.runCleanups.run()).toEqual([]);
    await expect(networkFetch(`${endpoint}/_emulator/v1/info`)).rejects.toThrow();
  });

  it("starts it with the legacy ClusterId option off unless asked", async () => {
    const target = await prepareTarget({ referenceEmulator: {}, runId: "run-prepare" });
    try {
      expect(target.capabilities.has("legacy-cluster-id")).toBe(false);
      expect(target.capabilities.has("control")).toBe(true);
    } finally {
      await target.runCleanups.run();
    }
  });

  it("stops the emulator it started when preparing the target fails after that", async () => {
    const before = started.length;
    // A recording needs a target name with letters or digits in it: "!!!" fails after the emulator has started.
    await expect(
      prepareTarget({ referenceEmulator: {}, targetName: "!!!", recordDir: tmpdir(), runId: "run-prepare" }),
    ).rejects.toThrow("target must name the target being recorded");
    expect(started).toHaveLength(before + 1);
    await expect(networkFetch(`${started.at(-1)}/_emulator/v1/info`)).rejects.toThrow();
  });
});
