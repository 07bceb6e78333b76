import { type CloudHsmV2Client, resolveEndpoint } from "@cloudhsm-kit/client";
import type { components } from "@cloudhsm-kit/spec";
import type { ControlClient } from "@cloudhsm-kit/spec/control";
import { Cleanups } from "./cleanups.js";
import { RUN_TAG_KEY } from "./discovery.js";
import { capturingFetch, ExchangeLog } from "./exchanges.js";
import { CheckFailed, skip } from "./failure.js";
import type { SchemaViolation } from "./observe.js";
import { type RawReply, type RawRequest, sendRaw } from "./raw.js";
import { partitionOf } from "./regions.js";
import { clientFor, type Target } from "./target.js";
import type { Credentials } from "./target-types.js";

export type Tag = components["schemas"]["Tag"];
export { RUN_TAG_KEY };

export interface WaitOptions {
  /** With the control protocol: seconds of emulated time to advance between polls (the relevant delay). */
  advanceSeconds?: number;
}

/**
 * What a check receives from the core: clients per region (every reply validated against the spec), the control
 * protocol when the target offers it, a cleanup stack, polling with target-scaled deadlines, and notes for the
 * report. A service extends it with its fixtures (src/services/<service>/context.ts).
 */
export class CheckContext {
  readonly cleanups = new Cleanups();
  readonly violations: SchemaViolation[] = [];
  readonly notes: string[] = [];
  /** The last HTTP exchanges the check made with its target: evidence when it does not pass. */
  readonly exchanges = new ExchangeLog();
  /**
   * The fetch every client of the check sends through (typed clients of every service, raw requests): it keeps the
   * exchanges in `exchanges`, then goes on to the recorder (with --record) or the network.
   */
  readonly fetch: typeof fetch;
  readonly #clients = new Map<string, CloudHsmV2Client>();

  constructor(
    readonly target: Target,
    readonly checkId: string,
  ) {
    this.fetch = capturingFetch(this.exchanges, target.recorder?.fetch);
  }

  get regions() {
    return this.target.regions;
  }
  get runTag(): Tag {
    return { Key: RUN_TAG_KEY, Value: this.target.runId };
  }
  /** The control protocol; skips the check when the target does not offer it. */
  get control(): ControlClient {
    return this.target.control ?? skip("needs the emulator control protocol (GET /_emulator/v1/info)");
  }
  get hasControl(): boolean {
    return this.target.control !== undefined;
  }

  /** A region that must be configured, or the check is skipped with the reason. */
  region(name: "second" | "govEast" | "govWest" | "china"): string {
    const value = this.target.regions[name];
    return value ?? skip(`needs a ${name} region in the target config`);
  }

  /** A client for `region` (default: the primary region). */
  client(region: string = this.target.regions.primary): CloudHsmV2Client {
    let client = this.#clients.get(region);
    if (!client) {
      client = clientFor(this.target, region, (v) => this.#sawViolation(v), undefined, this.fetch);
      this.#clients.set(region, client);
    }
    return client;
  }

  /** A client acting as the second account (cross-account checks). */
  secondAccountClient(region: string = this.target.regions.primary): CloudHsmV2Client {
    const credentials = this.target.secondAccount ?? skip("needs credentials of a second account");
    return clientFor(this.target, region, (v) => this.#sawViolation(v), credentials, this.fetch);
  }

  /** Records a reply that broke its service's spec: evidence for this check, and for its SCHEMA check. */
  recordViolation(violation: SchemaViolation): void {
    this.#sawViolation(violation);
  }

  #sawViolation(violation: SchemaViolation): void {
    this.violations.push(violation);
    this.target.violations.push({ ...violation, checkId: this.checkId });
  }

  /** Sends a request the typed client would never send, signed for `region`. */
  raw(request: Omit<RawRequest, "region"> & { region?: string }): Promise<RawReply> {
    const region = request.region ?? this.target.regions.primary;
    const endpoint = resolveEndpoint({ region, endpoint: this.target.endpoint }).url;
    const credentials = this.target.credentialsFor(partitionOf(region));
    return sendRaw(endpoint, credentials, { ...request, region }, this.fetch);
  }

  credentials(region: string): () => Promise<Credentials> {
    return this.target.credentialsFor(partitionOf(region));
  }

  note(text: string): void {
    this.notes.push(text);
  }

  /** The target's current time in epoch seconds (the emulated clock when there is one). */
  async now(): Promise<number> {
    return this.target.control ? this.target.control.now() : Date.now() / 1000;
  }

  /**
   * Polls `probe` until `done` holds. With the control protocol, advances the emulated clock by `advanceSeconds`
   * between polls so that due transitions run; otherwise waits the target's poll interval. Fails at the
   * target-scaled deadline with the last value seen.
   */
  async waitFor<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, options: WaitOptions = {}) {
    const deadline = Date.now() + this.target.timing.transitionTimeoutMs;
    let last: T;
    for (;;) {
      last = await probe();
      if (done(last)) {
        return last;
      }
      if (Date.now() > deadline) {
        throw new CheckFailed(
          `${what}: not reached within ${this.target.timing.transitionTimeoutMs} ms; last seen ${show(last)}`,
        );
      }
      if (this.target.control && options.advanceSeconds !== undefined) {
        await this.target.control.advance(options.advanceSeconds);
      } else {
        await new Promise((resolve) => setTimeout(resolve, this.target.timing.pollIntervalMs));
      }
    }
  }
}

export function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
