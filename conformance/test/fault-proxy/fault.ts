import type { GroupId, Level } from "../../src/index.js";

/** A JSON object as it travels on the wire (AWS JSON 1.1 bodies are always objects). */
export type Json = Record<string, unknown>;

/** What a fault sees of a request: the operation from `X-Amz-Target`, the SigV4 region and the parsed body. */
export interface RequestView {
  /** The operation after the target prefix; undefined when the header is missing or names another service. */
  operation: string | undefined;
  /** The raw `X-Amz-Target` header (null when absent). */
  target: string | null;
  method: string;
  path: string;
  /** The region of the SigV4 credential scope (undefined without an Authorization header). */
  region: string | undefined;
  headers: Headers;
  body: string;
  /** The body parsed as a JSON object; undefined when it is empty or not an object. */
  input: Json | undefined;
}

/** What a fault sees of a reply. */
export interface ReplyView {
  status: number;
  headers: Headers;
  body: string;
  /** The body parsed as a JSON object; undefined when it is empty or not an object. */
  output: Json | undefined;
}

/** A reply the proxy sends in place of the target's (or with which it answers without forwarding). */
export interface ReplyInit {
  status: number;
  output?: Json;
  /** A raw body, used when `output` is absent. */
  body?: string;
  headers?: Record<string, string>;
}

/** How a fault changes a request: a new body, method or headers, or an answer given without forwarding. */
export interface RequestChange {
  input?: Json;
  body?: string;
  method?: string;
  /** Headers to set; null removes one. */
  headers?: Record<string, string | null>;
  answer?: ReplyInit;
}

/** How a fault changes a reply. */
export interface ReplyChange {
  status?: number;
  output?: Json;
  body?: string;
  headers?: Record<string, string | null>;
}

/** Calls the target on the fault's own behalf (to learn state it needs), with the caller's credentials. */
export type UpstreamCall = (operation: string, input: Json, region?: string) => Promise<ReplyView>;

export interface FaultContext {
  call: UpstreamCall;
}

type Maybe<T> = T | undefined | Promise<T | undefined>;

/** The transformers of one fault instance; returning undefined leaves the traffic as it is. */
export interface FaultHooks {
  request?(request: RequestView, context: FaultContext): Maybe<RequestChange>;
  response?(reply: ReplyView, request: RequestView, context: FaultContext): Maybe<ReplyChange>;
}

/**
 * A deliberate departure from one documented behaviour, for proving that the conformance suite notices it.
 * `create` returns fresh hooks (and fresh state) for each proxy, so faults that remember traffic start clean.
 */
export interface Fault {
  /** Stable kebab-case name, printed in the kill-rate report. */
  name: string;
  /** The behaviour the fault breaks, in one sentence. */
  breaks: string;
  /**
   * How firmly that behaviour is documented, in the suite's own levels: a `required` or `legacy` fault must make a
   * required or legacy check fail; an `advisory` fault breaks behaviour no document states (UNDOC/INFER in
   * cloudhsmv2-api.md), so only an advisory check can be expected to notice it.
   */
  level: Level;
  /** Where the behaviour is documented (a section of reference/cloudhsmv2-api.md or an AWS page). */
  source: string;
  /** The check groups able to catch the fault: the kill-rate test runs only these. */
  groups: readonly GroupId[];
  /**
   * Whether the emulator behind the proxy offers the 2018–2023 ClusterId option (default true, so that the legacy
   * checks run); a fault against the option's absence turns it off.
   */
  legacyClusterIdCopy?: boolean;
  /**
   * Whether the emulator behind the proxy behaves as AWS Backup's seed page describes it (default false). A fault
   * against one of the seed's rules sets it; its run then selects only the legacy checks, which the seed's target
   * declares (today's required checks would fail there without any fault).
   */
  legacyBackupSeed?: boolean;
  /** The operations whose traffic the fault may touch; "any" includes unknown or missing targets. */
  operations: readonly string[] | "any";
  create(): FaultHooks;
}

/** Declares a fault; the identity function, there for the types and for grep. */
export function defineFault(fault: Fault): Fault {
  return fault;
}
