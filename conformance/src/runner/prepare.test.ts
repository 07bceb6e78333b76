import { describe, expect, it } from "vitest";
import { networkFetch } from "../harness/network.js";
import { prepareTarget } from "./prepare.js";

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
});
