import { type CloudHsmV2Client, createCloudHsmV2Client } from "@cloudhsm-kit/client";
import { type ControlClient, createControlClient } from "@cloudhsm-kit/spec/control";
import { sendRaw } from "../../src/harness/raw.js";
import type { FetchLike } from "./faulty-fetch.js";

/**
 * What the traffic scenario walks with: clients per region and account over one injected fetch, the control
 * protocol, raw wire requests, and steps that note a failure and go on (a fault may make any step fail).
 */
export const ENDPOINT = "http://emulator.test";
export const CREDENTIALS = { accessKeyId: "test", secretAccessKey: "test" };
export const PRIMARY = "us-east-1";
export const SECOND = "us-west-2";
export const FAKE_CERT = "-----BEGIN CERTIFICATE-----\nMIIBscenario\n-----END CERTIFICATE-----";
export const UNKNOWN_BACKUP_ID = "backup-zzzzzzzzzz2";
/** The reference emulator takes a 12-digit access key id as the caller's account. */
export const SECOND_ACCOUNT = "111122223333";
export const tag = (Key: string, Value = "v") => ({ Key, Value });
export const manyTags = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => tag(`${prefix}${i}`));

export interface Walk {
  client(region?: string, account?: string): CloudHsmV2Client;
  control: ControlClient;
  raw(request: Parameters<typeof sendRaw>[2]): Promise<unknown>;
  /** Runs a step; a failure caused by the fault is part of the walk, not an error of the test. */
  step(what: string, body: () => Promise<unknown>): Promise<void>;
  failures: string[];
}

/** A resource policy sharing `backupArn` with the second account. */
export function sharePolicy(backupArn: string): string {
  const principal = { AWS: `arn:aws:iam::${SECOND_ACCOUNT}:root` };
  const statement = {
    Effect: "Allow",
    Principal: principal,
    Action: ["cloudhsm:DescribeBackups"],
    Resource: backupArn,
  };
  return JSON.stringify({ Version: "2012-10-17", Statement: [statement] });
}

export function walkOver(fetchImpl: FetchLike): Walk {
  const asFetch: typeof fetch = (input, init) => fetchImpl(new Request(input, init));
  const clients = new Map<string, CloudHsmV2Client>();
  const failures: string[] = [];
  return {
    client(region = PRIMARY, account?: string) {
      const key = `${region}/${account ?? ""}`;
      const credentials = account ? { accessKeyId: account, secretAccessKey: "test" } : CREDENTIALS;
      const made =
        clients.get(key) ??
        createCloudHsmV2Client({ region, endpoint: ENDPOINT, credentials, fetch: asFetch, maxAttempts: 1 });
      clients.set(key, made);
      return made;
    },
    control: createControlClient(ENDPOINT, { fetch: fetchImpl }),
    raw: (request) => sendRaw(ENDPOINT, async () => CREDENTIALS, request, asFetch),
    async step(what, body) {
      try {
        await body();
      } catch (error) {
        failures.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    failures,
  };
}

/** An ACTIVE cluster with its first backup READY, built the way a user and the service would. */
export async function activeCluster(w: Walk): Promise<{ clusterId: string; backupId: string }> {
  const c = w.client();
  const created = await c.createCluster({ HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"] });
  const clusterId = created.Cluster?.ClusterId ?? "";
  await w.control.advance(300);
  await c.createHsm({ ClusterId: clusterId, AvailabilityZone: `${PRIMARY}a` });
  await w.control.advance(400);
  await c.initializeCluster({ ClusterId: clusterId, SignedCert: FAKE_CERT, TrustAnchor: FAKE_CERT });
  await w.control.advance(100);
  const { Backup } = await w.control.activate(clusterId);
  await c.describeBackups({ Filters: { clusterIds: [clusterId] } });
  await w.control.advance(100);
  return { clusterId, backupId: Backup.BackupId };
}

/** A second READY backup of the cluster (the control protocol's "backup now"). */
export async function newBackup(w: Walk, clusterId: string): Promise<string> {
  const Backup = await w.control.backupNow(clusterId);
  await w.control.advance(100);
  return Backup.BackupId;
}
