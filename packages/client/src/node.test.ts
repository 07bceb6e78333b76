import { afterEach, describe, expect, it, vi } from "vitest";
import { fromNodeProviderChain } from "./node.js";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("fromNodeProviderChain", () => {
  it("finds credentials in the environment, as the AWS SDK's default chain does", async () => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDFROMENV");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "secret-from-env");
    vi.stubEnv("AWS_SESSION_TOKEN", "token-from-env");
    const credentials = await fromNodeProviderChain()();
    expect(credentials).toMatchObject({
      accessKeyId: "AKIDFROMENV",
      secretAccessKey: "secret-from-env",
      sessionToken: "token-from-env",
    });
  });
});
