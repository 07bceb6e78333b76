import { createEmulator } from "@cloudhsm-kit/emulator";
import type { components } from "@cloudhsm-kit/spec";
import { createControlClient } from "@cloudhsm-kit/spec/control";
import { beforeAll, describe, expect, it } from "vitest";
import { sendRaw } from "../src/harness/raw.js";
import { CHECKS } from "../src/index.js";
import { compareWithRecording, type Difference, type ObservedExchange } from "../src/recordings/compare.js";
import type { LoadedRecording } from "../src/recordings/format.js";
import { loadRecordings, RECORDINGS_DIR } from "../src/recordings/load.js";

type Backup = components["schemas"]["Backup"];

/**
 * The reference emulator against the recordings of real AWS replies in conformance/recordings/: for each recording,
 * a scenario builds on a fresh in-process emulator what the recording shows (the same states, tags and order of
 * events, through the AWS API and the control API), makes the same call, and compares the reply with the recording
 * (src/recordings/compare.ts). Where the emulator differs, the difference is listed in KNOWN_DIFFERENCES, exactly:
 * any other difference fails, and so does a listed one that is gone.
 */
const ENDPOINT = "http://emulator.test";
const CREDENTIALS = { accessKeyId: "test", secretAccessKey: "test" };
const REGION = "us-east-1";
const ACCOUNT = "123456789012";
const SUBNETS = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"];
const CERT = "-----BEGIN CERTIFICATE-----\nMIIBrecordings\n-----END CERTIFICATE-----";
const tag = (Key: string, Value: string) => ({ Key, Value });

