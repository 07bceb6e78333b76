import { cloudHsmV2 } from "@cloudhsm-kit/spec";
import type { Fault, FaultContext, ReplyChange, ReplyInit, ReplyView, RequestChange, RequestView } from "./fault.js";
import { parseObject, regionOfAuthorization } from "./wire-json.js";

/** The shape of `fetch` the proxy composes: the emulator core, global fetch, or another proxy. */
export type FetchLike = (request: Request) => Promise<Response>;

/** One place where the fault changed the traffic. */
export interface TrafficChange {
  operation: string | undefined;
  /**
   * `request`: the forwarded request differs; `reply`: the delivered reply differs; `answer`: not forwarded at all;
   * `side-call`: the fault itself called an operation that changes state.
   */
  what: "request" | "reply" | "answer" | "side-call";
}

/** What went through a faulty fetch: operation calls counted, and every change the fault made. */
export class TrafficLog {
  exchanges = 0;
  readonly changes: TrafficChange[] = [];
}

/**
 * The control protocol's reserved prefix: passed through untouched so that the suite can still build fixtures, or
 * hidden, to make the target one that offers only the public API.
 */
const CONTROL_PREFIX = "/_emulator/";
const TARGET_PREFIX = `${cloudHsmV2.targetPrefix}.`;
/** Operations that only read state: a fault calling them changes nothing by itself. */
const READ_ONLY = /^(Describe|List|Get)/;
/** Headers that describe one hop's framing; they are recomputed when a body is rebuilt. */
const HOP_HEADERS = ["host", "content-length", "connection", "keep-alive", "transfer-encoding", "content-encoding"];

/**
 * Wraps `upstream` so that every operation call goes through one fault's transformers: the request may be rewritten
 * or answered on the spot, and the reply may be rewritten. Without a fault, traffic passes unchanged. Every change
 * is recorded in `log`, so a fault that never fires is visible.
 */
export function faultyFetch(
  upstream: FetchLike,
  fault: Fault | undefined,
  log = new TrafficLog(),
  options: { hideControl?: boolean } = {},
): FetchLike {
  const hooks = fault?.create() ?? {};
  return async (incoming) => {
    const url = new URL(incoming.url);
    if (url.pathname.startsWith(CONTROL_PREFIX)) {
      // A target that does not speak the control protocol answers its paths like any unknown path.
      return options.hideControl ? new Response("Not Found", { status: 404 }) : upstream(incoming);
    }
    log.exchanges++;
    const request = await requestViewOf(incoming, url);
    if (!fault || !touches(fault.operations, request.operation)) {
      return upstream(buildRequest(url, request));
    }
    const call = upstreamCall(upstream, url, request);
    const context: FaultContext = {
      call: (operation, input, region) => {
        if (!READ_ONLY.test(operation)) {
          log.changes.push({ operation, what: "side-call" });
        }
        return call(operation, input, region);
      },
    };
    const change = await hooks.request?.(request, context);
    if (change?.answer) {
      log.changes.push({ operation: request.operation, what: "answer" });
      return responseOf(change.answer);
    }
    const sent = applyRequestChange(request, change);
    if (requestDiffers(request, sent)) {
      log.changes.push({ operation: request.operation, what: "request" });
    }
    const reply = await replyViewOf(await upstream(buildRequest(url, sent)));
    const delivered = applyReplyChange(reply, await hooks.response?.(reply, request, context));
    if (replyDiffers(reply, delivered)) {
      log.changes.push({ operation: request.operation, what: "reply" });
    }
    return new Response(bodyAllowed(delivered.status) ? delivered.body : null, {
      status: delivered.status,
      headers: delivered.headers,
    });
  };
}

function touches(operations: readonly string[] | "any", operation: string | undefined): boolean {
  return operations === "any" || (operation !== undefined && operations.includes(operation));
}

