import { type CloudHsmV2Client, createCloudHsmV2Client } from "@cloudhsm-kit/client";
import { type RunningEmulator, startEmulator } from "@cloudhsm-kit/emulator";
import type { RunOptions } from "../src/index.js";
import type { Fault } from "./fault-proxy/fault.js";
import { type RunningFaultProxy, startFaultProxy } from "./fault-proxy/proxy-server.js";

/**
 * A target as users bring one: an implementation that speaks only the public API (the reference emulator behind a
 * proxy that answers the control protocol's paths with 404), already holding what such a target's owner would have
 * made through the AWS API and its own tooling — READY backups in each partition's regions, a cluster with two
 * backups, a copy that failed into DELETED — and real-time transitions short enough to watch (a copy is
 * CREATE_IN_PROGRESS for 0.5 s, long enough to see on a busy machine; AWS Backup's jobs as BYO_BACKUP_DELAYS says).
 * The seeding uses the control protocol (to activate a cluster, to fail a copy) before the proxy hides it.
 */
export const BYO_DELAYS = {
  backupCreate: 0.2,
  copy: 0.5,
  clusterCreate: 0.5,
  clusterInitialize: 0.2,
  clusterDelete: 0.2,
  hsmCreate: 0.2,
  hsmDelete: 0.2,
};

/**
 * AWS Backup's job delays on that target, in seconds: a job waits 0.5 s in CREATED, then a backup runs 0.5 s and a
 * copy 1 s (shorter delays let a busy machine miss a job waiting for another of its resource).
 */
export const BYO_BACKUP_DELAYS = { jobStart: 0.5, backupRun: 0.5, copyRun: 1 };

/** The second account the emulator recognises: a 12-digit access key id is the account id. */
const SECOND_ACCOUNT = "111122223333";

export interface ByoTarget {
  url: string;
  proxy: RunningFaultProxy;
  /** The run options a user of such a target would write: its endpoint, a second account, the legacy option. */
  options: RunOptions;
  close(): Promise<void>;
}

function clientOf(emulator: RunningEmulator, region: string): CloudHsmV2Client {
  return createCloudHsmV2Client({
    region,
    endpoint: emulator.url,
    credentials: { accessKeyId: "conformance", secretAccessKey: "conformance" },
  });
}

/**
 * Polls `probe` until `done`, in real time: the emulated clock is never moved, so that it stays the clock a user's
 * target would have (checks without the control protocol compare timestamps with their own clock).
 */
async function settle<T>(probe: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await probe();
    if (done(value)) {
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the seeded emulator did not settle");
}

/** An ACTIVE cluster in `region` with two READY backups (activation, then an HSM added), made as its owner would. */
async function seedCluster(emulator: RunningEmulator, region: string): Promise<void> {
  const client = clientOf(emulator, region);
  const { Cluster } = await client.createCluster({ HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"] });
  const ClusterId = Cluster?.ClusterId as string;
  const describe = async () => (await client.describeClusters({ Filters: { clusterIds: [ClusterId] } })).Clusters?.[0];
  await settle(describe, (c) => c?.State === "UNINITIALIZED");
  await client.createHsm({ ClusterId, AvailabilityZone: `${region}a` });
  await settle(describe, (c) => c?.Hsms?.[0]?.State === "ACTIVE");
  await client.initializeCluster({ ClusterId, SignedCert: "MIIBseed", TrustAnchor: "MIIBseed" });
  await settle(describe, (c) => c?.State === "INITIALIZED");
  await emulator.control.activate(ClusterId);
  await new Promise((resolve) => setTimeout(resolve, 10)); // the next backup gets a later CreateTimestamp
  await client.createHsm({ ClusterId, AvailabilityZone: `${region}a` });
  const backups = async () => (await client.describeBackups({ Filters: { clusterIds: [ClusterId] } })).Backups ?? [];
  await settle(backups, (list) => list.length === 2 && list.every((b) => b.BackupState === "READY"));
}

/** A backup in `to` that a failed copy left DELETED (the user guide's failure path). */
async function seedDeletedCopy(emulator: RunningEmulator, from: string, to: string): Promise<void> {
  const source = (await clientOf(emulator, from).describeBackups({})).Backups?.[0]?.BackupId as string;
  await emulator.control.failNextCopy({ BackupId: source, DestinationRegion: to });
  await clientOf(emulator, from).copyBackupToRegion({ BackupId: source, DestinationRegion: to });
  const copies = async () =>
    (await clientOf(emulator, to).describeBackups({ Filters: { sourceBackupIds: [source] } })).Backups ?? [];
  await settle(copies, (list) => list.some((b) => b.BackupState === "DELETED"));
}

/** The reference emulator with BYO_DELAYS, seeded as described above; its control protocol is still open. */
export async function startSeededEmulator(): Promise<RunningEmulator> {
  const emulator = await startEmulator({
    host: "127.0.0.1",
    port: 0,
    legacyClusterIdCopy: true,
    delays: BYO_DELAYS,
    // AWS Backup's jobs too run in real time, short enough for checks that only wait on the public API and long
    // enough to see a job wait for another of its resource on a busy machine.
    backupDelays: BYO_BACKUP_DELAYS,
    log: () => {},
  });
  for (const region of ["us-east-1", "us-west-2", "us-gov-east-1", "us-gov-west-1", "cn-north-1"]) {
    await seedCluster(emulator, region);
  }
  await seedDeletedCopy(emulator, "us-east-1", "us-west-2");
  return emulator;
}

/** The target, optionally through `fault`; `seeded` reuses an emulator of startSeededEmulator, which `close` leaves open. */
export async function startByoTarget(fault?: Fault, seeded?: RunningEmulator): Promise<ByoTarget> {
  const emulator = seeded ?? (await startSeededEmulator());
  const proxy = await startFaultProxy({ upstream: emulator.url, hideControl: true, ...(fault ? { fault } : {}) });
  return {
    url: proxy.url,
    proxy,
    options: {
      endpoint: proxy.url,
      legacyClusterIdCopy: true,
      secondAccount: {
        accountId: SECOND_ACCOUNT,
        credentials: { accessKeyId: SECOND_ACCOUNT, secretAccessKey: "conformance" },
      },
      timing: { pollIntervalMs: 50, transitionTimeoutMs: 5_000 },
    },
    close: async () => {
      await proxy.close();
      if (!seeded) {
        await emulator.close();
      }
    },
  };
}
