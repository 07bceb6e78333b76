import { describe, expect, it } from "vitest";
import { createHarness } from "./helpers.js";

describe("cluster → backup lifecycle through emulator.fetch", () => {
  it("walks a cluster to ACTIVE and makes a READY activation backup", async () => {
    const h = createHarness();
    const { Cluster } = await h.ok("CreateCluster", {
      HsmType: "hsm2m.medium",
      SubnetIds: ["subnet-0123456789abcdef0"],
    });
    expect(Cluster.State).toBe("CREATE_IN_PROGRESS");
    expect(Cluster.ClusterId).toMatch(/^cluster-[a-z2-7]{11}$/);
    const { clusterId, backupId } = await h.activeCluster();
    const b = await h.describeBackup(backupId);
    expect(b).toMatchObject({ BackupState: "READY", ClusterId: clusterId, NeverExpires: false, TagList: [] });
    const { Clusters } = await h.ok("DescribeClusters", { Filters: { clusterIds: [clusterId] } });
    expect(Clusters[0].State).toBe("ACTIVE");
  });
});
