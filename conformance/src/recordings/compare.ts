import { normaliseErrorCode } from "@cloudhsm-kit/client";
import type { Recording } from "./format.js";
import { ENUM_MEMBERS, MAP_MEMBERS, RECORDED_HEADERS } from "./members.js";
import { normalise } from "./normalise.js";
import { type Difference, orderProblems } from "./order.js";
import { memberPath } from "./paths.js";
import { parsePlaceholder } from "./placeholders.js";
import { referenceProblems, type StringPair } from "./references.js";
import { formatProblem, type StampPair, timestampProblems } from "./timestamps.js";

export type { Difference } from "./order.js";

/** A call as another target answered it, raw (not normalised). */
export interface ObservedExchange {
  request?: { region?: string; input?: unknown };
  reply: { status?: number; headers?: Headers | Record<string, string>; body: unknown };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const typeOf = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "a list" : typeof v);
const describe = (v: unknown): string => {
  if (typeof v === "string" && parsePlaceholder(v)?.kind === "timestamp") {
    return "a timestamp";
  }
  if (typeof v === "string" || typeof v === "boolean") {
    return JSON.stringify(v);
  }
  return typeOf(v) === "object" ? "an object" : typeOf(v);
};

/** Collects what differs between a normalised recording body and a normalised reply body. */
class Walk {
  readonly problems: Difference[] = [];
  readonly pairs: StringPair[] = [];
  readonly stamps: StampPair[] = [];

  constructor(private readonly recording: Recording) {}

  value(rec: Json, act: Json, where: string, schema: string, member: string, scope: string, inMap = false): void {
    const stamp = typeof rec === "string" ? parsePlaceholder(rec) : undefined;
    if (stamp?.kind === "timestamp") {
      const got = typeof act === "string" ? parsePlaceholder(act) : undefined;
      if (got?.kind !== "timestamp") {
        this.problems.push({ where, problem: `is ${describe(act)}; the recording has a timestamp` });
        return;
      }
      const problem = formatProblem(stamp.format, got.format);
      if (problem) {
        this.problems.push({ where, problem });
      }
      this.stamps.push({ rec: stamp, act: got, where, scope });
      return;
    }
    if (typeOf(rec) !== typeOf(act)) {
      this.problems.push({ where, problem: `is ${describe(act)}; the recording has ${typeOf(rec)}` });
    } else if (typeof rec === "string") {
      this.string(rec, act as string, where, schema, member, inMap);
    } else if (typeof rec === "boolean" && rec !== act && !this.contextual(schema)) {
      this.problems.push({ where, problem: `is ${act}; the recording has ${rec}` });
    } else if (Array.isArray(rec)) {
      this.list(rec, act as Json[], where, schema, member);
    } else if (rec !== null && typeof rec === "object") {
      this.object(rec, act as { [key: string]: Json }, where, schema, member, scope);
    }
  }

  private string(rec: string, act: string, where: string, schema: string, member: string, inMap: boolean): void {
    if (ENUM_MEMBERS.has(member) || member === "__type") {
      const [r, a] = member === "__type" ? [normaliseErrorCode(rec), normaliseErrorCode(act)] : [rec, act];
      if (r !== a && !this.contextual(schema)) {
        this.problems.push({ where, problem: `is ${JSON.stringify(act)}; the recording has ${JSON.stringify(rec)}` });
      }
    } else if (inMap) {
      const kind = parsePlaceholder(rec)?.kind;
      if (kind && parsePlaceholder(act)?.kind !== kind) {
        this.problems.push({ where, problem: `is ${JSON.stringify(act)}; the recording has a ${kind}` });
      }
    } else {
      this.pairs.push({ rec, act, where, member });
    }
  }

  private list(rec: Json[], act: Json[], where: string, schema: string, member: string): void {
    const loose = this.contextual(schema);
    if (!loose && rec.length !== act.length) {
      this.problems.push({ where, problem: `has ${act.length} items; the recording has ${rec.length}` });
    }
    act.forEach((item, i) => {
      const model = rec[i] ?? (loose ? rec[0] : undefined);
      if (model !== undefined) {
        this.value(model, item, `${where}[${i}]`, `${schema}[]`, member, `${where}[${i}]`);
      }
    });
  }

