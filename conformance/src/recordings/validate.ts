import { isDeepStrictEqual } from "node:util";
import { isOperationName } from "@cloudhsm-kit/spec";
import { type OrderRule, RECORDING_MEMBERS, type Recording, SOURCE_KINDS } from "./format.js";
import { RECORDED_HEADERS, TIMESTAMP_MEMBERS } from "./members.js";
import { normalise } from "./normalise.js";
import { orderProblems } from "./order.js";
import { isSchemaPath } from "./paths.js";
import { malformedPlaceholdersIn } from "./placeholders.js";

/** A recording file that is not in the format: names the file and the member, and says what is wrong. */
export class RecordingFormatError extends Error {
  override readonly name = "RecordingFormatError";
  constructor(
    readonly file: string,
    readonly member: string,
    readonly problem: string,
  ) {
    super(`${file}: ${member}: ${problem}`);
  }
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/;
const CHECK_ID = /^[A-Z]+(?:-[A-Z0-9]+)+$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real day, month or year; returns a sortable form or undefined. */
function dateKey(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) {
    return undefined;
  }
  const [year, month = "01", day = "01"] = [m[1], m[2], m[3]];
  const parsed = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== `${year}-${month}-${day}`
    ? undefined
    : text;
}

function checkRecordedOn(text: string): string | undefined {
  const parts = text.split("/");
  const keys = parts.map(dateKey);
  if (parts.length > 2 || keys.some((k) => k === undefined)) {
    return "must be a date (YYYY-MM-DD, YYYY-MM or YYYY) or two of them as from/to";
  }
  return parts.length === 2 && (keys[0] ?? "") > (keys[1] ?? "") ? "ends before it starts" : undefined;
}

/** The first place where two JSON values differ, as a path. */
function firstDifference(a: unknown, b: unknown, path: string): string | undefined {
  if (isDeepStrictEqual(a, b)) {
    return undefined;
  }
  if (isObject(a) && isObject(b)) {
    for (const key of Object.keys(a)) {
      const found = firstDifference(a[key], b[key], `${path}.${key}`);
      if (found) {
        return found;
      }
    }
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < a.length; i++) {
      const found = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (found) {
        return found;
      }
    }
  }
  return path;
}

function malformedIn(value: unknown): string[] {
  if (typeof value === "string") {
    return malformedPlaceholdersIn(value);
  }
  const children = Array.isArray(value)
    ? value
    : isObject(value)
      ? [...Object.keys(value), ...Object.values(value)]
      : [];
  return children.flatMap(malformedIn);
}

