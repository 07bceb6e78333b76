import { describe, expect, it } from "vitest";
import { createHarness, withUndoc } from "../../../../test/helpers.js";
import { BACKUP_STATES, CLUSTER_STATES } from "../store/records.js";

/** The `states` filter of DescribeBackups and DescribeClusters: values checked the same way (UNDOC). */
describe("states filter", () => {
  it("refuses a state outside the listing's enum, in DescribeBackups and DescribeClusters alike", async () => {
    const h = createHarness();
    for (const [operation, allowed] of [
      ["DescribeBackups", BACKUP_STATES],
      ["DescribeClusters", CLUSTER_STATES],
    ] as const) {
      const r = await h.call(operation, { Filters: { states: [allowed[0], "ASLEEP"] } });
      expect(r, operation).toEqual({
        status: 400,
        body: {
          __type: "CloudHsmInvalidRequestException",
          Message: `Filter 'states' value 'ASLEEP' is not one of ${allowed.join(", ")}.`,
        },
      });
    }
  });

  it("filters clusters by state", async () => {
    const h = createHarness();
    const { clusterId } = await h.activeCluster();
    await h.ok("CreateCluster", { HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"] });
    const active = await h.ok("DescribeClusters", { Filters: { states: ["ACTIVE"] } });
    expect(active.Clusters.map((c: { ClusterId: string }) => c.ClusterId)).toEqual([clusterId]);
    expect((await h.ok("DescribeClusters", { Filters: { states: ["DEGRADED"] } })).Clusters).toEqual([]);
  });

  it("matches nothing instead when the check is turned off", async () => {
    const h = createHarness();
    await h.activeCluster();
    await withUndoc("checkStatesFilterValues", false, async () => {
      expect((await h.ok("DescribeClusters", { Filters: { states: ["ASLEEP"] } })).Clusters).toEqual([]);
      expect((await h.ok("DescribeBackups", { Filters: { states: ["ASLEEP"] } })).Backups).toEqual([]);
    });
  });
});
