import createClient from "openapi-fetch";
import { afterEach, describe, expect, it } from "vitest";
import type { paths } from "../../../test/fixtures/mini.generated.js";
import { type LocalServer, startLocalServer } from "../../../test/local-server.js";
import { awsJson, targetFromSchemaPath } from "./aws-json.js";

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function miniClient(basePath = "") {
  server = await startLocalServer(() => ({ body: { Backups: [] } }));
  const raw = createClient<paths>({ baseUrl: `${server.url}${basePath}` });
  raw.use(awsJson());
  return { raw, requests: server.requests };
}

describe("awsJson", () => {
  it("sends POST / with the target header, the AWS JSON content type and {} for no input", async () => {
    const { raw, requests } = await miniClient();
    const { data } = await raw.POST("/#X-Amz-Target=MiniService.DescribeBackups", {});
    expect(data).toEqual({ Backups: [] });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request).toMatchObject({ method: "POST", url: "/", body: "{}" });
    expect(request?.headers["x-amz-target"]).toBe("MiniService.DescribeBackups");
    expect(request?.headers["content-type"]).toBe("application/x-amz-json-1.1");
  });

  it("sends the input as JSON, unchanged", async () => {
    const { raw, requests } = await miniClient();
    const body = { ResourceId: "backup-1234567890a", TagList: [{ Key: "team", Value: "pki" }] };
    await raw.POST("/#X-Amz-Target=MiniService.TagResource", { body });
    expect(requests[0]?.headers["x-amz-target"]).toBe("MiniService.TagResource");
    expect(JSON.parse(requests[0]?.body ?? "")).toEqual(body);
  });

  it("keeps a base path of a custom endpoint and drops only the fragment", async () => {
    const { raw, requests } = await miniClient("/cloudhsm");
    await raw.POST("/#X-Amz-Target=MiniService.DescribeBackups", { body: { MaxResults: 5 } });
    expect(requests[0]?.url).toBe("/cloudhsm/");
    expect(requests[0]?.body).toBe('{"MaxResults":5}');
  });
});

describe("targetFromSchemaPath", () => {
  it("reads the target from a fragment path", () => {
    expect(targetFromSchemaPath("/#X-Amz-Target=MiniService.CopyBackupToRegion")).toBe(
      "MiniService.CopyBackupToRegion",
    );
  });

  it.each(["/", "/backups", "/#X-Amz-Target=DescribeBackups", "/#X-Amz-Target=a.b.c"])("rejects %s", (path) => {
    expect(() => targetFromSchemaPath(path)).toThrow(/expected "\/#X-Amz-Target=<Service>\.<Operation>"/);
  });
});
