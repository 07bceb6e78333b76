import { loadServiceDocument } from "@cloudhsm-kit/spec/validation";
import { describe, expect, it } from "vitest";
import { createHarness } from "../../../../test/helpers.js";
import { createCoreStateCheck } from "../../../core/state/state-check.js";
import { EVENT_KINDS } from "../domain/events.js";
import { createStateChecker } from "./state-check.js";
import type { StateDocument } from "./state-members.js";

/** The check an import runs with CloudHSM v2 as the only service: the core's members, then CloudHSM's. */
const coreCheck = createCoreStateCheck(EVENT_KINDS);
const cloudHsmCheck = createStateChecker(loadServiceDocument());
const check = (doc: unknown) => coreCheck(doc) ?? cloudHsmCheck(doc);

/** A state with every kind of record: clusters with HSMs, a retired cluster, copies (aws-cn too), a deleted
 * backup, tags, a policy with its share promoted, pending transitions and a copy fault. */
async function richState(): Promise<StateDocument> {
  const h = createHarness();
  const { clusterId, backupId } = await h.activeCluster({ tags: [{ Key: "team", Value: "hsm" }] });
  await h.ok("CopyBackupToRegion", { BackupId: backupId, DestinationRegion: "us-west-2" });
  const cn = await h.activeCluster({ region: "cn-north-1" });
  await h.ok(
    "CopyBackupToRegion",
    { BackupId: cn.backupId, DestinationRegion: "cn-northwest-1" },
    { region: "cn-north-1" },
  );
  const ResourceArn = (await h.describeBackup(backupId)).BackupArn;
  await h.ok("PutResourcePolicy", {
    ResourceArn,
    Policy: JSON.stringify({ Statement: [{ Effect: "Allow", Principal: { AWS: "444455556666" }, Action: "*" }] }),
  });
  await h.control.promoteResourceShare(ResourceArn);
  await h.control.failNextCopy({ DestinationRegion: "eu-west-1" });
  const { Cluster } = await h.ok("CreateCluster", { HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"] });
  await h.control.advance(h.emu.settings().delays.clusterCreate);
  await h.ok("DeleteCluster", { ClusterId: Cluster.ClusterId });
  await h.control.advance(2 * 86_400); // DELETED, then retired after its tombstone day
  const doomed = await h.activeCluster();
  await h.ok("DeleteBackup", { BackupId: doomed.backupId });
  await h.control.advance(7 * 86_400 + 3600); // DELETED, still listed
  const state = h.emu.exportState();
  expect(state.namespaces.some((ns) => ns.retiredClusters.length > 0)).toBe(true);
  expect(state.namespaces.some((ns) => ns.backups.some((b) => b.BackupState === "DELETED"))).toBe(true);
  expect(
    state.namespaces.find((ns) => ns.region === "us-east-1")?.clusters.find((c) => c.ClusterId === clusterId)?.Hsms,
  ).toHaveLength(1);
  return state;
}

/** A check of a changed copy of `state`. */
const brokenCopyOf = (state: unknown) => (change: (d: StateDocument) => void) => {
  const d = structuredClone(state) as StateDocument;
  change(d);
  return check(d);
};

/** The us-east-1 namespace of a state document. */
const east = (d: StateDocument) =>
  d.namespaces.find((ns) => ns.region === "us-east-1") as StateDocument["namespaces"][number];

describe("state document check", () => {
  it("accepts every state the emulator writes, and documents from before share promotion existed", async () => {
    const state = await richState();
    expect(east(state).promotedShares).toHaveLength(1);
    expect(check(state)).toBeUndefined();
    expect(brokenCopyOf(state)((d) => delete east(d).promotedShares)).toBeUndefined();
  });

  it("refuses records that do not have the spec's shapes or the members the emulator relies on", async () => {
    const broken = brokenCopyOf(await richState());
    const cluster = (d: StateDocument) => east(d).clusters[0] as unknown as Record<string, unknown>;
    const backup = (d: StateDocument) => east(d).backups[0] as unknown as Record<string, unknown>;
    expect(broken((d) => ((cluster(d).Hsms as unknown[])[0] = null))).toMatch(/\/Hsms\/0 must be object/);
    expect(broken((d) => ((east(d).clusters as unknown[])[1] = null))).toMatch(/\/clusters\/1 must be object/);
    expect(broken((d) => delete cluster(d).Certificates)).toMatch(/must have required property 'Certificates'/);
    expect(broken((d) => (cluster(d).State = "ASLEEP"))).toMatch(/\/State must be equal to one of the allowed values/);
    expect(broken((d) => (backup(d).BackupId = "backup-1"))).toMatch(/\/BackupId must match pattern/);
    expect(broken((d) => (backup(d).TagList = [{ Key: 1 }]))).toMatch(/\/TagList\/0/);
    expect(broken((d) => (backup(d).CreateTimestamp = "yesterday"))).toMatch(/\/CreateTimestamp must be number/);
    expect(broken((d) => ((d.settings as unknown as Record<string, unknown>).colour = "red"))).toMatch(
      /additional properties/,
    );
    expect(
      broken((d) => (d.events[0] = { ...(d.events[0] as StateDocument["events"][number]), kind: "backup.teleported" })),
    ).toMatch(/\/events\/0\/kind/);
    expect(broken((d) => (d.copyFaults = [null as never]))).toMatch(/\/copyFaults\/0 must be object/);
    expect(broken((d) => (east(d).account = "me"))).toMatch(/\/account must match pattern/);
  });

  it("refuses documents whose records disagree", async () => {
    const broken = brokenCopyOf(await richState());
    expect(broken((d) => east(d).backups.push(structuredClone(east(d).backups[0]) as never))).toMatch(
      /duplicate BackupId/,
    );
    expect(broken((d) => east(d).retiredClusters.push(structuredClone(east(d).clusters[0]) as never))).toMatch(
      /duplicate ClusterId/,
    );
    expect(broken((d) => d.namespaces.push(structuredClone(east(d))))).toMatch(/a second namespace for account/);
    expect(broken((d) => ((east(d).backups[0] as { BackupArn: string }).BackupArn = "backup-abcdefghijkl"))).toMatch(
      /does not name backup/,
    );
    expect(broken((d) => ((east(d).backups[0] as { DeleteTimestamp?: number }).DeleteTimestamp = 1))).toMatch(
      /DeleteTimestamp must be present exactly when/,
    );
    expect(
      broken((d) => ((east(d).clusters[0]?.Hsms[0] as { ClusterId: string }).ClusterId = "cluster-abcdefghijk")),
    ).toMatch(/ClusterId must be cluster-/);
    expect(broken((d) => (east(d).region = "zz-east-1"))).toMatch(/not a region the emulator serves/);
    expect(broken((d) => (east(d).policies = {}))).toMatch(/promotedShares\/0: backup backup-\w+ has no policy/);
    expect(broken((d) => (east(d).promotedShares = ["backup-1"]))).toMatch(/promotedShares\/0 must match pattern/);
    expect(
      broken((d) => {
        const ns = east(d);
        ns.promotedShares = [...(ns.promotedShares ?? []), ...(ns.promotedShares ?? [])];
      }),
    ).toMatch(/must NOT have duplicate items/);
  });
});
