import { describe, expect, it } from "vitest";
import { createHarness } from "./helpers.js";

const base = { HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"] };

/** Clusters and HSMs (observed-aws-behaviour.md §7). */
describe("clusters and HSMs", () => {
  it("CREATE_IN_PROGRESS → UNINITIALIZED → (HSM, CSR) → INITIALIZE_IN_PROGRESS → INITIALIZED → ACTIVE", async () => {
    const h = createHarness();
    const d = h.emu.settings().delays;
    const { Cluster } = await h.ok("CreateCluster", base);
    expect(Cluster).toMatchObject({ State: "CREATE_IN_PROGRESS", Hsms: [], Certificates: {}, BackupPolicy: "DEFAULT" });
    expect(Object.keys(Cluster.SubnetMapping)).toEqual(["us-east-1a", "us-east-1b"]);
    const id = Cluster.ClusterId;
    const state = async () => (await h.ok("DescribeClusters", { Filters: { clusterIds: [id] } })).Clusters[0];
    const early = await h.call("CreateHsm", { ClusterId: id, AvailabilityZone: "us-east-1a" });
    expect(early.body.__type).toBe("CloudHsmInvalidRequestException");
    await h.control.advance(d.clusterCreate);
    expect((await state()).State).toBe("UNINITIALIZED");
    const noCsr = await h.call("InitializeCluster", { ClusterId: id, SignedCert: "c", TrustAnchor: "t" });
    expect(noCsr.body.__type).toBe("CloudHsmInvalidRequestException");
    const { Hsm } = await h.ok("CreateHsm", { ClusterId: id, AvailabilityZone: "us-east-1b" });
    expect(Hsm).toMatchObject({ State: "CREATE_IN_PROGRESS", SubnetId: "subnet-0123456789abcdef1", ClusterId: id });
    const second = await h.call("CreateHsm", { ClusterId: id, AvailabilityZone: "us-east-1a" });
    expect(second.body).toEqual({
      __type: "CloudHsmInvalidRequestException",
      Message: `Cluster '${id}' already contains an HSM but has not yet been fully activated`,
    });
    await h.control.advance(d.hsmCreate);
    const withHsm = await state();
    expect(withHsm.Hsms[0]).toMatchObject({ State: "ACTIVE", StateMessage: "HSM created." });
    expect(withHsm.Certificates.ClusterCsr).toContain("BEGIN CERTIFICATE REQUEST");
    const init = await h.ok("InitializeCluster", { ClusterId: id, SignedCert: "signed", TrustAnchor: "anchor" });
    expect(init).toEqual({
      State: "INITIALIZE_IN_PROGRESS",
      StateMessage: "Cluster is initializing. State will change to INITIALIZED upon completion.",
    });
    await h.control.advance(d.clusterInitialize);
    expect((await state()).State).toBe("INITIALIZED");
    const { Cluster: active, Backup } = await h.control.activate(id);
    expect(active.State).toBe("ACTIVE");
    expect(Backup.BackupState).toBe("CREATE_IN_PROGRESS");
  });

  it("DeleteCluster needs every HSM gone; then DELETE_IN_PROGRESS → DELETED → no longer listed", async () => {
    const h = createHarness();
    const d = h.emu.settings().delays;
    const { clusterId } = await h.activeCluster();
    const busy = await h.call("DeleteCluster", { ClusterId: clusterId });
    expect(busy.body.__type).toBe("CloudHsmInvalidRequestException");
    const cluster = (await h.ok("DescribeClusters", {})).Clusters[0];
    const hsm = cluster.Hsms[0];
    for (const selectors of [{}, { HsmId: hsm.HsmId, EniIp: hsm.EniIp }]) {
      const r = await h.call("DeleteHsm", { ClusterId: clusterId, ...selectors });
      expect(r.body.__type).toBe("CloudHsmInvalidRequestException");
    }
    expect(await h.ok("DeleteHsm", { ClusterId: clusterId, EniIp: hsm.EniIp })).toEqual({ HsmId: hsm.HsmId });
    expect((await h.ok("DescribeClusters", {})).Clusters[0].Hsms[0].State).toBe("DELETE_IN_PROGRESS");
    await h.control.advance(d.hsmDelete);
    expect((await h.ok("DescribeClusters", {})).Clusters[0].Hsms).toEqual([]);
    const { Cluster } = await h.ok("DeleteCluster", { ClusterId: clusterId });
    expect(Cluster).toMatchObject({ State: "DELETE_IN_PROGRESS", StateMessage: "The cluster is being deleted." });
    await h.control.advance(d.clusterDelete);
    expect((await h.ok("DescribeClusters", {})).Clusters[0].State).toBe("DELETED");
    await h.control.advance(86_400);
    expect((await h.ok("DescribeClusters", {})).Clusters).toEqual([]);
    // The cluster's backups outlive it (manage-backup-retention: the last backup of a deleted cluster is kept).
    expect((await h.ok("DescribeBackups", { Filters: { clusterIds: [clusterId] } })).Backups.length).toBeGreaterThan(0);
  });

  it("refuses an unsupported HSM type, an unknown AZ and a duplicate IP; DeleteHsm of an unknown HSM is not found", async () => {
    const h = createHarness({ delays: { clusterCreate: 0 } });
    const old = await h.call("CreateCluster", { ...base, HsmType: "hsm1.medium" });
    expect(old.body).toEqual({
      __type: "CloudHsmInvalidRequestException",
      Message: "Provided HsmType is not supported.",
    });
    const { Cluster } = await h.ok("CreateCluster", base);
    const az = await h.call("CreateHsm", { ClusterId: Cluster.ClusterId, AvailabilityZone: "us-east-1f" });
    expect(az.body.__type).toBe("CloudHsmInvalidRequestException");
    const gone = await h.call("DeleteHsm", { ClusterId: Cluster.ClusterId, HsmId: "hsm-abcdefghijk" });
    expect(gone.body.__type).toBe("CloudHsmResourceNotFoundException");
    const unknown = await h.call("DeleteCluster", { ClusterId: "cluster-abcdefghijk" });
    expect(unknown.body.__type).toBe("CloudHsmResourceNotFoundException");
  });

  it("DescribeClusters filters by clusterIds, states and vpcIds, and pages", async () => {
    const h = createHarness({ delays: { clusterCreate: 0 } });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await h.ok("CreateCluster", base)).Cluster.ClusterId);
      await h.control.advance(1);
    }
    const seen: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await h.ok("DescribeClusters", { MaxResults: 2, ...(NextToken ? { NextToken } : {}) });
      seen.push(...page.Clusters.map((c: { ClusterId: string }) => c.ClusterId));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(seen).toEqual(ids);
    const one = (await h.ok("DescribeClusters", { Filters: { clusterIds: [ids[2]] } })).Clusters[0];
    expect((await h.ok("DescribeClusters", { Filters: { vpcIds: [one.VpcId] } })).Clusters).toEqual([one]);
    expect((await h.ok("DescribeClusters", { Filters: { states: ["ACTIVE"] } })).Clusters).toEqual([]);
    const bad = await h.call("DescribeClusters", { Filters: { owner: ["me"] } });
    expect(bad.body.__type).toBe("CloudHsmInvalidRequestException");
  });

  it("ModifyCluster refuses an HSM type change (not modelled) and deleted clusters", async () => {
    const h = createHarness({ delays: { clusterCreate: 0, clusterDelete: 0 } });
    const { Cluster } = await h.ok("CreateCluster", base);
    const type = await h.call("ModifyCluster", { ClusterId: Cluster.ClusterId, HsmType: "hsm3.large" });
    expect(type.body.__type).toBe("CloudHsmInvalidRequestException");
    await h.control.advance(0);
    await h.ok("DeleteCluster", { ClusterId: Cluster.ClusterId });
    const r = await h.call("ModifyCluster", { ClusterId: Cluster.ClusterId, BackupRetentionPolicy: { Value: "30" } });
    expect(r.body.__type).toBe("CloudHsmInvalidRequestException");
  });
});
