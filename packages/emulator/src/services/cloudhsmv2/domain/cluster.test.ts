import { describe, expect, it } from "vitest";
import { createHarness, withUndoc } from "../../../../test/helpers.js";

const base = { HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"] };
const certs = { SignedCert: "signed", TrustAnchor: "anchor" };

/** A new cluster (CREATE_IN_PROGRESS), a way to read it back and a way to try InitializeCluster on it. */
async function newCluster() {
  const h = createHarness();
  const id = (await h.ok("CreateCluster", base)).Cluster.ClusterId as string;
  return {
    h,
    d: h.emu.settings().delays,
    id,
    cluster: () => h.describeCluster(id),
    initialize: () => h.call("InitializeCluster", { ClusterId: id, ...certs }),
  };
}

/** Cluster rules (observed-aws-behaviour.md §7.1–§7.2; API_DeleteCluster; initialize-cluster.md). */
describe("cluster lifecycle", () => {
  it("InitializeCluster only in UNINITIALIZED with the first HSM's CSR", async () => {
    const { h, d, id, cluster, initialize } = await newCluster();
    const refused = async (why: string) => {
      const r = await initialize();
      expect([r.status, r.body.__type], why).toEqual([400, "CloudHsmInvalidRequestException"]);
    };
    await refused("CREATE_IN_PROGRESS");
    await h.control.advance(d.clusterCreate);
    await refused("UNINITIALIZED without an HSM");
    await h.ok("CreateHsm", { ClusterId: id, AvailabilityZone: "us-east-1a" });
    await refused("UNINITIALIZED, first HSM still CREATE_IN_PROGRESS: no CSR yet");
    await h.control.advance(d.hsmCreate);
    expect((await cluster()).Certificates.ClusterCsr).toBeDefined();
    expect((await initialize()).body.State).toBe("INITIALIZE_IN_PROGRESS");
    await refused("INITIALIZE_IN_PROGRESS");
    await h.control.advance(d.clusterInitialize);
    await refused("INITIALIZED");
    await h.control.activate(id);
    await refused("ACTIVE");
  });

  it("drops the CSR once InitializeCluster is accepted: it exists only while the cluster is UNINITIALIZED", async () => {
    const { h, d, id, cluster, initialize } = await newCluster();
    await h.control.advance(d.clusterCreate);
    await h.ok("CreateHsm", { ClusterId: id, AvailabilityZone: "us-east-1a" });
    await h.control.advance(d.hsmCreate);
    expect((await cluster()).Certificates.ClusterCsr).toBeDefined();
    await initialize();
    expect((await cluster()).Certificates).not.toHaveProperty("ClusterCsr");
    await h.control.advance(d.clusterInitialize);
    expect((await cluster()).Certificates).toMatchObject({ ClusterCertificate: "signed" });
    expect((await cluster()).Certificates).not.toHaveProperty("ClusterCsr");
  });

  it("DeleteCluster answers without an empty TagList, as recorded replies do, and keeps a non-empty one", async () => {
    const plain = await newCluster();
    await plain.h.control.advance(plain.d.clusterCreate);
    const reply = await plain.h.ok("DeleteCluster", { ClusterId: plain.id });
    expect(reply.Cluster).not.toHaveProperty("TagList");
    expect(reply.Cluster.State).toBe("DELETE_IN_PROGRESS");
    const h = createHarness();
    const tagged = await h.ok("CreateCluster", { ...base, TagList: [{ Key: "team", Value: "a" }] });
    await h.control.advance(h.emu.settings().delays.clusterCreate);
    const out = await h.ok("DeleteCluster", { ClusterId: tagged.Cluster.ClusterId });
    expect(out.Cluster.TagList).toEqual([{ Key: "team", Value: "a" }]);
  });

  it("InitializeCluster needs an ACTIVE HSM besides the CSR (UNDOC.initializeNeedsActiveHsm)", async () => {
    const { h, d, id, cluster, initialize } = await newCluster();
    await h.control.advance(d.clusterCreate);
    const { Hsm } = await h.ok("CreateHsm", { ClusterId: id, AvailabilityZone: "us-east-1a" });
    await h.control.advance(d.hsmCreate);
    await h.ok("DeleteHsm", { ClusterId: id, HsmId: Hsm.HsmId });
    expect((await initialize()).body.__type).toBe("CloudHsmInvalidRequestException"); // HSM DELETE_IN_PROGRESS
    await h.control.advance(d.hsmDelete);
    const csr = (await cluster()).Certificates.ClusterCsr;
    expect(csr).toBeDefined();
    expect((await initialize()).body.__type).toBe("CloudHsmInvalidRequestException");
    await withUndoc("initializeNeedsActiveHsm", false, async () => {
      expect((await initialize()).body.State).toBe("INITIALIZE_IN_PROGRESS");
    });
  });

  it("an HSM added after the first one was deleted keeps the first HSM's CSR and allows InitializeCluster", async () => {
    const { h, d, id, cluster, initialize } = await newCluster();
    await h.control.advance(d.clusterCreate);
    const { Hsm } = await h.ok("CreateHsm", { ClusterId: id, AvailabilityZone: "us-east-1a" });
    await h.control.advance(d.hsmCreate);
    const csr = (await cluster()).Certificates.ClusterCsr;
    await h.ok("DeleteHsm", { ClusterId: id, HsmId: Hsm.HsmId });
    await h.control.advance(d.hsmDelete);
    await h.ok("CreateHsm", { ClusterId: id, AvailabilityZone: "us-east-1a" });
    await h.control.advance(d.hsmCreate);
    expect((await cluster()).Certificates.ClusterCsr).toBe(csr);
    expect((await initialize()).body.State).toBe("INITIALIZE_IN_PROGRESS");
  });

  it("DeleteCluster is refused (400) while Hsms lists any HSM, even one being deleted", async () => {
    const { h, d, id, cluster } = await newCluster();
    await h.control.advance(d.clusterCreate);
    const { Hsm } = await h.ok("CreateHsm", { ClusterId: id, AvailabilityZone: "us-east-1a" });
    const busy = async () => {
      const r = await h.call("DeleteCluster", { ClusterId: id });
      expect([r.status, r.body.__type]).toEqual([400, "CloudHsmInvalidRequestException"]);
    };
    await busy(); // HSM CREATE_IN_PROGRESS
    await h.control.advance(d.hsmCreate);
    await busy(); // HSM ACTIVE
    await h.ok("DeleteHsm", { ClusterId: id, HsmId: Hsm.HsmId });
    await busy(); // HSM DELETE_IN_PROGRESS, still listed
    await h.control.advance(d.hsmDelete);
    expect((await h.ok("DeleteCluster", { ClusterId: id })).Cluster.State).toBe("DELETE_IN_PROGRESS");
    await h.control.advance(d.clusterDelete);
    expect((await cluster()).State).toBe("DELETED");
  });

  it("a cluster created from a backup goes CREATE_IN_PROGRESS → ACTIVE with no initialization", async () => {
    const h = createHarness();
    const d = h.emu.settings().delays;
    const { backupId } = await h.activeCluster();
    const { Cluster } = await h.ok("CreateCluster", { ...base, SourceBackupId: backupId });
    expect(Cluster).toMatchObject({ State: "CREATE_IN_PROGRESS", SourceBackupId: backupId, Hsms: [] });
    const id = Cluster.ClusterId as string;
    const early = await h.call("CreateHsm", { ClusterId: id, AvailabilityZone: "us-east-1a" });
    expect(early.body.__type).toBe("CloudHsmInvalidRequestException");
    await h.control.advance(d.clusterCreate);
    expect((await h.describeCluster(id)).State).toBe("ACTIVE");
    const init = await h.call("InitializeCluster", { ClusterId: id, ...certs });
    expect(init.body.__type).toBe("CloudHsmInvalidRequestException");
    expect((await h.call("CreateHsm", { ClusterId: id, AvailabilityZone: "us-east-1a" })).status).toBe(200);
    await h.control.advance(d.hsmCreate);
    expect(await h.describeCluster(id)).toMatchObject({ State: "ACTIVE", Hsms: [{ State: "ACTIVE" }] });
  });
});
