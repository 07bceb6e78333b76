import { type CloudHsmV2Client, createCloudHsmV2Client, isCloudHsmV2ServiceError } from "@cloudhsm-kit/client";
import { cloudHsmV2, type OperationName } from "@cloudhsm-kit/spec";
import { createControlClient } from "@cloudhsm-kit/spec/control";
import { createEmulator, type Emulator, type EmulatorOptions } from "../src/emulator.js";
import { type UNDOC, UNDOC_SECTIONS } from "../src/services/cloudhsmv2/undocumented.js";
import { createResponseValidator, isAwsErrorBody } from "./response-validator.js";

const validateResponse = createResponseValidator();

/**
 * In-process test harness: `@cloudhsm-kit/client` over `emulator.fetch` (no sockets), every reply checked against
 * the spec on the way. `awsRequest` builds raw requests for wire-level tests.
 */
export const BASE = "http://emulator.test";

export interface CallOptions {
  region?: string;
  accessKeyId?: string;
  /** Extra headers (raw requests only). */
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
      "X-Amz-Target": `${cloudHsmV2.targetPrefix}.${operation}`,
      "X-Amz-Date": "20261122T000000Z",
      Authorization: `AWS4-HMAC-SHA256 Credential=${key}/20261122/${region}/${cloudHsmV2.signingName}/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=${"0".repeat(64)}`,
      ...options.headers,
    },
    body: input === undefined ? "" : JSON.stringify(input),
  });
}

/**
 * Runs `fn` with one undocumented choice changed, then puts it back: for tests that the code consults the choice
 * where it is made (UNDOC is read at each use, never copied).
 */
export async function withUndoc<K extends keyof typeof UNDOC>(
  key: K,
  value: (typeof UNDOC)[K] extends boolean ? boolean : (typeof UNDOC)[K],
  fn: () => unknown,
): Promise<void> {
  // Changed in the section that holds it, where the code reads it; UNDOC is a view of the sections.
  const undoc = UNDOC_SECTIONS.find((section) => Object.hasOwn(section, key)) as unknown as Record<K, unknown>;
  const before = undoc[key];
  undoc[key] = value;
  try {
    await fn();
  } finally {
    undoc[key] = before;
  }
}

/** Whether a JSON value holds a null anywhere (AWS omits absent members; observed: no `NextToken` key at the end). */
function hasNull(value: unknown): boolean {
  if (value === null) {
    return true;
  }
  if (typeof value === "object") {
    return Object.values(value as object).some(hasNull);
  }
  return false;
}

/**
 * A transport for any client: `emulator.fetch`, with each reply checked on the wire — a 200 body against the spec's
 * `<Op>Response` schema, an error for AWS's error shape, and a request id on both. A reply that fails throws.
 */
export function checkingFetch(emu: Emulator): (request: Request) => Promise<Response> {
  return async function checkedFetch(request: Request): Promise<Response> {
    const operation = (request.headers.get("x-amz-target") ?? "").replace(`${cloudHsmV2.targetPrefix}.`, "");
    const response = await emu.fetch(request);
    const text = await response.clone().text();
    const body = text ? JSON.parse(text) : {};
    const problem =
      response.status === 200
        ? (validateResponse(operation, body) ??
          (hasNull(body) ? "a member is null (absent members are omitted)" : undefined))
        : isAwsErrorBody(body)
          ? undefined
          : "not an AWS error body";
    if (problem) {
      throw new Error(`${operation} reply does not match the spec: ${problem}: ${text}`);
    }
    if (!response.headers.get("x-amzn-requestid")) {
      throw new Error(`${operation} reply has no x-amzn-RequestId`);
    }
    return response;
  };
}

/** Real time as the in-process harness sees it: frozen at one instant, so that emulated time moves only when a test
 * advances it, and a state a test expects to see mid-transition cannot have completed while the test ran slowly. */
export const FROZEN_REAL_TIME_MS = Date.UTC(2026, 10, 22);

export function createHarness(options: EmulatorOptions = {}) {
  const emu: Emulator = createEmulator({ log: () => undefined, realTimeMs: () => FROZEN_REAL_TIME_MS, ...options });
  const control = createControlClient(BASE, { fetch: (r) => emu.fetch(r) });
  const checkedFetch = checkingFetch(emu);

  const clients = new Map<string, CloudHsmV2Client>();
  /** One project client per region and access key, as a client is bound to its SigV4 scope. */
  function clientFor(opts: CallOptions = {}): CloudHsmV2Client {
    const region = opts.region ?? "us-east-1";
    const accessKeyId = opts.accessKeyId ?? "AKIDEXAMPLE";
    const key = `${region}/${accessKeyId}`;
    let client = clients.get(key);
    if (!client) {
      client = createCloudHsmV2Client({
        region,
        endpoint: BASE,
        credentials: { accessKeyId, secretAccessKey: "test" },
        fetch: checkedFetch,
        maxAttempts: 1,
      });
      clients.set(key, client);
    }
    return client;
  }

  /**
   * Calls an operation through `@cloudhsm-kit/client`; a service error becomes `{ status, body: { __type, Message } }`
   * so that tests can assert refusals like successes.
   */
  // biome-ignore lint/suspicious/noExplicitAny: test replies are inspected loosely
  async function call<T = any>(operation: OperationName | string, input: unknown = {}, opts: CallOptions = {}) {
    const send = clientFor(opts).send as (op: string, input: unknown) => Promise<Record<string, unknown>>;
    try {
      const { $metadata, ...output } = await send(operation, input);
      return { status: ($metadata as { httpStatusCode: number }).httpStatusCode, body: output as T };
    } catch (error) {
      if (!isCloudHsmV2ServiceError(error)) {
        throw error;
      }
      return {
        status: error.$metadata.httpStatusCode as number,
        body: { __type: error.name, Message: error.message } as T,
      };
    }
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

  async function describeCluster(clusterId: string, opts: CallOptions = {}) {
    const r = await ok("DescribeClusters", { Filters: { clusterIds: [clusterId] } }, opts);
    return r.Clusters[0];
  }

  return { emu, control, call, ok, activeCluster, describeBackup, describeCluster };
}
