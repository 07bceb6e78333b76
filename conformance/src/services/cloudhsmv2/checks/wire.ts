import { cloudHsmV2 } from "@cloudhsm-kit/spec";
import { expectEqual, expectTrue } from "../../../harness/assert.js";
import { CheckFailed } from "../../../harness/failure.js";
import { validateReply } from "../../../harness/observe.js";
import type { RawReply, RawRequest } from "../../../harness/raw.js";
import { C } from "../citations.js";
import type { Check, CloudHsmContext } from "../context.js";
import { UNKNOWN_BACKUP_ID, VALIDATION_NAMES } from "../fixtures/refusals.js";

const JSON_11 = "application/x-amz-json-1.1";
/** An X-Amz-Target in the service's namespace that names no operation. */
const NO_SUCH_OPERATION = `${cloudHsmV2.targetPrefix}.NoSuchOperation`;

/** Sends a raw request and validates an operation reply against the spec like every other call. */
async function send(t: CloudHsmContext, request: Omit<RawRequest, "region">): Promise<RawReply> {
  const reply = await t.raw(request);
  const wellFormed = (request.method ?? "POST") === "POST" && (request.path ?? "/") === "/";
  if (request.target && wellFormed && request.body?.startsWith("{")) {
    const problems = validateReply(request.target, reply.status, reply.headers, reply.text);
    if (problems.length > 0) {
      t.violations.push({ operation: request.target, status: reply.status, problems });
    }
  }
  return reply;
}

function expectClientError(what: string, reply: RawReply): void {
  expectTrue(`${what}: a 4xx status`, reply.status >= 400 && reply.status < 500, reply.status);
  expectTrue(
    `${what}: the error is named (__type, code or X-Amzn-Errortype)`,
    !!reply.errorName,
    reply.text.slice(0, 200),
  );
}

const notFound = (t: CloudHsmContext) =>
  send(t, { target: "DeleteBackup", body: JSON.stringify({ BackupId: UNKNOWN_BACKUP_ID }) });