/** Checks one parsed recording file; returns it typed, or throws RecordingFormatError naming the member. */
export function checkRecording(value: unknown, file: string, checkIds?: ReadonlySet<string>): Recording {
  const fail = (member: string, problem: string): never => {
    throw new RecordingFormatError(file, member, problem);
  };
  const text = (v: unknown, member: string): string =>
    typeof v === "string" && v.trim() !== "" ? v : fail(member, "must be a non-empty string");
  const reasons = (v: unknown, member: string): Record<string, string> => {
    const map = v === undefined ? {} : isObject(v) ? v : fail(member, "must be an object of path → reason");
    for (const [path, reason] of Object.entries(map)) {
      if (!isSchemaPath(path)) {
        fail(`${member}.${path}`, "is not a body path such as Backups[].DeleteTimestamp");
      }
      text(reason, `${member}.${path}`);
    }
    return map as Record<string, string>;
  };

  if (!isObject(value)) {
    return fail("(file)", "must hold one JSON object");
  }
  const unknown = Object.keys(value).find((k) => !(RECORDING_MEMBERS as readonly string[]).includes(k));
  if (unknown) {
    fail(unknown, `is not a member of a recording (${RECORDING_MEMBERS.join(", ")})`);
  }
  const id = text(value.id, "id");
  if (!ID.test(id)) {
    fail("id", "must be dot-separated kebab-case words, e.g. cloud-custodian.describe-backups.newest-first");
  }
  if (!file.endsWith(`/${id}.json`) && file !== `${id}.json`) {
    fail("id", `must be the file's name without .json (${id}.json)`);
  }
  const operation = text(value.operation, "operation");
  if (!isOperationName(operation)) {
    fail("operation", `is not a CloudHSM v2 operation: ${operation}`);
  }
  const recordedOn = text(value.recordedOn, "recordedOn");
  const dateProblem = checkRecordedOn(recordedOn);
  if (dateProblem) {
    fail("recordedOn", dateProblem);
  }
  text(value.recordedOnBasis, "recordedOnBasis");

  const source = isObject(value.source) ? value.source : fail("source", "must be an object");
  if (!(SOURCE_KINDS as readonly string[]).includes(String(source.kind))) {
    fail("source.kind", `must be one of ${SOURCE_KINDS.join(", ")}`);
  }
  if (!/^https?:\/\/\S+$/.test(text(source.url, "source.url"))) {
    fail("source.url", "must be an http(s) URL");
  }
  for (const member of ["what", "licence", "attribution"]) {
    text(source[member], `source.${member}`);
  }

  const request = value.request;
  if (request !== null) {
    if (!isObject(request)) {
      fail("request", "must be an object { region?, input? } or null when the source does not show it");
    }
    const extra = Object.keys(request as Obj).find((k) => k !== "region" && k !== "input");
    if (extra) {
      fail(`request.${extra}`, "is not a member of a request (region, input)");
    }
    if ((request as Obj).region !== undefined) {
      text((request as Obj).region, "request.region");
    }
    if ((request as Obj).input !== undefined && !isObject((request as Obj).input)) {
      fail("request.input", "must be an object");
    }
  }

  const reply = isObject(value.reply) ? value.reply : fail("reply", "must be an object");
  const status = reply.status;
  if (status !== null && !(Number.isInteger(status) && (status as number) >= 100 && (status as number) <= 599)) {
    fail("reply.status", "must be an HTTP status (100-599) or null when the source does not show it");
  }
  if (reply.headers !== undefined) {
    const headers = isObject(reply.headers) ? reply.headers : fail("reply.headers", "must be an object");
    for (const [name, v] of Object.entries(headers)) {
      if (!(RECORDED_HEADERS as readonly string[]).includes(name)) {
        fail(`reply.headers.${name}`, `is not a recorded header (${RECORDED_HEADERS.join(", ")})`);
      }
      text(v, `reply.headers.${name}`);
    }
  }
  if (!isObject(reply.body)) {
    fail("reply.body", "must be a JSON object (an empty reply is {})");
  }
  const extraReply = Object.keys(reply).find((k) => !["status", "headers", "body"].includes(k));
  if (extraReply) {
    fail(`reply.${extraReply}`, "is not a member of a reply (status, headers, body)");
  }

  const exchange = { request, reply: { headers: reply.headers, body: reply.body } };
  const malformed = malformedIn(exchange);
  if (malformed.length > 0) {
    fail("reply", `holds malformed placeholders: ${malformed.join(", ")}`);
  }
  const unnormalised = firstDifference(exchange, normalise(exchange), "");
  if (unnormalised) {
    fail(unnormalised.slice(1), "holds a value that is not normalised (an id, account, region or timestamp)");
  }

  if (value.abridged !== undefined && typeof value.abridged !== "boolean") {
    fail("abridged", "must be true or false");
  }
  const optional = reasons(value.optional, "optional");
  const contextual = reasons(value.contextual, "contextual");
  const order =
    value.order === undefined ? [] : Array.isArray(value.order) ? value.order : fail("order", "must be a list");
  order.forEach((rule: unknown, i) => {
    const where = `order[${i}]`;
    const r = isObject(rule) ? rule : fail(where, "must be an object { list, by, direction, basis }");
    if (!isSchemaPath(text(r.list, `${where}.list`))) {
      fail(`${where}.list`, "is not a body path");
    }
    if (!TIMESTAMP_MEMBERS.has(text(r.by, `${where}.by`))) {
      fail(`${where}.by`, `must be a timestamp member (${[...TIMESTAMP_MEMBERS].join(", ")})`);
    }
    if (r.direction !== "ascending" && r.direction !== "descending") {
      fail(`${where}.direction`, "must be ascending or descending");
    }
    text(r.basis, `${where}.basis`);
    const broken = orderProblems(reply.body, r as unknown as OrderRule);
    if (broken.length > 0) {
      fail(where, `the recording itself breaks it: ${broken[0]?.where} ${broken[0]?.problem}`);
    }
  });

  const checks = Array.isArray(value.checks) ? value.checks : fail("checks", "must be a list of check ids");
  checks.forEach((c: unknown, i) => {
    if (typeof c !== "string" || !CHECK_ID.test(c)) {
      fail(`checks[${i}]`, "must be a check id such as DESC-SORT-002");
    }
    if (checkIds && !checkIds.has(c as string)) {
      fail(`checks[${i}]`, `names no check: ${c}`);
    }
  });
  const notes =
    value.notes === undefined ? [] : Array.isArray(value.notes) ? value.notes : fail("notes", "must be a list");
  for (const [i, n] of (notes as unknown[]).entries()) {
    text(n, `notes[${i}]`);
  }

  return {
    ...(value as unknown as Recording),
    abridged: value.abridged === true,
    optional,
    contextual,
    order: order as OrderRule[],
    notes: notes as string[],
  };
}
