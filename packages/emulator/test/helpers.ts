import type { OperationName } from "@cloudhsm-kit/spec";
import { createControlClient } from "../src/control/client.js";
import { createEmulator, type Emulator, type EmulatorOptions } from "../src/emulator.js";
import { createResponseValidator, isAwsErrorBody } from "./response-validator.js";

const validateResponse = createResponseValidator();

/** In-process test harness over `emulator.fetch` (no sockets). */
export const BASE = "http://emulator.test";

export interface CallOptions {
  region?: string;
  accessKeyId?: string;
  headers?: Record<string, string>;
}

/** A request with a well-formed SigV4 Authorization header (default mode accepts any signature). */
export function awsRequest(operation: string, input: unknown, options: CallOptions = {}): Request {
  const region = options.region ?? "us-east-1";
  const key = options.accessKeyId ?? "AKIDEXAMPLE";
  return new Request(`${BASE}/`, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-amz-json-1.1",
      "X-Amz-Target": `BaldrApiService.${operation}`,
      "X-Amz-Date": "20261122T000000Z",
      Authorization: `AWS4-HMAC-SHA256 Credential=${key}/20261122/${region}/cloudhsm/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=${"0".repeat(64)}`,
      ...options.headers,
    },
    body: input === undefined ? "" : JSON.stringify(input),
  });
}

export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

export function createHarness(options: EmulatorOptions = {}) {
  const emu: Emulator = createEmulator({ log: () => undefined, ...options });
  const control = createControlClient(BASE, (r) => emu.fetch(r));
  // biome-ignore lint/suspicious/noExplicitAny: test replies are inspected loosely
  async function call<T = any>(operation: OperationName | string, input: unknown = {}, opts: CallOptions = {}) {
    const response = await emu.fetch(awsRequest(operation, input, opts));
    const text = await response.text();
    const body = (text ? JSON.parse(text) : {}) as T;
    // Every reply is checked: a 200 against the spec's response schema, an error for AWS's error shape.
    const problem =
      response.status === 200
        ? validateResponse(operation, body)
        : isAwsErrorBody(body)
          ? undefined
          : "not an AWS error body";
    if (problem) {
      throw new Error(`${operation} reply does not match the spec: ${problem}: ${text}`);
    }
    if (!response.headers.get("x-amzn-requestid")) {
      throw new Error(`${operation} reply has no x-amzn-RequestId`);
    }
    return { status: response.status, body, headers: response.headers };
  }
  /** Like `call`, but fails the test on a non-200 reply. */
  // biome-ignore lint/suspicious/noExplicitAny: test replies are inspected loosely
  async function ok<T = any>(operation: OperationName | string, input: unknown = {}, opts: CallOptions = {}) {
    const r = await call<T>(operation, input, opts);
    if (r.status !== 200) {
      throw new Error(`${operation} → ${r.status} ${JSON.stringify(r.body)}`);
    }
    return r.body;
  }

  /** A cluster taken to ACTIVE through the real API and the control API; returns it with its first READY backup. */
  async function activeCluster(opts: CallOptions & { tags?: { Key: string; Value: string }[] } = {}) {
    const region = opts.region ?? "us-east-1";
    const { Cluster } = await ok(
      "CreateCluster",
      {
        HsmType: "hsm2m.medium",
        SubnetIds: ["subnet-0123456789abcdef0"],
        ...(opts.tags ? { TagList: opts.tags } : {}),
      },
      opts,
    );
    const delays = emu.settings().delays;
    await control.advance(delays.clusterCreate);
    await ok("CreateHsm", { ClusterId: Cluster.ClusterId, AvailabilityZone: `${region}a` }, opts);
    await control.advance(delays.hsmCreate);
    await ok("InitializeCluster", { ClusterId: Cluster.ClusterId, SignedCert: "cert", TrustAnchor: "anchor" }, opts);
    await control.advance(delays.clusterInitialize);
    const activated = await control.activate(Cluster.ClusterId);
    await control.advance(delays.backupCreate);
    return { clusterId: Cluster.ClusterId as string, backupId: activated.Backup.BackupId };
  }

  async function describeBackup(backupId: string, opts: CallOptions = {}) {
    const r = await ok("DescribeBackups", { Filters: { backupIds: [backupId] } }, opts);
    return r.Backups[0];
  }

  return { emu, control, call, ok, activeCluster, describeBackup };
}
