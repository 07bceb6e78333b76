import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { normaliseErrorCode } from "@cloudhsm-kit/client";
import { cloudHsmV2, isOperationName } from "@cloudhsm-kit/spec";
import { networkFetch } from "../harness/network.js";
import type { Recording } from "./format.js";
import { RECORDED_HEADERS } from "./members.js";
import { normalise } from "./normalise.js";

export interface RecorderOptions {
  /** Where `flush()` writes the recordings (created if missing). */
  dir: string;
  /** The name of the target being recorded (`aws`); it starts every recording's id. */
  target: string;
  /** The date of the run, `YYYY-MM-DD` (default: today, UTC). */
  recordedOn?: string;
  /** The fetch that really sends the calls (default: the global fetch). */
  inner?: typeof fetch;
  /** Replace recordings that already exist (default false: they are kept and reported). */
  overwrite?: boolean;
}

export interface FlushResult {
  /** Files written that did not exist. */
  written: string[];
  /** Files that existed and were replaced (only with `overwrite`). */
  replaced: string[];
  /** Files that existed and were left as they were. */
  kept: string[];
}

export interface Recorder {
  /** Sends each call through `inner` and remembers the CloudHSM ones; the same signature as the global fetch. */
  fetch: typeof fetch;
  /** Writes one normalised recording per operation and outcome into `dir`. */
  flush(): Promise<FlushResult>;
}

interface Exchange {
  operation: string;
  outcome: string;
  url: string;
  region: string | undefined;
  input: Record<string, unknown> | undefined;
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown>;
  richness: number;
  calls: number;
}

const PREFIX = `${cloudHsmV2.targetPrefix}.`;
const kebab = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1-$2")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();

const parseObject = (text: string): Record<string, unknown> | undefined => {
  try {
    const v: unknown = text.trim() === "" ? {} : JSON.parse(text);
    return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

/** The region of a call: its SigV4 credential scope, else the AWS endpoint's host name. */
function regionOf(request: Request): string | undefined {
  const scope = /Credential=[^/,]+\/\d{8}\/([^/]+)\//.exec(request.headers.get("authorization") ?? "");
  return scope?.[1] ?? /cloudhsmv2\.([a-z0-9-]+)\.amazonaws/.exec(new URL(request.url).hostname)?.[1];
}

/** How many distinct member paths a body shows (list positions collapsed): the richer reply is the better record. */
function richness(value: unknown, path = "", into = new Set<string>()): number {
  into.add(path);
  if (Array.isArray(value)) {
    for (const item of value) {
      richness(item, `${path}[]`, into);
    }
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      richness(v, `${path}.${k}`, into);
    }
  }
  return into.size;
}

function outcomeOf(status: number, headers: Headers, body: Record<string, unknown>): string {
  if (status >= 200 && status < 300) {
    return "ok";
  }
  const code = [headers.get("x-amzn-errortype"), body.code, body.__type].find((c) => typeof c === "string" && c);
  return code ? kebab(normaliseErrorCode(code as string)) : `http-${status}`;
}

/**
 * A fetch wrapper for recording real replies (the CLI's `--record DIR`). Every call whose `X-Amz-Target` is
 * `<TargetPrefix>.<Operation>` goes through `inner` untouched; the recorder keeps, per operation and outcome
 * (`ok` or the error name), the reply that shows the most members. `flush()` normalises each one with its request
 * (normalise.ts) and writes `<target>.<operation>.<outcome>.json`, never replacing an existing file unless told to.
 * It composes with the schema check: `observingFetch(sink, recorder.fetch)`.
 *
 * @example
 * const recorder = createRecorder({ dir: "recordings/new", target: "aws" });
 * const client = createCloudHsmV2Client({ region, credentials, fetch: observingFetch(sink, recorder.fetch) });
 * // … run …
 * const { written, kept } = await recorder.flush();
 */
export function createRecorder({
  dir,
  target,
  recordedOn,
  inner = networkFetch,
  overwrite = false,
}: RecorderOptions): Recorder {
  const day = recordedOn ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    throw new Error(`recordedOn must be YYYY-MM-DD, got ${day}`);
  }
  const targetId = kebab(target);
  if (targetId === "") {
    throw new Error("target must name the target being recorded, e.g. aws");
  }
  const kept = new Map<string, Exchange>();

  const remember = async (request: Request, requestText: string, response: Response) => {
    const operation = (request.headers.get("x-amz-target") ?? "").slice(PREFIX.length);
    const body = parseObject(await response.clone().text());
    if (!body) {
      return;
    }
    const headers = Object.fromEntries(
      RECORDED_HEADERS.flatMap((name) => {
        const value = response.headers.get(name);
        return value === null ? [] : [[name, value]];
      }),
    );
    const outcome = outcomeOf(response.status, response.headers, body);
    const key = `${operation}.${outcome}`;
    const previous = kept.get(key);
    const exchange: Exchange = {
      operation,
      outcome,
      url: new URL(request.url).origin,
      region: regionOf(request),
      input: parseObject(requestText),
      status: response.status,
      headers,
      body,
      richness: richness(body),
      calls: (previous?.calls ?? 0) + 1,
    };
    kept.set(
      key,
      previous && previous.richness >= exchange.richness ? { ...previous, calls: exchange.calls } : exchange,
    );
  };

  const recordingFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const targetHeader = request.headers.get("x-amz-target") ?? "";
    if (!targetHeader.startsWith(PREFIX) || !isOperationName(targetHeader.slice(PREFIX.length))) {
      return inner(request);
    }
    const requestText = await request.clone().text();
    const response = await inner(request);
    await remember(request, requestText, response).catch(() => undefined);
    return response;
  };

  const toRecording = (e: Exchange): Recording => {
    const request = { ...(e.region ? { region: e.region } : {}), ...(e.input ? { input: e.input } : {}) };
    const exchange = normalise({ request, reply: { status: e.status, headers: e.headers, body: e.body } }) as {
      request: Recording["request"];
      reply: Recording["reply"];
    };
    return {
      id: `${targetId}.${kebab(e.operation)}.${e.outcome}`,
      operation: e.operation as Recording["operation"],
      recordedOn: day,
      recordedOnBasis: `The date of the conformance run that made the call against target ${target}.`,
      source: {
        kind: "conformance-run",
        url: e.url,
        what: `One of ${e.calls} ${e.operation} calls answered ${e.outcome} during a conformance run against ${target}: the one whose reply shows the most members.`,
        licence: "Apache-2.0",
        attribution: "the cloudhsm-kit contributors",
      },
      request: exchange.request,
      reply: exchange.reply,
      abridged: false,
      optional: {},
      contextual: {},
      order: [],
      checks: [],
      notes: [
        "Recorded by createRecorder. Before committing it, mark optional and contextual members and ordered lists, and name the checks that rest on it (recordings/README.md).",
      ],
    };
  };

  const flush = async (): Promise<FlushResult> => {
    const result: FlushResult = { written: [], replaced: [], kept: [] };
    await mkdir(dir, { recursive: true });
    for (const exchange of kept.values()) {
      const recording = toRecording(exchange);
      const file = join(dir, `${recording.id}.json`);
      const text = `${JSON.stringify(recording, null, 2)}\n`;
      try {
        await writeFile(file, text, { flag: "wx" });
        result.written.push(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
          throw error;
        }
        if (overwrite) {
          await writeFile(file, text);
          result.replaced.push(file);
        } else {
          result.kept.push(file);
        }
      }
    }
    return result;
  };

  return { fetch: recordingFetch, flush };
}
