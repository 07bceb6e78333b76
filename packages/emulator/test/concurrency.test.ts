import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../src/index.js";
import { awsRequest } from "./helpers.js";

/**
 * Many simultaneous copies, deletes and restores over real sockets (bounded: 40 backups, ~400 requests in flight):
 * no backup is lost or duplicated, and every accepted copy yields exactly one destination backup.
 */
let running: RunningEmulator;
beforeAll(async () => {
  running = await startEmulator({
    port: 0,
    log: () => undefined,
    delays: { backupCreate: 0, copy: 0, clusterCreate: 0, hsmCreate: 0, clusterInitialize: 0 },
  });
});
afterAll(() => running.close());

// biome-ignore lint/suspicious/noExplicitAny: replies are inspected loosely
async function call(op: string, input: unknown, region = "us-east-1"): Promise<{ status: number; body: any }> {
  const r = await fetch(new Request(new URL("/", running.url), awsRequest(op, input, { region })));
  return { status: r.status, body: await r.json() };
}

async function listAll(region: string): Promise<{ BackupId: string; SourceBackup?: string; BackupState: string }[]> {
  const out = [];
  let NextToken: string | undefined;
  do {
    const page = await call("DescribeBackups", { MaxResults: 50, ...(NextToken ? { NextToken } : {}) }, region);
    out.push(...page.body.Backups);
    NextToken = page.body.NextToken;
  } while (NextToken);
  return out;
}

describe("concurrency", () => {
  it("keeps every backup and yields exactly one destination backup per accepted copy", async () => {
    const { body } = await call("CreateCluster", { HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"] });
    const clusterId = body.Cluster.ClusterId as string;
    await call("CreateHsm", { ClusterId: clusterId, AvailabilityZone: "us-east-1a" });
    await call("InitializeCluster", { ClusterId: clusterId, SignedCert: "c", TrustAnchor: "t" });
    await running.control.activate(clusterId);
    for (let i = 0; i < 39; i++) {
      await running.control.backupNow(clusterId);
    }
    await running.control.advance(1);
    const originals = await listAll("us-east-1");
    expect(originals).toHaveLength(40);

    type Job = { op: string; id: string; region?: string; status: number };
    const jobs: Promise<Job>[] = [];
    const launch = (op: string, target: string, input: unknown, id: string, region?: string) =>
      jobs.push(call(target, input).then((r) => ({ op, id, ...(region ? { region } : {}), status: r.status })));
    for (const [i, b] of originals.entries()) {
      const BackupId = b.BackupId;
      for (const region of ["us-west-2", "eu-west-1", "us-west-2"]) {
        launch("copy", "CopyBackupToRegion", { BackupId, DestinationRegion: region }, BackupId, region);
      }
      if (i % 2 === 0) {
        launch("delete", "DeleteBackup", { BackupId }, BackupId);
        launch("restore", "RestoreBackup", { BackupId }, BackupId);
        launch("delete", "DeleteBackup", { BackupId }, BackupId);
      }
      launch("tag", "TagResource", { ResourceId: BackupId, TagList: [{ Key: "n", Value: String(i) }] }, BackupId);
    }
    const results = await Promise.all(jobs);
    expect(results.every((r) => r.status === 200 || r.status === 400)).toBe(true);
    await running.control.advance(1);

    // Nothing lost or duplicated in the source region.
    const after = await listAll("us-east-1");
    expect(after.map((b) => b.BackupId).sort()).toEqual(originals.map((b) => b.BackupId).sort());
    for (const b of after) {
      expect(["READY", "PENDING_DELETION"]).toContain(b.BackupState);
    }
    // Each accepted copy is exactly one backup in its destination.
    for (const region of ["us-west-2", "eu-west-1"]) {
      const copies = await listAll(region);
      expect(new Set(copies.map((c) => c.BackupId)).size).toBe(copies.length);
      for (const b of originals) {
        const accepted = results.filter(
          (r) => r.op === "copy" && r.id === b.BackupId && r.region === region && r.status === 200,
        ).length;
        expect(copies.filter((c) => c.SourceBackup === b.BackupId)).toHaveLength(accepted);
      }
    }
    // A deleted backup is PENDING_DELETION only if a delete was accepted last; restores and deletes each succeeded at
    // most as often as the state machine allows.
    for (const [i, b] of originals.entries()) {
      if (i % 2 !== 0) {
        continue;
      }
      const ok = (op: string) => results.filter((r) => r.op === op && r.id === b.BackupId && r.status === 200).length;
      expect(ok("delete")).toBeGreaterThanOrEqual(1);
      expect(ok("delete") - ok("restore")).toBe(
        after.find((x) => x.BackupId === b.BackupId)?.BackupState === "PENDING_DELETION" ? 1 : 0,
      );
    }
  });
});
