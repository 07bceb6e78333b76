import { cloudHsmV2, targetOf } from "@cloudhsm-kit/spec";
import { describe, expect, it } from "vitest";
import { defineFault, type Fault } from "./fault.js";
import { faultyFetch, TrafficLog } from "./faulty-fetch.js";
import { errorReply } from "./wire-json.js";

/** An upstream that echoes what it received, so each test sees exactly what was forwarded. */
async function echo(request: Request): Promise<Response> {
  const body = JSON.stringify({
    method: request.method,
    path: new URL(request.url).pathname,
    body: await request.text(),
  });
  return new Response(body, { status: 200, headers: { "content-type": "application/x-amz-json-1.1" } });
}

const call = (target: string | undefined, body: string, path = "/") =>
  new Request(`http://target.test${path}`, {
    method: "POST",
    headers: {
      ...(target ? { "x-amz-target": `${cloudHsmV2.targetPrefix}.${target}` } : {}),
      authorization: `AWS4-HMAC-SHA256 Credential=test/20261122/eu-west-1/${cloudHsmV2.signingName}/aws4_request, SignedHeaders=host`,
    },
    body,
  });

const everything: Fault = defineFault({
  name: "rewrite-everything",
  level: "required",
  breaks: "test fault",
  source: "test",
  groups: ["wire"],
  operations: "any",
  create: () => ({
    request: () => ({ input: { rewritten: true } }),
    response: () => ({ status: 418 }),
  }),
});

describe("faultyFetch", () => {
  it("passes the control protocol through untouched, even with a fault on every operation", async () => {
    const log = new TrafficLog();
    const handle = faultyFetch(echo, everything, log);
    const reply = await handle(call(undefined, '{"seconds":5}', "/_emulator/v1/clock/advance"));
    expect(reply.status).toBe(200);
    expect(await reply.json()).toEqual({ method: "POST", path: "/_emulator/v1/clock/advance", body: '{"seconds":5}' });
    expect(log).toMatchObject({ exchanges: 0, changes: [] });
  });

  it("forwards the rewritten request and delivers the rewritten reply, and logs both", async () => {
    const log = new TrafficLog();
    const reply = await faultyFetch(echo, everything, log)(call("DescribeBackups", "{}"));
    expect(reply.status).toBe(418);
    expect(((await reply.json()) as { body: string }).body).toBe('{"rewritten":true}');
    expect(log.changes).toEqual([
      { operation: "DescribeBackups", what: "request" },
      { operation: "DescribeBackups", what: "reply" },
    ]);
  });

  it("answers without forwarding when the fault answers, and sees the SigV4 region", async () => {
    let forwarded = 0;
    const refuse = defineFault({
      ...everything,
      operations: ["CopyBackupToRegion"],
      create: () => ({
        request: ({ region }) => ({ answer: errorReply("CloudHsmInvalidRequestException", `refused in ${region}`) }),
      }),
    });
    const log = new TrafficLog();
    const handle = faultyFetch(
      async (r) => {
        forwarded++;
        return echo(r);
      },
      refuse,
      log,
    );
    const reply = await handle(call("CopyBackupToRegion", "{}"));
    expect(reply.status).toBe(400);
    expect(await reply.json()).toEqual({ __type: "CloudHsmInvalidRequestException", Message: "refused in eu-west-1" });
    expect(forwarded).toBe(0);
    expect(log.changes).toEqual([{ operation: "CopyBackupToRegion", what: "answer" }]);
  });

  it("leaves operations outside the fault's list alone", async () => {
    const log = new TrafficLog();
    const only = defineFault({ ...everything, operations: ["TagResource"] });
    const reply = await faultyFetch(echo, only, log)(call("DescribeBackups", '{"MaxResults":1}'));
    expect(reply.status).toBe(200);
    expect(((await reply.json()) as { body: string }).body).toBe('{"MaxResults":1}');
    expect(log).toMatchObject({ exchanges: 1, changes: [] });
  });

  it("records a fault's own state-changing calls, re-scoped to the region it names", async () => {
    const seen: string[] = [];
    const upstream = async (r: Request) => {
      seen.push(`${r.headers.get("x-amz-target")} ${r.headers.get("authorization")?.split("/")[2]}`);
      return echo(r);
    };
    const sideEffect = defineFault({
      ...everything,
      create: () => ({
        request: async (_request, context) => {
          await context.call("ListTags", { ResourceId: "backup-x" });
          await context.call("TagResource", { ResourceId: "backup-x" }, "us-west-2");
          return undefined;
        },
      }),
    });
    const log = new TrafficLog();
    await faultyFetch(upstream, sideEffect, log)(call("DescribeBackups", "{}"));
    expect(seen).toEqual([
      `${targetOf("ListTags")} eu-west-1`,
      `${targetOf("TagResource")} us-west-2`,
      `${targetOf("DescribeBackups")} eu-west-1`,
    ]);
    expect(log.changes).toEqual([{ operation: "TagResource", what: "side-call" }]);
  });
});
