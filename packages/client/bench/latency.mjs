// Per-call latency of DescribeBackups through each client against the same local server.

import { performance } from "node:perf_hooks";
import { CloudHSMV2Client, DescribeBackupsCommand } from "@aws-sdk/client-cloudhsm-v2";
import { targetOf } from "@cloudhsm-kit/spec";
import { loadClientWith, SIGNERS } from "./variants.mjs";

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };

export const BASELINE = "raw fetch (baseline)";
export const SDK = "@aws-sdk/client-cloudhsm-v2 3.332.0";

/**
 * One async function per contender, each doing a complete DescribeBackups call and reading the backups: raw
 * fetch, this client once per signer (the first is what Node runs), and the AWS SDK.
 */
export async function contenders(url) {
  const runners = {
    [BASELINE]: async () => {
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": targetOf("DescribeBackups") },
        body: "{}",
      });
      return (await response.json()).Backups.length;
    },
  };
  for (const signer of Object.keys(SIGNERS)) {
    const { createCloudHsmV2Client } = await loadClientWith(signer);
    const client = createCloudHsmV2Client({ region: "us-east-1", endpoint: url, credentials });
    runners[`client, ${signer}`] = async () => (await client.describeBackups()).Backups.length;
  }
  const sdk = new CloudHSMV2Client({ region: "us-east-1", endpoint: url, credentials });
  runners[SDK] = async () => (await sdk.send(new DescribeBackupsCommand({}))).Backups.length;
  return runners;
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  return { mean, p50: at(0.5), p99: at(0.99) };
}

/**
 * Runs `calls` sequential calls per contender after `warmup` calls each. The contenders take turns call by
 * call, in rotating order, so that drift and noise of the machine (frequency, other load) fall on all alike.
 */
export async function measureLatency(url, { calls, warmup }) {
  const runners = Object.entries(await contenders(url));
  const samples = Object.fromEntries(runners.map(([name]) => [name, []]));
  for (const [, run] of runners) {
    for (let i = 0; i < warmup; i++) {
      await run();
    }
  }
  for (let i = 0; i < calls; i++) {
    for (let turn = 0; turn < runners.length; turn++) {
      const [name, run] = runners[(i + turn) % runners.length];
      const start = performance.now();
      const count = await run();
      samples[name].push(performance.now() - start);
      if (count !== 25) {
        throw new Error(`${name} read ${count} backups, expected 25`);
      }
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, { calls: s.length, ...stats(s) }]));
}
