import { describe, expect, it } from "vitest";
import type { ServiceClientOptions } from "./client-options.js";
import { ConfigurationError } from "./configuration-error.js";
import { resolveOptions as resolveServiceOptions } from "./resolve-options.js";

// A made-up service's factory: the messages name it, the endpoint takes its prefix.
const service = { clientName: "createMiniClient", endpointPrefix: "miniservice" };
const resolveOptions = (options: ServiceClientOptions) => resolveServiceOptions(options, service);

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
const base: ServiceClientOptions = { region: "eu-west-1", credentials };

function optionsWith(extra: Record<string, unknown>): ServiceClientOptions {
  return { ...base, ...extra } as ServiceClientOptions;
}

describe("resolveOptions", () => {
  it("applies the defaults", () => {
    const config = resolveOptions(base);
    expect(config).toMatchObject({
      region: "eu-west-1",
      endpoint: "https://miniservice.eu-west-1.amazonaws.com",
      maxAttempts: 3,
      timeoutMs: undefined,
      retryBaseDelayMs: 100,
      retryMaxDelayMs: 20_000,
    });
    expect(config.fetch).toBeUndefined(); // globalThis.fetch, looked up per call
  });

  it("keeps a custom endpoint without its trailing slash", () => {
    expect(resolveOptions(optionsWith({ endpoint: "http://127.0.0.1:4566/" })).endpoint).toBe("http://127.0.0.1:4566");
    expect(resolveOptions(optionsWith({ endpoint: new URL("http://localhost:5000/hsm") })).endpoint).toBe(
      "http://localhost:5000/hsm",
    );
  });

  it.each([
    [{ region: "" }, 'option "region" must be an AWS Region name such as "us-east-1"; got ""'],
    [{ region: "us-east-1.evil.example" }, 'option "region" must be an AWS Region name such as "us-east-1"'],
    [{ region: undefined }, 'option "region" must be an AWS Region name such as "us-east-1"; got undefined'],
    [{ credentials: undefined }, 'option "credentials" must be { accessKeyId, secretAccessKey } or a function'],
    [{ credentials: { accessKeyId: "a" } }, "credentials.secretAccessKey must be a non-empty string; got undefined"],
    [{ endpoint: "localhost:4566" }, 'option "endpoint" must be an http: or https: URL without query or fragment'],
    [{ endpoint: "not a url" }, 'option "endpoint" must be an absolute http(s) URL such as "http://127.0.0.1:4566"'],
    [{ endpoint: "http://h/?x=1" }, 'option "endpoint" must be an http: or https: URL without query or fragment'],
    [{ useFipsEndpoint: "yes" }, 'option "useFipsEndpoint" must be a boolean; got "yes"'],
    [{ fetch: "fetch" }, 'option "fetch" must be a function (request: Request) => Promise<Response>; got "fetch"'],
    [{ maxAttempts: 0 }, 'option "maxAttempts" must be an integer ≥ 1; got 0'],
    [{ maxAttempts: 2.5 }, 'option "maxAttempts" must be an integer ≥ 1; got 2.5'],
    [{ timeoutMs: -1 }, 'option "timeoutMs" must be a finite number ≥ 1; got -1'],
    [{ timeoutMs: Number.POSITIVE_INFINITY }, 'option "timeoutMs" must be a finite number ≥ 1; got Infinity'],
    [{ retryBaseDelayMs: "100" }, 'option "retryBaseDelayMs" must be a finite number ≥ 0; got "100"'],
    [
      { retryBaseDelayMs: 500, retryMaxDelayMs: 100 },
      'option "retryMaxDelayMs" must be a finite number ≥ 500; got 100',
    ],
    [{ maxAttempt: 5 }, 'unknown option "maxAttempt"; the options are region, credentials, endpoint'],
  ])("rejects %j", (extra, message) => {
    expect(() => resolveOptions(optionsWith(extra))).toThrow(ConfigurationError);
    expect(() => resolveOptions(optionsWith(extra))).toThrow(message);
  });

  it("rejects a missing options object", () => {
    expect(() => resolveOptions(undefined as unknown as ServiceClientOptions)).toThrow(
      "createMiniClient: expected an options object; got undefined",
    );
  });
});
