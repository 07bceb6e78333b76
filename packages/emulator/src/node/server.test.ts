import { describe, expect, it } from "vitest";
import { awsRequest } from "../../test/helpers.js";
import { startEmulator } from "./server.js";

describe("startEmulator", () => {
  it("binds loopback on a free port, serves both APIs over HTTP, and closes", async () => {
    const running = await startEmulator({ log: () => undefined });
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await running.control.info()).protocol).toBe(1);
      const ok = await fetch(new Request(new URL("/", running.url), awsRequest("DescribeBackups", {})));
      expect(ok.status).toBe(200);
      expect(ok.headers.get("content-type")).toBe("application/x-amz-json-1.1");
      expect(await ok.json()).toEqual({ Backups: [] });
      const big = await fetch(
        new Request(
          new URL("/", running.url),
          new Request(awsRequest("DescribeBackups", {}), { body: "x".repeat(3 * 1024 * 1024) }),
        ),
      );
      expect(big.status).toBe(413);
      expect(((await big.json()) as { __type: string }).__type).toBe("SerializationException");
      const get = await fetch(running.url);
      expect(get.status).toBe(405);
    } finally {
      await running.close();
    }
    await expect(fetch(running.url)).rejects.toThrow();
  });
});
