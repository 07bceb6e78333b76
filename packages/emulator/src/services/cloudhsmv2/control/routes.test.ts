import { describe, expect, it } from "vitest";
import { control, documentedCapabilities } from "../../../../test/control-helpers.js";
import { createHarness } from "../../../../test/helpers.js";
import { WIRE_LIMITS } from "../../../core/protocol/limits.js";

describe("control API", () => {
  it("describes itself", async () => {
    const h = createHarness();
    const { body } = await control(h, "GET", "/info");
    expect(body).toMatchObject({ name: "cloudhsm-kit-emulator", version: "0.1.0", protocol: 1 });
    // Every capability the document names, share promotion included, and nothing else.
    expect(body.capabilities).toEqual(documentedCapabilities);
    expect(body.capabilities).toContain("share-promotion");
  });

  it("reads and advances the clock; refuses a negative or missing step", async () => {
    const h = createHarness({ startTime: 1_763_779_200 });
    const { body: start } = await control(h, "GET", "/clock");
    const { body: after } = await control(h, "POST", "/clock/advance", { seconds: 3600 });
    expect(after.now - start.now).toBeGreaterThanOrEqual(3600);
    expect(after.now - start.now).toBeLessThan(3605);
    for (const bad of [{ seconds: -1 }, {}, { seconds: "1" }, { seconds: 1e300 }]) {
      const r = await control(h, "POST", "/clock/advance", bad);
      expect(r.status).toBe(400);
      expect(r.body.__type).toBe("InvalidInput");
    }
    expect((await control(h, "POST", "/clock/advance", "{oops")).body.__type).toBe("InvalidInput");
  });

  it("activates only INITIALIZED clusters and backs up only ACTIVE ones", async () => {
    const h = createHarness({ delays: { clusterCreate: 0 } });
    const { Cluster } = await h.ok("CreateCluster", {
      HsmType: "hsm2m.medium",
      SubnetIds: ["subnet-0123456789abcdef0"],
    });
    const early = await control(h, "POST", `/clusters/${Cluster.ClusterId}/activate`);
    expect(early.status).toBe(409);
    expect(early.body.__type).toBe("InvalidState");
    expect((await control(h, "POST", `/clusters/${Cluster.ClusterId}/backups`)).status).toBe(409);
    const none = await control(h, "POST", "/clusters/cluster-abcdefghijk/activate");
    expect(none.status).toBe(404);
    expect(none.body.__type).toBe("ResourceNotFound");
    const { clusterId } = await h.activeCluster();
    const backup = await control(h, "POST", `/clusters/${clusterId}/backups`);
    expect(backup.body.Backup).toMatchObject({ BackupState: "CREATE_IN_PROGRESS", ClusterId: clusterId });
  });

  it("merges settings and refuses unknown or negative ones", async () => {
    const h = createHarness();
    const before = h.emu.settings().delays;
    const { body } = await control(h, "PUT", "/settings", { delays: { copy: 5 } });
    expect(body.delays).toEqual({ ...before, copy: 5 });
    expect(body.legacyClusterIdCopy).toBe(false);
    expect((await control(h, "GET", "/settings")).body).toEqual(body);
    for (const bad of [
      { delays: { copy: -1 } },
      { delays: { warp: 1 } },
      { colour: "red" },
      { legacyClusterIdCopy: "yes" },
    ]) {
      expect((await control(h, "PUT", "/settings", bad)).status).toBe(400);
    }
  });

  it("arms copy faults and refuses empty or malformed ones", async () => {
    const h = createHarness();
    const ok = await control(h, "POST", "/faults/copy", { DestinationRegion: "us-west-2" });
    expect(ok.body.FaultId).toMatch(/^fault-/);
    for (const bad of [{}, { BackupId: "nope" }, { DestinationRegion: "atlantis-1" }]) {
      expect((await control(h, "POST", "/faults/copy", bad)).status).toBe(400);
    }
  });

  it("exports and imports the whole state, and reset forgets everything", async () => {
    const h = createHarness();
    const { backupId } = await h.activeCluster();
    await h.ok("DeleteBackup", { BackupId: backupId });
    const { body: state } = await control(h, "GET", "/state");
    expect(state.format).toBe("cloudhsm-kit-emulator-state");
    await control(h, "POST", "/reset");
    expect((await h.ok("DescribeBackups", {})).Backups).toEqual([]);
    expect((await control(h, "PUT", "/state", state)).body).toEqual({});
    expect((await h.describeBackup(backupId)).BackupState).toBe("PENDING_DELETION");
    // Pending transitions came back too: the 7-day expiry still happens.
    await h.control.advance(7 * 86_400);
    expect((await h.describeBackup(backupId)).BackupState).toBe("DELETED");
    const bad = await control(h, "PUT", "/state", { format: "other" });
    expect(bad.status).toBe(400);
    // A document whose records or transitions the emulator could not run is refused whole, state unchanged.
    const badEvent = {
      ...state,
      events: [{ at: 1, seq: 0, kind: "backup.teleported", account: "a", region: "r", id: "x" }],
    };
    expect((await control(h, "PUT", "/state", badEvent)).status).toBe(400);
    const badBackup = structuredClone(state);
    badBackup.namespaces[0].backups[0].CreateTimestamp = "yesterday";
    expect((await control(h, "PUT", "/state", badBackup)).status).toBe(400);
    expect((await h.describeBackup(backupId)).BackupState).toBe("DELETED");
  });

  it("imports all or nothing: a document refused anywhere leaves the state and its pending transitions as they were", async () => {
    const h = createHarness();
    const { clusterId, backupId } = await h.activeCluster();
    await h.ok("DeleteBackup", { BackupId: backupId });
    const before = h.emu.exportState();
    const duplicate = structuredClone(before);
    const ns = duplicate.namespaces[0] as (typeof duplicate.namespaces)[number];
    ns.backups.push(structuredClone(ns.backups[0]) as (typeof ns.backups)[number]);
    const dup = await control(h, "PUT", "/state", duplicate);
    expect(dup.status).toBe(400);
    expect(dup.body.Message).toMatch(/duplicate BackupId/);
    const nullHsm = structuredClone(before);
    (nullHsm.namespaces[0]?.clusters[0] as unknown as { Hsms: unknown[] }).Hsms = [null];
    const hsm = await control(h, "PUT", "/state", nullHsm);
    expect(hsm.status).toBe(400);
    expect(hsm.body.Message).toMatch(/Hsms\/0 must be object/);
    expect({ ...h.emu.exportState(), now: before.now }).toEqual(before);
    // Nothing was lost: the cluster takes another HSM, and the 7-day expiry still happens.
    await h.ok("CreateHsm", { ClusterId: clusterId, AvailabilityZone: "us-east-1a" });
    await h.control.advance(7 * 86_400);
    expect((await h.describeBackup(backupId)).BackupState).toBe("DELETED");
  });

  it("refuses deeply nested bodies and quotes bounded excerpts of bad values", async () => {
    const h = createHarness();
    const deep = `{"seconds":${"[".repeat(5_000)}${"]".repeat(5_000)}}`;
    const nested = await control(h, "POST", "/clock/advance", deep);
    expect(nested.status).toBe(400);
    expect(nested.body.Message).toBe(
      `The request body nests objects and arrays deeper than ${WIRE_LIMITS.maxJsonDepth} levels.`,
    );
    const long = await control(h, "PUT", "/settings", { legacyClusterIdCopy: "y".repeat(100_000) });
    expect(long.status).toBe(400);
    expect(long.body.Message.length).toBeLessThan(WIRE_LIMITS.maxEchoedValueChars + 200);
  });

  it("answers unknown routes with 404 and wrong methods with 405", async () => {
    const h = createHarness();
    expect((await control(h, "GET", "/nothing")).status).toBe(404);
    const wrong = await control(h, "DELETE", "/clock");
    expect(wrong.status).toBe(405);
    expect(wrong.body.__type).toBe("MethodNotAllowed");
  });
});