export const wireChecks: readonly Check[] = [
  {
    id: "WIRE-POST-001",
    level: "advisory",
    title: "The service rejects a GET request",
    asserts: "GET / with a valid X-Amz-Target gets a 4xx reply, not a result and not a 5xx.",
    undocumented:
      "what a server answers to a request it does not claim (the protocol says only which requests it claims)",
    citations: [C.jsonClaiming, C.jsonPostRoot],
    needs: [],
    async run(t) {
      const reply = await send(t, { method: "GET", target: "DescribeBackups" });
      expectTrue("GET / is refused with a 4xx status", reply.status >= 400 && reply.status < 500, reply.status);
    },
  },
  {
    id: "WIRE-POST-002",
    level: "advisory",
    title: "The service rejects a POST to a path other than /",
    asserts: "POST /backups with a valid X-Amz-Target and {} gets a 4xx reply (UNDOC what AWS does with the path).",
    undocumented:
      "what a server answers to a request it does not claim (the protocol says only which requests it claims)",
    citations: [C.jsonPostRoot],
    needs: [],
    async run(t) {
      const reply = await send(t, { path: "/backups", target: "DescribeBackups", body: "{}" });
      expectTrue("POST /backups is refused with a 4xx status", reply.status >= 400 && reply.status < 500, reply.status);
    },
  },
  {
    id: "WIRE-TARGET-001",
    level: "required",
    title: "The service dispatches on X-Amz-Target",
    asserts:
      "The same body {} is a successful DescribeBackups (HTTP 200 with a Backups list) when X-Amz-Target names DescribeBackups, and a rejected ListTags (HTTP 400, ResourceId missing) when it names ListTags.",
    citations: [C.jsonTarget, C.model],
    needs: [],
    async run(t) {
      const describe = await send(t, { target: "DescribeBackups", body: "{}" });
      expectEqual("DescribeBackups status", describe.status, 200);
      expectTrue(
        "DescribeBackups returns a Backups list",
        Array.isArray((describe.json as { Backups?: unknown })?.Backups),
        describe.text.slice(0, 200),
      );
      const list = await send(t, { target: "ListTags", body: "{}" });
      expectEqual("ListTags without ResourceId: status", list.status, 400);
      expectTrue(
        "ListTags without ResourceId: a validation error",
        (VALIDATION_NAMES as readonly string[]).includes(list.errorName ?? ""),
        list.errorName,
      );
    },
  },
  {
    id: "WIRE-EMPTY-001",
    level: "required",
    title: "The service accepts an empty request body",
    asserts: "DescribeBackups with no body at all gets HTTP 200.",
    citations: [C.jsonEmptyBody],
    needs: [],
    async run(t) {
      const reply = await send(t, { target: "DescribeBackups", body: "" });
      expectEqual("status", reply.status, 200);
    },
  },
  {
    id: "WIRE-EMPTY-002",
    level: "required",
    title: "The service accepts {} as an empty input",
    asserts: "DescribeClusters with the body {} gets HTTP 200.",
    citations: [C.jsonEmptyBody],
    needs: [],
    async run(t) {
      const reply = await send(t, { target: "DescribeClusters", body: "{}" });
      expectEqual("status", reply.status, 200);
    },
  },
  {
    id: "WIRE-UNKNOWN-001",
    level: "advisory",
    title: "The service rejects an unknown X-Amz-Target operation",
    asserts: `X-Amz-Target ${NO_SUCH_OPERATION} gets a 4xx reply with an error name.`,
    undocumented:
      "what a server answers to a request it does not claim (the protocol says only which requests it claims)",
    citations: [C.jsonClaimTarget, C.model],
    needs: [],
    async run(t) {
      expectClientError("unknown operation", await send(t, { rawTarget: NO_SUCH_OPERATION, body: "{}" }));
    },
  },
  {
    id: "WIRE-UNKNOWN-002",
    level: "advisory",
    title: "The service reports an unknown operation as HTTP 400 UnknownOperationException",
    asserts: "An unknown X-Amz-Target gets HTTP 400 UnknownOperationException (observed on other AWS JSON services).",
    citations: [C.unknownOperation],
    needs: [],
    async run(t) {
      const reply = await send(t, { rawTarget: NO_SUCH_OPERATION, body: "{}" });
      expectEqual("status", reply.status, 400);
      expectEqual("error name", reply.errorName, "UnknownOperationException");
    },
  },
  {
    id: "WIRE-UNKNOWN-003",
    level: "advisory",
    title: "The service rejects a request without X-Amz-Target",
    asserts: "POST / with {} and no X-Amz-Target gets a 4xx reply with an error name.",
    undocumented:
      "what a server answers to a request it does not claim (the protocol says only which requests it claims)",
    citations: [C.jsonTarget, C.model],
    needs: [],
    async run(t) {
      expectClientError("no X-Amz-Target", await send(t, { target: null, body: "{}" }));
    },
  },
  {
    id: "WIRE-UNKNOWN-004",
    level: "advisory",
    title: "The service rejects an X-Amz-Target of another service",
    asserts: "X-Amz-Target DynamoDB_20120810.ListTables gets a 4xx reply with an error name.",
    undocumented:
      "what a server answers to a request it does not claim (the protocol says only which requests it claims)",
    citations: [C.jsonClaimTarget, C.model],
    needs: [],
    async run(t) {
      expectClientError(
        "another service's target",
        await send(t, { rawTarget: "DynamoDB_20120810.ListTables", body: "{}" }),
      );
    },
  },
  {
    id: "WIRE-ERROR-001",
    level: "required",
    title: "An error reply names the error in X-Amzn-Errortype, code or __type",
    asserts:
      "DeleteBackup of an unknown backup gets HTTP 400 naming the error in one of the three places the protocol allows (the X-Amzn-Errortype header, a code or a __type body field), which sanitises to CloudHsmResourceNotFoundException.",
    citations: [C.jsonErrorComponent, C.resourceNotFound400],
    needs: [],
    async run(t) {
      const reply = await notFound(t);
      expectEqual("status", reply.status, 400);
      expectEqual("error name", reply.errorName, "CloudHsmResourceNotFoundException");
      const body = reply.json as { __type?: unknown } | undefined;
      const header = reply.headers.get("x-amzn-errortype") !== null;
      t.note(
        `the error is named in ${header ? "X-Amzn-Errortype" : typeof body?.__type === "string" ? "__type" : "code"}`,
      );
    },
  },
  {
    id: "WIRE-ERROR-002",
    level: "advisory",
    title: "An error's __type is the bare shape name",
    asserts: "The __type of a modelled error has no namespace# prefix and no :suffix.",
    undocumented: "servers SHOULD send the bare shape name; clients must accept either form",
    citations: [C.jsonShapeName],
    needs: [],
    async run(t) {
      const reply = await notFound(t);
      expectEqual(
        "__type",
        (reply.json as { __type?: unknown } | undefined)?.__type,
        "CloudHsmResourceNotFoundException",
      );
    },
  },
  {
    id: "WIRE-CT-001",
    level: "required",
    title: "Replies carry Content-Type application/x-amz-json-1.1",
    asserts: "A successful DescribeBackups reply and an error reply both have Content-Type application/x-amz-json-1.1.",
    citations: [C.jsonContentType],
    needs: [],
    async run(t) {
      const ok = await send(t, { target: "DescribeBackups", body: "{}" });
      expectEqual("Content-Type of a success", ok.headers.get("content-type")?.split(";")[0], JSON_11);
      const error = await notFound(t);
      expectEqual("Content-Type of an error", error.headers.get("content-type")?.split(";")[0], JSON_11);
    },
  },
  {
    id: "WIRE-STATUS-001",
    level: "required",
    title: "Client errors use HTTP 400, including not-found",
    asserts: "An unknown backup (not found) and an invalid BackupId (validation) both get HTTP 400, never 404 or 5xx.",
    citations: [C.resourceNotFound400, C.invalidRequest400],
    needs: [],
    async run(t) {
      expectEqual("status for not found", (await notFound(t)).status, 400);
      const invalid = await send(t, { target: "DeleteBackup", body: JSON.stringify({ BackupId: "backup-!" }) });
      expectEqual("status for an invalid id", invalid.status, 400);
    },
  },
  {
    id: "WIRE-JSON-001",
    level: "advisory",
    title: "The service rejects a body that is not JSON with SerializationException",
    asserts:
      "A DescribeBackups body of '{not json' gets HTTP 400 SerializationException (observed on other AWS JSON services).",
    undocumented: "the error name for a body that is not JSON",
    citations: [C.jsonEmptyBody],
    needs: [],
    async run(t) {
      const reply = await send(t, { target: "DescribeBackups", body: "{not json" });
      expectEqual("status", reply.status, 400);
      expectEqual("error name", reply.errorName, "SerializationException");
    },
  },
  {
    id: "WIRE-JSON-002",
    level: "advisory",
    title: "The service rejects a body that is not JSON",
    asserts: "A DescribeBackups body of '{not json' gets a 4xx reply with an error name, not a result and not a 5xx.",
    undocumented: "what a server answers to a body that is not JSON",
    citations: [C.model, C.jsonContentType],
    needs: [],
    async run(t) {
      expectClientError("a body that is not JSON", await send(t, { target: "DescribeBackups", body: "{not json" }));
    },
  },
  {
    id: "WIRE-REQID-001",
    level: "advisory",
    title: "Replies carry an x-amzn-RequestId header",
    asserts: "Success and error replies both have a non-empty x-amzn-RequestId header (what AWS services send).",
    undocumented: "whether replies carry an x-amzn-RequestId header",
    citations: [C.model],
    needs: [],
    async run(t) {
      const ok = await send(t, { target: "DescribeBackups", body: "{}" });
      const error = await notFound(t);
      expectTrue("x-amzn-RequestId on a success", !!ok.headers.get("x-amzn-requestid"));
      expectTrue("x-amzn-RequestId on an error", !!error.headers.get("x-amzn-requestid"));
    },
  },
  {
    id: "WIRE-EMPTYOUT-001",
    level: "required",
    title: "TagResource and UntagResource reply with an empty body or an empty JSON object",
    asserts:
      "TagResource and UntagResource, whose outputs have no members, each answer HTTP 200 with an empty body (the API reference's sentence) or {} (what the awsJson protocol's own tests and captures of other AWS JSON services show); the form the target uses is noted.",
    citations: [C.emptyOutputBody, C.emptyJsonOutputSmithy, C.emptyOutputProtocolTest],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      const calls = [
        {
          target: "TagResource",
          input: { ResourceId: backup.BackupId, TagList: [{ Key: "conformance-wire", Value: "x" }] },
        },
        { target: "UntagResource", input: { ResourceId: backup.BackupId, TagKeyList: ["conformance-wire"] } },
      ];
      for (const { target, input } of calls) {
        const reply = await send(t, { target, body: JSON.stringify(input) });
        expectEqual(`${target} status`, reply.status, 200);
        const body = reply.text.trim();
        if (body !== "" && body.replace(/\s+/g, "") !== "{}") {
          throw new CheckFailed(
            `${target}: the body is ${JSON.stringify(reply.text.slice(0, 50))}, not empty and not {}`,
          );
        }
        t.note(`${target} answers with ${body === "" ? "an empty body" : "{}"}`);
      }
    },
  },
];