async function requestViewOf(request: Request, url: URL): Promise<RequestView> {
  const body = await request.text();
  const target = request.headers.get("x-amz-target");
  return {
    operation: target?.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : undefined,
    target,
    method: request.method,
    path: url.pathname + url.search,
    region: regionOfAuthorization(request.headers.get("authorization")),
    headers: withoutHopHeaders(request.headers),
    body,
    input: parseObject(body),
  };
}

async function replyViewOf(response: Response): Promise<ReplyView> {
  const body = await response.text();
  return { status: response.status, headers: withoutHopHeaders(response.headers), body, output: parseObject(body) };
}

function withoutHopHeaders(headers: Headers): Headers {
  const copy = new Headers(headers);
  for (const name of HOP_HEADERS) {
    copy.delete(name);
  }
  return copy;
}

function applyRequestChange(request: RequestView, change: RequestChange | undefined): RequestView {
  if (!change) {
    return request;
  }
  const headers = applyHeaders(request.headers, change.headers);
  const body = change.input ? JSON.stringify(change.input) : (change.body ?? request.body);
  return { ...request, method: change.method ?? request.method, headers, body, input: parseObject(body) };
}

function applyReplyChange(reply: ReplyView, change: ReplyChange | undefined): ReplyView {
  if (!change) {
    return reply;
  }
  const body = change.output ? JSON.stringify(change.output) : (change.body ?? reply.body);
  return {
    status: change.status ?? reply.status,
    headers: applyHeaders(reply.headers, change.headers),
    body,
    output: parseObject(body),
  };
}

function applyHeaders(headers: Headers, changes: Record<string, string | null> | undefined): Headers {
  const next = new Headers(headers);
  for (const [name, value] of Object.entries(changes ?? {})) {
    if (value === null) {
      next.delete(name);
    } else {
      next.set(name, value);
    }
  }
  return next;
}

function requestDiffers(a: RequestView, b: RequestView): boolean {
  return a.method !== b.method || a.body !== b.body || headersDiffer(a.headers, b.headers);
}

function replyDiffers(a: ReplyView, b: ReplyView): boolean {
  return a.status !== b.status || a.body !== b.body || headersDiffer(a.headers, b.headers);
}

function headersDiffer(a: Headers, b: Headers): boolean {
  const flat = (h: Headers) => JSON.stringify([...h.entries()]);
  return flat(a) !== flat(b);
}

function buildRequest(url: URL, view: RequestView): Request {
  const target = new URL(view.path, url);
  const hasBody = view.method !== "GET" && view.method !== "HEAD";
  return new Request(target, { method: view.method, headers: view.headers, body: hasBody ? view.body : undefined });
}

function responseOf(init: ReplyInit): Response {
  const body = init.output ? JSON.stringify(init.output) : (init.body ?? "");
  return new Response(bodyAllowed(init.status) ? body : null, { status: init.status, headers: init.headers });
}

function bodyAllowed(status: number): boolean {
  return status !== 204 && status !== 304;
}

/**
 * Calls the target on the fault's behalf with the caller's headers (so the same account), re-scoped to `region`.
 * The SigV4 signature no longer matches the body; targets that verify signatures (the emulator's strict mode)
 * refuse these calls, so the fault self-test runs the emulator without strict mode.
 */
function upstreamCall(upstream: FetchLike, url: URL, request: RequestView): FaultContext["call"] {
  return async (operation, input, region) => {
    const headers = new Headers(request.headers);
    headers.set("x-amz-target", TARGET_PREFIX + operation);
    headers.set("content-type", "application/x-amz-json-1.1");
    const authorization = headers.get("authorization");
    if (authorization && region && request.region && region !== request.region) {
      headers.set("authorization", authorization.replace(`/${request.region}/`, `/${region}/`));
    }
    const view: RequestView = { ...request, method: "POST", path: "/", headers, body: JSON.stringify(input) };
    return replyViewOf(await upstream(buildRequest(url, view)));
  };
}
