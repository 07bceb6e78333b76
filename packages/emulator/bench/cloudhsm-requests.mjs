// The requests of CloudHSM v2's benchmark (AWS JSON 1.1: POST / with X-Amz-Target): a SigV4 header the emulator
// accepts, one call that must answer 200, and the lines of wrk-plan.lua's plan.
import { cloudHsmV2 } from "@cloudhsm-kit/spec";

/** A well-formed SigV4 Authorization header for us-east-1 (the emulator accepts any signature by default). */
export const authorization = (signedHeaders) =>
  `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261122/us-east-1/${cloudHsmV2.signingName}/aws4_request, ` +
  `SignedHeaders=${signedHeaders}, Signature=${"0".repeat(64)}`;

export const targetOf = (operation) => `${cloudHsmV2.targetPrefix}.${operation}`;

const CALL_TIMEOUT_MS = 60_000;

/** The header the floor keys its replies by (floor.mjs `by`), as the service's router does. */
export const KEYED_BY = "x-amz-target";

/** The floor's key of an operation's reply (floor.mjs). */
export const replyKey = (operation) => `POST ${targetOf(operation)}`;

/** wrk-plan.lua's further arguments: the Authorization header of the plan's requests. */
export const PLAN_ARGS = [authorization("content-type;host;x-amz-date;x-amz-target")];

/** A line of wrk-plan.lua's plan: one call of `operation` with `input`. */
export const planLine = (operation, input) =>
  `POST\t/\t${JSON.stringify(input)}\tContent-Type: application/x-amz-json-1.1\tX-Amz-Target: ${targetOf(operation)}`;

/**
 * One call; its reply must be a 200 within CALL_TIMEOUT_MS (a server that hangs ends the benchmark rather than
 * stalling it). Resolves with the reply's text, as the server wrote it.
 */
export async function call(url, operation, input) {
  const r = await fetch(url, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-amz-json-1.1",
      "X-Amz-Target": targetOf(operation),
      Authorization: authorization("host"),
      "X-Amz-Date": "20261122T000000Z",
    },
    body: JSON.stringify(input),
    signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
  });
  const text = await r.text();
  if (r.status !== 200) {
    throw new Error(`${operation} → ${r.status} ${text.slice(0, 300)}`);
  }
  return text;
}