  private object(
    rec: { [key: string]: Json },
    act: { [key: string]: Json },
    where: string,
    schema: string,
    member: string,
    scope: string,
  ): void {
    if (MAP_MEMBERS.has(member)) {
      const model = Object.values(rec)[0];
      for (const [key, v] of Object.entries(act)) {
        if (model !== undefined) {
          this.value(model, v, `${where}[${JSON.stringify(key)}]`, `${schema}{}`, member, scope, true);
        }
      }
      return;
    }
    for (const [key, r] of Object.entries(rec)) {
      const path = memberPath(schema, key);
      if (key in act) {
        this.value(r, act[key] as Json, `${where}.${key}`, path, key, scope);
      } else if (!this.optional(path)) {
        this.problems.push({ where: `${where}.${key}`, problem: `is missing; the recording has ${describe(r)}` });
      }
    }
    for (const [key, a] of Object.entries(act)) {
      if (!(key in rec) && !this.recording.abridged && !this.optional(memberPath(schema, key))) {
        this.problems.push({ where: `${where}.${key}`, problem: `is not in the recording (${describe(a)})` });
      }
    }
  }

  /** Pairs the strings of the request (region, input) for the reference check, without comparing its shape. */
  request(rec: Json | undefined, act: Json | undefined, where: string, member: string): void {
    if (typeof rec === "string" && typeof act === "string") {
      this.pairs.push({ rec, act, where, member });
    } else if (Array.isArray(rec) && Array.isArray(act)) {
      for (const [i, r] of rec.entries()) {
        this.request(r, act[i], `${where}[${i}]`, member);
      }
    } else if (rec && act && typeof rec === "object" && typeof act === "object") {
      for (const [key, r] of Object.entries(rec)) {
        this.request(r, (act as { [key: string]: Json })[key], `${where}.${key}`, key);
      }
    }
  }

  private optional = (path: string) => path in this.recording.optional;
  private contextual = (path: string) => path in this.recording.contextual;
}

function pickHeaders(headers: Headers | Record<string, string> | undefined): Record<string, string> {
  const get = (name: string) =>
    headers instanceof Headers
      ? (headers.get(name) ?? undefined)
      : Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1];
  return Object.fromEntries(
    RECORDED_HEADERS.flatMap((name) => {
      const value = get(name);
      return value === undefined ? [] : [[name, value] as const];
    }),
  );
}

const mediaType = (value: string) => (value.split(";")[0] ?? "").trim().toLowerCase();

function headerProblems(rec: Record<string, string> | undefined, act: Record<string, string>): Difference[] {
  return Object.entries(rec ?? {}).flatMap(([name, value]): Difference[] => {
    const got = act[name];
    if (name === "x-amzn-errortype") {
      return []; // recorded, never asserted: AWS JSON clients read the error name from __type
    }
    if (got === undefined) {
      return [{ where: `headers.${name}`, problem: `is missing; the recording has ${JSON.stringify(value)}` }];
    }
    return name === "content-type" && mediaType(got) !== mediaType(value)
      ? [{ where: `headers.${name}`, problem: `is ${JSON.stringify(got)}; the recording has ${JSON.stringify(value)}` }]
      : [];
  });
}

/**
 * Compares a reply with a recording of the same kind of call. Both are normalised first. The reply must have the
 * recording's status and headers, the same members (less those the recording marks optional; more only when the
 * recording is abridged), the same JSON types, the same enum, boolean and `__type` values and list lengths (unless
 * the recording marks the path contextual), the same references (references.ts), timestamps written the same way
 * and in the same order (timestamps.ts), and the order of lists the recording declares ordered (order.ts). String
 * values other than enums are compared by type and references only; member order is not compared (README.md).
 */
export function compareWithRecording(recording: Recording, observed: ObservedExchange): Difference[] {
  const actual = normalise({
    request: observed.request ?? {},
    reply: { headers: pickHeaders(observed.reply.headers), body: observed.reply.body ?? {} },
  }) as { request: { [key: string]: Json }; reply: { headers: Record<string, string>; body: Json } };
  const walk = new Walk(recording);
  const problems: Difference[] = [];
  const { status } = recording.reply;
  if (status !== null && observed.reply.status !== undefined && observed.reply.status !== status) {
    problems.push({ where: "status", problem: `is ${observed.reply.status}; the recording has ${status}` });
  }
  problems.push(...headerProblems(recording.reply.headers, actual.reply.headers));
  walk.request((recording.request ?? {}) as Json, actual.request, "request", "");
  walk.value(recording.reply.body as Json, actual.reply.body, "body", "", "", "body");
  problems.push(...walk.problems, ...referenceProblems(walk.pairs), ...timestampProblems(walk.stamps));
  for (const rule of recording.order) {
    problems.push(...orderProblems(actual.reply.body, rule));
  }
  return problems;
}
