import { isOperationName } from "@cloudhsm-kit/spec";
import { defineFault, type Json } from "../fault.js";
import { errorReply, okReply } from "../wire-json.js";

export const emptyBodyRejected = defineFault({
  name: "empty-body-rejected",
  level: "required",
  breaks: "An operation without required members accepts an empty request body as well as {}.",
  source: "cloudhsmv2-api.md §1 (AWS JSON 1.1); Smithy awsJson1_1 empty input vectors",
  groups: ["wire"],
  operations: "any",
  create: () => ({
    request: ({ body, method }) =>
      method === "POST" && body.trim() === ""
        ? { answer: errorReply("SerializationException", "The request body is not a JSON object.") }
        : undefined,
  }),
});

export const emptyObjectRejected = defineFault({
  name: "empty-object-rejected",
  level: "required",
  breaks: "An operation without required members accepts {} as its input.",
  source: "cloudhsmv2-api.md §1 (AWS JSON 1.1); Smithy awsJson1_1 empty input vectors",
  groups: ["wire"],
  operations: "any",
  create: () => ({
    request: ({ body, method }) =>
      method === "POST" && body.trim() === "{}"
        ? { answer: errorReply("SerializationException", "The request body has no members.") }
        : undefined,
  }),
});

export const jsonContentTypeReply = defineFault({
  name: "json-content-type-reply",
  level: "required",
  breaks: "AWS JSON 1.1 replies carry Content-Type application/x-amz-json-1.1.",
  source: "cloudhsmv2-api.md §1, §5(f) (canonical error shape)",
  groups: ["wire"],
  operations: "any",
  create: () => ({
    response: (reply) =>
      reply.headers.get("content-type")?.includes("x-amz-json-1.1")
        ? { headers: { "content-type": "application/json" } }
        : undefined,
  }),
});

export const unknownTargetAnswered = defineFault({
  name: "unknown-target-answered",
  level: "advisory",
  breaks: "A request whose X-Amz-Target names no operation of the service is refused with HTTP 400.",
  source: "cloudhsmv2-api.md §1 (X-Amz-Target dispatch); UNDOC: what a server answers to a request it does not claim",
  groups: ["wire"],
  operations: "any",
  create: () => ({
    request: ({ operation, method }) =>
      method === "POST" && (operation === undefined || !isOperationName(operation))
        ? { answer: okReply({}) }
        : undefined,
  }),
});

export const getAccepted = defineFault({
  name: "get-accepted",
  level: "advisory",
  breaks: "AWS JSON 1.1 operations are called with POST to /; other methods are refused.",
  source: "cloudhsmv2-api.md §1 (AWS JSON 1.1: POST /); UNDOC: what a server answers to a request it does not claim",
  groups: ["wire"],
  operations: "any",
  create: () => ({
    request: ({ method, input }) =>
      method !== "POST" ? { method: "POST", ...(input ? {} : { body: "{}" }) } : undefined,
  }),
});

export const timestampsAsStrings = defineFault({
  name: "timestamps-as-iso-strings",
  level: "required",
  breaks: "Timestamps in replies are epoch seconds (JSON numbers), as the model's timestamp shape says.",
  source: "cloudhsmv2-api.md §3.1 (Timestamp members); spec: timestamps are numbers",
  groups: ["schema"],
  operations: "any",
  create: () => ({
    response: (reply) => {
      if (!reply.output) {
        return undefined;
      }
      const converted = isoTimestamps(reply.output) as Json;
      return JSON.stringify(converted) === JSON.stringify(reply.output) ? undefined : { output: converted };
    },
  }),
});

/** Every member named `*Timestamp` holding a number becomes an ISO-8601 string, at any depth. */
function isoTimestamps(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(isoTimestamps);
  }
  if (value === null || typeof value !== "object") {
    return value;
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => [
      key,
      key.endsWith("Timestamp") && typeof member === "number"
        ? new Date(member * 1000).toISOString()
        : isoTimestamps(member),
    ]),
  );
}
