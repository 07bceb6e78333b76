import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCloudHsmV2Client } from "@cloudhsm-kit/client";
import { createEmulator } from "@cloudhsm-kit/emulator";
import { cloudHsmV2 } from "@cloudhsm-kit/spec";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { observingFetch, type SchemaViolation } from "../harness/observe.js";
import { loadRecordings } from "./load.js";
import { createRecorder } from "./record.js";

const ENDPOINT = "http://emulator.test";
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "recordings-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A client whose calls go through the schema check, then the recorder, then an in-process emulator. */
function setUp(options: { overwrite?: boolean } = {}) {
  const emulator = createEmulator({ log: () => {} });
  const inner: typeof fetch = (input, init) => emulator.fetch(new Request(input, init));
  const recorder = createRecorder({ dir, target: "reference emulator", recordedOn: "2026-12-04", inner, ...options });
  const violations: SchemaViolation[] = [];
  const client = createCloudHsmV2Client({
    region: "us-east-1",
    endpoint: ENDPOINT,
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    fetch: observingFetch((v) => violations.push(v), recorder.fetch),
    maxAttempts: 1,
  });
  return { recorder, client, violations };
}

describe("createRecorder", () => {
  it("writes one normalised recording per operation and outcome, keeping the reply with the most members", async () => {
    const { recorder, client, violations } = setUp();
    await client.describeBackups({});
    await client.createCluster({ HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"] });
    await client.describeClusters({});
    await client.describeClusters({ Filters: { clusterIds: ["cluster-zzzzzzzzzz2"] } });
    await expect(client.restoreBackup({ BackupId: "backup-zzzzzzzzzz2" })).rejects.toThrow();

    const result = await recorder.flush();
    expect(violations).toEqual([]);
    expect(result.kept).toEqual([]);
    expect((await readdir(dir)).sort()).toEqual([
      "reference-emulator.create-cluster.ok.json",
      "reference-emulator.describe-backups.ok.json",
      "reference-emulator.describe-clusters.ok.json",
      "reference-emulator.restore-backup.cloud-hsm-resource-not-found-exception.json",
    ]);
    const recordings = await loadRecordings(dir);
    const clusters = recordings.find((r) => r.operation === "DescribeClusters");
    expect(clusters?.request).toEqual({ region: "<region:1>", input: {} });
    expect(clusters?.reply.status).toBe(200);
    expect(clusters?.reply.headers).toEqual({
      "content-type": "application/x-amz-json-1.1",
      "x-amzn-requestid": "<request-id:1>",
    });
    expect(clusters?.reply.body).toMatchObject({
      Clusters: [{ ClusterId: "<cluster-id:1>", CreateTimestamp: "<timestamp:1:epoch-ms>", VpcId: "<vpc-id:1>" }],
    });
    expect(clusters?.source).toMatchObject({ kind: "conformance-run", url: ENDPOINT, licence: "Apache-2.0" });
    expect(clusters?.source.what).toContain("One of 2 DescribeClusters calls");
    const refused = recordings.find((r) => r.operation === "RestoreBackup");
    expect(refused?.reply).toMatchObject({ status: 400, body: { __type: "CloudHsmResourceNotFoundException" } });
    expect(refused?.request?.input).toEqual({ BackupId: "<backup-id:1>" });
  });

  it("keeps existing files and says so, and replaces them only when told to", async () => {
    const first = setUp();
    await first.client.describeBackups({});
    expect((await first.recorder.flush()).written).toHaveLength(1);
    const file = join(dir, "reference-emulator.describe-backups.ok.json");
    const before = await readFile(file, "utf8");

    const second = setUp();
    await second.client.describeBackups({ SortAscending: true });
    expect(await second.recorder.flush()).toEqual({ written: [], replaced: [], kept: [file] });
    expect(await readFile(file, "utf8")).toBe(before);

    const third = setUp({ overwrite: true });
    await third.client.describeBackups({ SortAscending: true });
    expect(await third.recorder.flush()).toEqual({ written: [], replaced: [file], kept: [] });
    expect(JSON.parse(await readFile(file, "utf8")).request.input).toEqual({ SortAscending: true });
  });

  it("passes other requests through without recording them", async () => {
    const { recorder } = setUp();
    const info = await recorder.fetch(`${ENDPOINT}/_emulator/v1/info`);
    expect(info.status).toBe(200);
    const unknown = await recorder.fetch(`${ENDPOINT}/`, {
      method: "POST",
      headers: { "x-amz-target": `${cloudHsmV2.targetPrefix}.NoSuchOperation` },
      body: "{}",
    });
    expect(unknown.ok).toBe(false);
    expect(await recorder.flush()).toEqual({ written: [], replaced: [], kept: [] });
  });

  it("refuses a malformed date or an empty target name", () => {
    expect(() => createRecorder({ dir, target: "aws", recordedOn: "4 Dec 2026" })).toThrow(/YYYY-MM-DD/);
    expect(() => createRecorder({ dir, target: "--" })).toThrow(/target/);
  });
});
