// Time per SigV4 signature of a DescribeBackups request, in-process, for each candidate signer: what the
// signer alone adds to a call, without the network's noise.

import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { targetOf } from "@cloudhsm-kit/spec";
import { SIGNERS } from "./variants.mjs";

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const url = new URL("http://127.0.0.1:4566/");
const request = () => ({
  method: "POST",
  url,
  headers: new Headers({
    "content-type": "application/x-amz-json-1.1",
    "x-amz-target": targetOf("DescribeBackups"),
  }),
  body: "{}",
  date: new Date(),
});

/** µs per signature: the median over `rounds` rounds of `perRound` signatures each, signers taking turns by round. */
export async function measureSigning({ rounds = 20, perRound = 250 } = {}) {
  const signers = [];
  for (const [name, path] of Object.entries(SIGNERS)) {
    const { createSigner } = await import(pathToFileURL(path).href);
    signers.push([
      name,
      createSigner({ region: "us-east-1", service: "cloudhsm", credentials: async () => credentials }),
    ]);
  }
  const times = Object.fromEntries(signers.map(([name]) => [name, []]));
  for (let round = -2; round < rounds; round++) {
    for (const [name, sign] of signers) {
      const start = performance.now();
      for (let i = 0; i < perRound; i++) {
        await sign(request());
      }
      if (round >= 0) {
        times[name].push(((performance.now() - start) * 1000) / perRound);
      }
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([name, t]) => [name, t.sort((a, b) => a - b)[Math.floor(t.length / 2)]]),
  );
}
