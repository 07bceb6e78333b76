import { describe, expect, it } from "vitest";
import { CheckContext } from "../harness/context.js";
import { CheckFailed } from "../harness/failure.js";
import type { Target } from "../harness/target.js";
import type { Recorder } from "../recordings/record.js";
import type { CheckDefinition } from "../registry/types.js";
import { executeCheck } from "./execute.js";

/** A target whose network answers every call with a CloudHSM error naming the path it was sent to. */
function target(): Target {
  const network: typeof fetch = async (input, init) => {
    const path = new URL(new Request(input, init).url).pathname;
    return new Response(JSON.stringify({ __type: "CloudHsmResourceNotFoundException", message: path }), {
      status: 400,
      headers: { "content-type": "application/x-amz-json-1.1" },
    });
  };
  return {
    endpoint: "http://127.0.0.1:1",
    regions: { primary: "us-east-1" },
    capabilities: new Set(),
    missing: new Map(),
    timing: { transitionTimeoutMs: 1_000 },
    credentialsFor: () => async () => ({ accessKeyId: "AKIDEXECUTE", secretAccessKey: "secret-execute" }),
    recorder: { fetch: network } as Recorder,
    violations: [],
  } as unknown as Target;
}

/** A check that sends two raw calls, registers a cleanup that sends one more, and ends as `end` says. */
function check(end: () => void): CheckDefinition {
  return {
    id: "TEST-EVIDENCE-001",
    service: "cloudhsmv2",
    group: "test",
    level: "required",
    title: "sends calls",
    asserts: "",
    citations: [],
    needs: [],
    validated: { status: "unvalidated" },
    context: (t, id) => new CheckContext(t, id),
    async run(t) {
      t.cleanups.push("a cleanup call", async () => {
        await t.raw({ target: "DeleteBackup", path: "/cleanup", body: "{}" });
      });
      await t.raw({ target: "DescribeBackups", path: "/first", body: "{}" });
      await t.raw({ target: "DescribeBackups", path: "/second", body: '{"Filters":{}}' });
      end();
    },
  };
}

describe("executeCheck's evidence", () => {
  it("gives a failed check the exchanges it made itself, not its cleanups'", async () => {
    const executed = await executeCheck(
      check(() => {
        throw new CheckFailed("expected a backup, got CloudHsmResourceNotFoundException");
      }),
      target(),
    );
    expect(executed.outcome).toBe("failed");
    expect(executed.exchanges?.map((x) => [x.path, x.target, x.status])).toEqual([
      ["/first", "BaldrApiService.DescribeBackups", 400],
      ["/second", "BaldrApiService.DescribeBackups", 400],
    ]);
    expect(executed.exchanges?.[1]?.replyBody).toContain("/second");
    expect(JSON.stringify(executed.exchanges)).not.toMatch(/AKIDEXECUTE|secret-execute|AWS4-HMAC/);
  });

  it("gives a pass none", async () => {
    const executed = await executeCheck(
      check(() => undefined),
      target(),
    );
    expect(executed.outcome).toBe("passed");
    expect(executed).not.toHaveProperty("exchanges");
  });
});
