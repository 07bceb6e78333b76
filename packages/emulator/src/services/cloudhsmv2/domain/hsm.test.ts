import { describe, expect, it } from "vitest";
import { createHarness } from "../../../../test/helpers.js";
import type { ClusterState } from "../store/records.js";

const base = { HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"] };
const secondHsm = (id: string) => `Cluster '${id}' already contains an HSM but has not yet been fully activated`;

/** A harness whose cluster walks the whole lifecycle on demand, with helpers to read it back. */
async function lifecycle() {
  const h = createHarness();
  const id = (await h.ok("CreateCluster", base)).Cluster.ClusterId as string;
  const createHsm = (AvailabilityZone = "us-east-1a") => h.call("CreateHsm", { ClusterId: id, AvailabilityZone });
  const backups = async () =>
    (await h.ok("DescribeBackups", { Filters: { clusterIds: [id] }, SortAscending: true })).Backups as {
      BackupId: string;
      BackupState: string;
    }[];
  return { h, d: h.emu.settings().delays, id, cluster: () => h.describeCluster(id), createHsm, backups };
}

/** CreateHsm and DeleteHsm (create-hsm.md, terraform-provider-aws#7437, API_DeleteHsm; observed §7.1, §7.3). */
describe("HSM lifecycle", () => {
  it("CreateHsm: the first HSM in UNINITIALIZED, more only once ACTIVE; refused in every other state", async () => {
    const { h, d, id, cluster, createHsm } = await lifecycle();
    expect((await createHsm()).body.__type).toBe("CloudHsmInvalidRequestException"); // CREATE_IN_PROGRESS
    await h.control.advance(d.clusterCreate);
    const first = await createHsm();
    expect(first.status).toBe(200);
    expect(first.body.Hsm).toMatchObject({ State: "CREATE_IN_PROGRESS", AvailabilityZone: "us-east-1a" });
    // A second HSM before activation: refused with the observed message, in every pre-activation state.
    expect((await createHsm("us-east-1b")).body).toEqual({
      __type: "CloudHsmInvalidRequestException",
      Message: secondHsm(id),
    });
    await h.control.advance(d.hsmCreate);
    expect((await createHsm("us-east-1b")).body.Message).toBe(secondHsm(id)); // UNINITIALIZED, HSM ACTIVE
    await h.ok("InitializeCluster", { ClusterId: id, SignedCert: "c", TrustAnchor: "t" });
    expect((await createHsm("us-east-1b")).body.Message).toBe(secondHsm(id)); // INITIALIZE_IN_PROGRESS
    await h.control.advance(d.clusterInitialize);
    expect((await cluster()).State).toBe("INITIALIZED");
    expect((await createHsm("us-east-1b")).body.Message).toBe(secondHsm(id));
    await h.control.activate(id);
    expect((await createHsm("us-east-1b")).status).toBe(200); // ACTIVE: more HSMs
    expect((await cluster()).Hsms).toHaveLength(2);
  });

  it("CreateHsm is refused while the cluster is being deleted, once deleted, and in the states only AWS reaches", async () => {
    const { h, d, id, createHsm } = await lifecycle();
    await h.control.advance(d.clusterCreate);
    await h.ok("DeleteCluster", { ClusterId: id });
    expect((await createHsm()).body.__type).toBe("CloudHsmInvalidRequestException"); // DELETE_IN_PROGRESS
    await h.control.advance(d.clusterDelete);
    expect((await createHsm()).body.__type).toBe("CloudHsmInvalidRequestException"); // DELETED
    const states: ClusterState[] = ["DEGRADED", "UPDATE_IN_PROGRESS", "MODIFY_IN_PROGRESS", "ROLLBACK_IN_PROGRESS"];
    for (const State of states) {
      const state = h.emu.exportState();
      const record = state.namespaces[0]?.clusters.find((c) => c.ClusterId === id);
      Object.assign(record ?? {}, { State });
      h.emu.importState(state);
      const r = await createHsm();
      expect([r.status, r.body.__type], State).toEqual([400, "CloudHsmInvalidRequestException"]);
    }
  });

  it("CreateHsm refuses an Availability Zone of another region or outside the cluster's subnet mapping", async () => {
    const { h, d, cluster, createHsm } = await lifecycle();
    await h.control.advance(d.clusterCreate);
    for (const az of ["us-west-2a", "eu-west-1a", "us-east-1c"]) {
      const r = await createHsm(az);
      expect([r.status, r.body.__type], az).toEqual([400, "CloudHsmInvalidRequestException"]);
    }
    expect((await cluster()).Hsms).toEqual([]);
    expect((await createHsm("us-east-1b")).body.Hsm.SubnetId).toBe("subnet-0123456789abcdef1");
  });

  it("DeleteHsm takes exactly one of HsmId, EniId, EniIp; each deletes its HSM and the reply names it", async () => {
    const { h, d, id, cluster, createHsm } = await lifecycle();
    await h.control.advance(d.clusterCreate);
    await createHsm();
    await h.control.advance(d.hsmCreate);
    await h.ok("InitializeCluster", { ClusterId: id, SignedCert: "c", TrustAnchor: "t" });
    await h.control.advance(d.clusterInitialize);
    await h.control.activate(id);
    await createHsm("us-east-1b");
    await createHsm("us-east-1a");
    await h.control.advance(d.hsmCreate);
    const hsms = (await cluster()).Hsms as { HsmId: string; EniId: string; EniIp: string; State: string }[];
    expect(hsms.map((x) => x.State)).toEqual(["ACTIVE", "ACTIVE", "ACTIVE"]);
    const [a, b, c] = hsms as [(typeof hsms)[0], (typeof hsms)[0], (typeof hsms)[0]];
    const everySelector = { HsmId: a.HsmId, EniId: a.EniId, EniIp: a.EniIp };
    for (const selectors of [
      {},
      everySelector,
      { HsmId: a.HsmId, EniId: a.EniId },
      { HsmId: a.HsmId, EniIp: a.EniIp },
      { EniId: a.EniId, EniIp: a.EniIp },
      { HsmId: a.HsmId, EniIp: b.EniIp },
    ]) {
      const r = await h.call("DeleteHsm", { ClusterId: id, ...selectors });
      expect([r.status, r.body.__type], JSON.stringify(selectors)).toEqual([400, "CloudHsmInvalidRequestException"]);
    }
    expect((await cluster()).Hsms.map((x: { State: string }) => x.State)).toEqual(["ACTIVE", "ACTIVE", "ACTIVE"]);
    expect(await h.ok("DeleteHsm", { ClusterId: id, EniId: b.EniId })).toEqual({ HsmId: b.HsmId });
    expect(await h.ok("DeleteHsm", { ClusterId: id, EniIp: c.EniIp })).toEqual({ HsmId: c.HsmId });
    expect(await h.ok("DeleteHsm", { ClusterId: id, HsmId: a.HsmId })).toEqual({ HsmId: a.HsmId });
    const deleting = (await cluster()).Hsms as { HsmId: string; State: string }[];
    expect(deleting.map((x) => [x.HsmId, x.State])).toEqual([
      [a.HsmId, "DELETE_IN_PROGRESS"],
      [b.HsmId, "DELETE_IN_PROGRESS"],
      [c.HsmId, "DELETE_IN_PROGRESS"],
    ]);
    await h.control.advance(d.hsmDelete);
    expect((await cluster()).Hsms).toEqual([]);
  });

  it("adding an HSM to or removing one from an ACTIVE cluster makes a backup, CREATE_IN_PROGRESS then READY", async () => {
    const { h, d, id, createHsm, backups } = await lifecycle();
    await h.control.advance(d.clusterCreate);
    const first = (await createHsm()).body.Hsm;
    await h.control.advance(d.hsmCreate);
    // Before activation HSM changes make no backup (manage-backups names only changes to an active cluster).
    expect(await backups()).toEqual([]);
    await h.ok("InitializeCluster", { ClusterId: id, SignedCert: "c", TrustAnchor: "t" });
    await h.control.advance(d.clusterInitialize);
    await h.control.activate(id);
    await h.control.advance(d.backupCreate);
    expect(await backups()).toHaveLength(1);
    await createHsm("us-east-1b");
    await h.control.advance(d.hsmCreate);
    const added = await backups();
    expect(added.map((b) => b.BackupState)).toEqual(["READY", "CREATE_IN_PROGRESS"]);
    await h.control.advance(d.backupCreate);
    expect((await backups()).map((b) => b.BackupState)).toEqual(["READY", "READY"]);
    await h.ok("DeleteHsm", { ClusterId: id, HsmId: first.HsmId });
    await h.control.advance(d.hsmDelete);
    expect((await backups()).map((b) => b.BackupState)).toEqual(["READY", "READY", "CREATE_IN_PROGRESS"]);
    await h.control.advance(d.backupCreate);
    expect((await backups()).map((b) => b.BackupState)).toEqual(["READY", "READY", "READY"]);
  });
});
