import { describe, expect, it } from "vitest";
import { awsRequest, createHarness } from "../../../test/helpers.js";
import { CORS_ALLOWED_HEADERS } from "./cors.js";

const preflight = (path: string, origin: string) =>
  new Request(`http://emulator.test${path}`, {
    method: "OPTIONS",
    headers: {
      Origin: origin,
      "Access-Control-Request-Method": "POST",
      "Access-Control-Request-Headers": "authorization,content-type,x-amz-date,x-amz-target,amz-sdk-request",
    },
  });

describe("CORS", () => {
  it("answers a preflight from an allowed origin on both APIs, allowing what SDKs and SigV4 signers send", async () => {
    const h = createHarness();
    for (const path of ["/", "/_emulator/v1/fixtures/ready-backup"]) {
      const r = await h.emu.fetch(preflight(path, "http://localhost:5173"));
      expect(r.status).toBe(204);
      expect(r.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
      expect(r.headers.get("access-control-allow-methods")).toContain("POST");
      const allowed = (r.headers.get("access-control-allow-headers") ?? "").split(", ");
      for (const header of ["authorization", "content-type", "x-amz-target", "x-amz-date", "x-amz-security-token"]) {
        expect(allowed).toContain(header);
      }
      expect(allowed).toEqual(CORS_ALLOWED_HEADERS);
      expect(r.headers.get("vary")).toBe("Origin");
    }
  });

  it("adds the CORS headers to replies, successes and errors alike, and exposes the request id", async () => {
    const h = createHarness();
    const origin = { Origin: "http://127.0.0.1:8080" };
    for (const request of [
      awsRequest("DescribeBackups", {}, { headers: origin }),
      awsRequest("DescribeBackups", { MaxResults: 0 }, { headers: origin }),
      new Request("http://emulator.test/_emulator/v1/info", { headers: origin }),
    ]) {
      const r = await h.emu.fetch(request);
      expect(r.headers.get("access-control-allow-origin")).toBe("http://127.0.0.1:8080");
      expect(r.headers.get("access-control-expose-headers")).toBe("x-amzn-RequestId, x-amzn-ErrorType, Date");
    }
  });

  it("gives a disallowed origin no CORS header at all, and leaves requests without Origin alone", async () => {
    const h = createHarness();
    const refused = await h.emu.fetch(preflight("/", "https://evil.example"));
    expect(refused.status).toBe(204);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    expect(refused.headers.get("access-control-allow-headers")).toBeNull();
    const reply = await h.emu.fetch(awsRequest("DescribeBackups", {}, { headers: { Origin: "https://evil.example" } }));
    expect(reply.status).toBe(200);
    expect(reply.headers.get("access-control-allow-origin")).toBeNull();
    const plain = await h.emu.fetch(awsRequest("DescribeBackups", {}));
    expect([...plain.headers.keys()].filter((k) => k.startsWith("access-control") || k === "vary")).toEqual([]);
    // OPTIONS that is not a preflight is an ordinary request: the AWS API allows POST only.
    const options = await h.emu.fetch(new Request("http://emulator.test/", { method: "OPTIONS" }));
    expect(options.status).toBe(405);
  });

  it("follows the configured origins: a list, or * for any", async () => {
    const listed = createHarness({ corsOrigins: ["https://app.example.com"] });
    const ok = await listed.emu.fetch(preflight("/", "https://app.example.com"));
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    const local = await listed.emu.fetch(preflight("/", "http://localhost:5173"));
    expect(local.headers.get("access-control-allow-origin")).toBeNull();
    const any = createHarness({ corsOrigins: "*" });
    const star = await any.emu.fetch(awsRequest("DescribeBackups", {}, { headers: { Origin: "https://x.example" } }));
    expect(star.headers.get("access-control-allow-origin")).toBe("*");
    expect(star.headers.get("vary")).toBeNull();
  });
});
