import { createServer, type Server } from "node:http";
import { createCloudHsmV2Client } from "@cloudhsm-kit/client";
import { type RunningEmulator, startEmulator } from "@cloudhsm-kit/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ControlClient } from "../src/harness/control.js";
import { runConformance } from "../src/runner/run.js";
import type { RunResult } from "../src/runner/types.js";

/**
 * The path real AWS takes: a target without the control protocol, where the config names existing READY backups.
 * The reference emulator (with zero delays, so nothing needs the clock moved) sits behind a proxy that hides
 * /_emulator/*; the suite must then work from the configured backups, copy them for checks that change a backup,
 * skip what needs the control protocol with the reason, and still raise no false alarm.
 */
const ZERO = {
  backupCreate: 0,
  copy: 0,
  clusterCreate: 0,
  clusterInitialize: 0,
  clusterDelete: 0,
  hsmCreate: 0,
  hsmDelete: 0,
};
let emulator: RunningEmulator;
let proxy: Server;
let proxyUrl: string;
const seeded: Record<string, string> = {};

/** A READY backup in `region`, made the way a user would get one: a cluster, an HSM, initialisation, activation. */
async function seedBackup(region: string): Promise<string> {
  const client = createCloudHsmV2Client({
    region,
    endpoint: emulator.url,
    credentials: { accessKeyId: "conformance", secretAccessKey: "conformance" },
  });
  const control = new ControlClient(emulator.url);
  const cluster = await client.createCluster({ HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"] });
  const clusterId = cluster.Cluster?.ClusterId as string;
  await client.describeClusters({});
  await client.createHsm({ ClusterId: clusterId, AvailabilityZone: `${region}a` });
  await client.describeClusters({});
  await client.initializeCluster({ ClusterId: clusterId, SignedCert: "MIIBseed", TrustAnchor: "MIIBseed" });
  await client.describeClusters({});
  const { Backup } = await control.activate(clusterId);
  const listed = await client.describeBackups({ Filters: { backupIds: [Backup.BackupId] } });
  expect(listed.Backups?.[0]?.BackupState).toBe("READY");
  return Backup.BackupId;
}

beforeAll(async () => {
  emulator = await startEmulator({ host: "127.0.0.1", port: 0, delays: ZERO });
  seeded["us-east-1"] = await seedBackup("us-east-1");
  seeded["us-west-2"] = await seedBackup("us-west-2");
  const upstream = new URL(emulator.url);
  proxy = createServer(async (req, res) => {
    if ((req.url ?? "").startsWith("/_emulator")) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
      chunks.push(chunk as Buffer);
    }
    const reply = await fetch(new URL(req.url ?? "/", upstream), {
      method: req.method,
      headers: Object.entries(req.headers).flatMap(([k, v]) => (typeof v === "string" && k !== "host" ? [[k, v]] : [])),
      body: req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks),
    });
    res.writeHead(reply.status, Object.fromEntries(reply.headers));
    res.end(Buffer.from(await reply.arrayBuffer()));
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
}, 60_000);

afterAll(async () => {
  proxy?.close();
  await emulator?.close();
});

describe("a target without the control protocol (the fixture mode real AWS uses)", () => {
  let run: RunResult;

  it("raises no false alarm from configured READY backups", async () => {
    run = await runConformance({ endpoint: proxyUrl, readyBackups: seeded, levels: ["required", "legacy"] });
    expect(run.target.control).toBeUndefined();
    expect(run.results.filter((r) => r.failsRun).map((r) => `${r.id}: ${r.reason}`)).toEqual([]);
    const cleanupNotes = run.results.flatMap((r) =>
      r.notes.filter((n) => n.startsWith("cleanup")).map((n) => `${r.id}: ${n}`),
    );
    expect(cleanupNotes).toEqual([]);
  }, 120_000);

  it("runs the checks that change a backup on copies it makes of the configured ones", () => {
    const byId = new Map(run.results.map((r) => [r.id, r]));
    for (const id of ["TAG-ADD-001", "STATE-DELETE-001", "COPY-TAGS-001", "RET-NEVER-001", "STATE-COPY-002"]) {
      expect(byId.get(id)?.status, id).toBe("pass");
    }
  });

  it("skips what needs the control protocol, saying so", () => {
    const skipped = run.results.filter((r) => r.status === "skip");
    expect(skipped.map((r) => r.id)).toContain("DEL-WINDOW-002");
    expect(skipped.find((r) => r.id === "DEL-WINDOW-002")?.reason).toContain("needs the emulator control protocol");
    expect(skipped.find((r) => r.id === "IDP-LEGACY-001")?.reason).toContain("ClusterId option");
  });
});