function world() {
  const emulator = createEmulator({ log: () => {} });
  const fetchImpl: typeof fetch = (input, init) => emulator.fetch(new Request(input, init));
  const control = createControlClient(ENDPOINT, { fetch: (r) => emulator.fetch(r) });
  const call = async (operation: string, input: object, region = REGION): Promise<ObservedExchange> => {
    const body = JSON.stringify(input);
    const raw = await sendRaw(ENDPOINT, async () => CREDENTIALS, { region, target: operation, body }, fetchImpl);
    return { request: { region, input }, reply: { status: raw.status, headers: raw.headers, body: raw.json } };
  };
  const ok = async <T = Record<string, unknown>>(operation: string, input: object): Promise<T> => {
    const { reply } = await call(operation, input);
    if (reply.status !== 200) {
      throw new Error(`${operation} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
    }
    return (reply.body ?? {}) as T;
  };
  const cluster = async (extra: object = {}) => {
    const out = await ok<{ Cluster: { ClusterId: string } }>("CreateCluster", {
      HsmType: "hsm2m.medium",
      SubnetIds: SUBNETS.slice(0, 1),
      ...extra,
    });
    await control.advance(300);
    return out.Cluster.ClusterId;
  };
  /** An ACTIVE cluster with one ACTIVE HSM and its activation backup READY. */
  const activeCluster = async (): Promise<{ clusterId: string; first: Backup }> => {
    const clusterId = await cluster();
    await ok("CreateHsm", { ClusterId: clusterId, AvailabilityZone: `${REGION}a` });
    await control.advance(400);
    await ok("InitializeCluster", { ClusterId: clusterId, SignedCert: CERT, TrustAnchor: CERT });
    await control.advance(100);
    const { Backup: first } = await control.activate(clusterId);
    await control.advance(120);
    return { clusterId, first };
  };
  /** A new READY backup of an ACTIVE cluster, two minutes after the previous step. */
  const backup = async (clusterId: string): Promise<Backup> => {
    const made = await control.backupNow(clusterId);
    await control.advance(120);
    return made;
  };
  return { control, call, ok, cluster, activeCluster, backup };
}
type World = ReturnType<typeof world>;

/** Two backups pending deletion (the newer one deleted first, as in the recording) and READY ones after them. */
async function deletedPairThen(w: World, ready: number) {
  const { clusterId, first } = await w.activeCluster();
  const second = await w.backup(clusterId);
  await w.ok("DeleteBackup", { BackupId: second.BackupId });
  await w.ok("DeleteBackup", { BackupId: first.BackupId });
  const made: Backup[] = [];
  for (let i = 0; i < ready; i++) {
    made.push(await w.backup(clusterId));
  }
  return made;
}

const policyFor = (arn: string) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: "cloudhsm:DescribeBackups",
        Resource: arn,
      },
    ],
  });

/** For each recording, how to make the same call on the emulator. */
const SCENARIOS: Record<string, (w: World) => Promise<ObservedExchange>> = {
  "cloud-custodian.describe-backups.two-ready-two-pending-deletion": async (w) => {
    const [older, newer] = await deletedPairThen(w, 2);
    const cleanup = tag("custodian_cleanup", "Resource does not meet policy: notify@2024/09/12");
    await w.ok("TagResource", { ResourceId: older?.BackupId, TagList: [tag("owner", "policy"), cleanup] });
    await w.ok("TagResource", { ResourceId: newer?.BackupId, TagList: [tag("owner", "policy")] });
    return w.call("DescribeBackups", {});
  },
  "cloud-custodian.describe-backups.before-tagging": async (w) => {
    const [ready] = await deletedPairThen(w, 1);
    await w.ok("TagResource", { ResourceId: ready?.BackupId, TagList: [tag("owner", "policy")] });
    return w.call("DescribeBackups", {});
  },
  "cloud-custodian.describe-backups.after-tagging": async (w) => {
    const [ready] = await deletedPairThen(w, 1);
    await w.ok("TagResource", { ResourceId: ready?.BackupId, TagList: [tag("owner", "policy")] });
    const cleanup = tag("custodian_cleanup", "Resource does not meet policy: notify@2024/09/12");
    await w.ok("TagResource", { ResourceId: ready?.BackupId, TagList: [cleanup] });
    return w.call("DescribeBackups", {});
  },
  "cloud-custodian.get-resource-policy.no-policy": async (w) => {
    const { first } = await w.activeCluster();
    return w.call("GetResourcePolicy", { ResourceArn: first.BackupArn });
  },
  "cloud-custodian.get-resource-policy.with-policy": async (w) => {
    const { first } = await w.activeCluster();
    await w.ok("PutResourcePolicy", { ResourceArn: first.BackupArn, Policy: policyFor(first.BackupArn as string) });
    return w.call("GetResourcePolicy", { ResourceArn: first.BackupArn });
  },
  "cloud-custodian.list-tags.backup": async (w) => {
    const { first } = await w.activeCluster();
    await w.ok("TagResource", { ResourceId: first.BackupId, TagList: [tag("env", "dev")] });
    return w.call("ListTags", { ResourceId: first.BackupId });
  },
  "cloud-custodian.list-tags.cluster": async (w) => {
    const clusterId = await w.cluster({ TagList: [tag("foo", "bar")] });
    return w.call("ListTags", { ResourceId: clusterId });
  },
  "cloud-custodian.describe-clusters.active-with-hsm": async (w) => {
    await w.activeCluster();
    return w.call("DescribeClusters", {});
  },
  "cloud-custodian.describe-clusters.uninitialized-tagged": async (w) => {
    const clusterId = await w.cluster({ TagList: [tag("Owner", "test")] });
    return w.call("DescribeClusters", { Filters: { clusterIds: [clusterId] } });
  },
  "cloud-custodian.describe-clusters.two-uninitialized": async (w) => {
    await w.cluster({ SubnetIds: SUBNETS, TagList: [tag("c7n", "test")] });
    await w.cluster();
    return w.call("DescribeClusters", {});
  },
  "cloud-custodian.delete-cluster.uninitialized": async (w) => {
    const clusterId = await w.cluster();
    return w.call("DeleteCluster", { ClusterId: clusterId });
  },
  "cloud-custodian.describe-clusters.deleted": async (w) => {
    const clusterId = await w.cluster();
    await w.ok("DeleteCluster", { ClusterId: clusterId });
    await w.control.advance(200);
    return w.call("DescribeClusters", { Filters: { clusterIds: [clusterId] } });
  },
  "user-guide.delete-backup": async (w) => {
    const { first } = await w.activeCluster();
    return w.call("DeleteBackup", { BackupId: first.BackupId });
  },
  "user-guide.restore-backup": async (w) => {
    const { first } = await w.activeCluster();
    await w.ok("DeleteBackup", { BackupId: first.BackupId });
    await w.control.advance(60);
    return w.call("RestoreBackup", { BackupId: first.BackupId });
  },
  "user-guide.describe-backups.pending-deletion-filter": async (w) => {
    const { first } = await w.activeCluster();
    await w.ok("DeleteBackup", { BackupId: first.BackupId });
    return w.call("DescribeBackups", { Filters: { states: ["PENDING_DELETION"] } });
  },
  "user-guide.modify-backup-attributes.never-expires": async (w) => {
    const { first } = await w.activeCluster();
    return w.call("ModifyBackupAttributes", { BackupId: first.BackupId, NeverExpires: true });
  },
  "user-guide.modify-backup-attributes.no-never-expires": async (w) => {
    const { first } = await w.activeCluster();
    await w.ok("ModifyBackupAttributes", { BackupId: first.BackupId, NeverExpires: true });
    return w.call("ModifyBackupAttributes", { BackupId: first.BackupId, NeverExpires: false });
  },
  "user-guide.copy-backup-to-region": async (w) => {
    const { first } = await w.activeCluster();
    return w.call("CopyBackupToRegion", { BackupId: first.BackupId, DestinationRegion: "us-west-2" });
  },
};

/**
 * Where the reference emulator's reply differs from a recording of AWS. Each entry is a finding about the
 * emulator (packages/emulator), not a relaxation of the comparison.
 */
const KNOWN_DIFFERENCES: Record<string, Difference[]> = {};

describe("the reference emulator against the recordings of real AWS replies", () => {
  let recordings: LoadedRecording[] = [];
  beforeAll(async () => {
    recordings = await loadRecordings(RECORDINGS_DIR, { checkIds: new Set(CHECKS.map((c) => c.id)) });
  });

  it("has a scenario for every recording, and a recording for every scenario", () => {
    expect(recordings.map((r) => r.id).sort()).toEqual(Object.keys(SCENARIOS).sort());
    for (const id of Object.keys(KNOWN_DIFFERENCES)) {
      expect(SCENARIOS).toHaveProperty([id]);
    }
  });

  it("catches a reply that breaks what a recording shows (the comparison is not vacuous)", async () => {
    const id = "cloud-custodian.describe-backups.two-ready-two-pending-deletion";
    const recording = recordings.find((r) => r.id === id) as LoadedRecording;
    const observed = await (SCENARIOS[id] as (w: World) => Promise<ObservedExchange>)(world());
    const body = observed.reply.body as { Backups: Record<string, unknown>[] };
    body.Backups.reverse();
    delete body.Backups[0]?.TagList;
    const where = compareWithRecording(recording, observed).map((d) => d.where);
    expect(where).toContain("body.Backups[0].TagList");
    expect(where).toContain("body.Backups[0].BackupState");
    expect(where).toContain("body.Backups[1]");
  });

  it.each(Object.keys(SCENARIOS))("%s", async (id) => {
    const recording = recordings.find((r) => r.id === id);
    const scenario = SCENARIOS[id];
    if (!recording || !scenario) {
      throw new Error(`no recording or no scenario for ${id}`);
    }
    const observed = await scenario(world());
    expect(compareWithRecording(recording, observed)).toEqual(KNOWN_DIFFERENCES[id] ?? []);
  });
});
