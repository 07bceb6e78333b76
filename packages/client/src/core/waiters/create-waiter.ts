import { ConfigurationError, checkSignal, describeValue } from "../options/configuration-error.js";
import { sleep } from "../retry/sleep.js";
import { attemptSignal } from "../transport/attempt-signal.js";

export interface WaitOptions {
  /** Give up after this many milliseconds (a poll in flight is cut short). */
  timeoutMs: number;
  /** Milliseconds between polls. Default `5000`. */
  pollIntervalMs?: number | undefined;
  signal?: AbortSignal | undefined;
}

/** An outcome a poll's observation can end the wait in, as AWS's waiters name them. */
export interface Acceptor<Input, Observation> {
  readonly state: "success" | "failure";
  readonly matches: (observation: Observation, input: Input) => boolean;
}

export interface WaiterDefinition<Client, Input, Observation> {
  /** The waiter's public name, which its option errors start with, e.g. `waitUntilBackupState`. */
  readonly name: string;
  /** One poll: what it observed, or `undefined` when there was nothing to observe yet (the resource not listed). */
  readonly poll: (client: Client, input: Input, signal: AbortSignal | undefined) => Promise<Observation | undefined>;
  /** Tried in order on each observation; none matching means poll again. */
  readonly acceptors: readonly Acceptor<Input, Observation>[];
}

/** How a wait ended: an acceptor matched an observation, or the time ran out (with the last observation made). */
export type WaiterResult<Observation> =
  | { readonly state: "success" | "failure"; readonly observation: Observation; readonly polls: number }
  | { readonly state: "timeout"; readonly last: Observation | undefined; readonly polls: number };

export type Waiter<Client, Input, Observation> = (
  client: Client,
  input: Input,
  options: WaitOptions,
) => Promise<WaiterResult<Observation>>;

/** Checks the options every waiter takes; a service's waiter may call it among its own checks, to keep their order. */
export function checkWaitOptions(options: WaitOptions, name: string): void {
  const { timeoutMs, pollIntervalMs, signal } = options;
  checkSignal(signal, name);
  if (typeof timeoutMs !== "number" || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new ConfigurationError(`${name}: timeoutMs must be a finite number > 0; got ${describeValue(timeoutMs)}`);
  }
  if (pollIntervalMs !== undefined && !(Number.isFinite(pollIntervalMs) && pollIntervalMs >= 1)) {
    throw new ConfigurationError(
      `${name}: pollIntervalMs must be a finite number ≥ 1; got ${describeValue(pollIntervalMs)}`,
    );
  }
}

/**
 * Makes a waiter: it polls until an acceptor matches and reports how the wait ended, as the AWS SDK v3's
 * `createWaiter` does; the service's `waitUntilX` turns a failure or a timeout into its own errors. Errors of a
 * poll end the wait at once (the client has already retried the transient ones), the caller's abort rejects with
 * its reason, and the deadline also cuts short a slow poll.
 */
export function createWaiter<Client, Input, Observation>(
  definition: WaiterDefinition<Client, Input, Observation>,
): Waiter<Client, Input, Observation> {
  const { name, poll, acceptors } = definition;
  return async (client, input, options) => {
    checkWaitOptions(options, name);
    const { timeoutMs, pollIntervalMs = 5_000, signal } = options;
    // One signal for the whole wait: the caller's abort, or the deadline.
    const wait = attemptSignal(signal, timeoutMs);
    let last: Observation | undefined;
    let polls = 0;
    try {
      for (;;) {
        polls += 1;
        const observation = await poll(client, input, wait.signal);
        if (observation !== undefined) {
          last = observation;
          const accepted = acceptors.find((acceptor) => acceptor.matches(observation, input));
          if (accepted !== undefined) {
            return { state: accepted.state, observation, polls };
          }
        }
        await sleep(pollIntervalMs, wait.signal);
      }
    } catch (error) {
      if (wait.signal?.aborted && !signal?.aborted) {
        return { state: "timeout", last, polls };
      }
      throw error;
    } finally {
      wait.dispose();
    }
  };
}
