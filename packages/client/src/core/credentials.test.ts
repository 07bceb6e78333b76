import { describe, expect, it } from "vitest";
import { toCredentialProvider } from "./credentials.js";
import { ConfigurationError } from "./options/configuration-error.js";

const keys = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };

describe("toCredentialProvider", () => {
  it("returns static keys as given", async () => {
    await expect(toCredentialProvider(keys)()).resolves.toEqual(keys);
  });

  it("rejects static keys that miss a member, naming it", () => {
    expect(() => toCredentialProvider({ accessKeyId: "a" })).toThrow(
      new ConfigurationError("credentials.secretAccessKey must be a non-empty string; got undefined"),
    );
    expect(() => toCredentialProvider("AKID:secret")).toThrow(/credentials must be \{ accessKeyId.*; got a string$/);
    expect(() => toCredentialProvider({ ...keys, expiration: "tomorrow" })).toThrow(
      'credentials.expiration must be a Date when set; got "tomorrow"',
    );
  });

  it("calls a provider once and shares the result between concurrent callers", async () => {
    let calls = 0;
    const provider = toCredentialProvider(async () => {
      calls += 1;
      return keys;
    });
    await Promise.all([provider(), provider(), provider()]);
    await provider();
    expect(calls).toBe(1);
  });

  it("refreshes credentials 5 minutes before they expire", async () => {
    let clock = 0;
    let calls = 0;
    const provider = toCredentialProvider(
      async () => {
        calls += 1;
        return { ...keys, sessionToken: `token-${calls}`, expiration: new Date(clock + 10 * 60_000) };
      },
      () => clock,
    );
    expect((await provider()).sessionToken).toBe("token-1");
    clock = 4 * 60_000;
    expect((await provider()).sessionToken).toBe("token-1");
    clock = 5 * 60_000;
    expect((await provider()).sessionToken).toBe("token-2");
  });

  it("does not cache a failure", async () => {
    let calls = 0;
    const provider = toCredentialProvider(async () => {
      calls += 1;
      if (calls === 1) {
        throw new Error("IMDS unreachable");
      }
      return keys;
    });
    await expect(provider()).rejects.toThrow("IMDS unreachable");
    await expect(provider()).resolves.toEqual(keys);
  });

  it("rejects what a provider returns when it is not credentials", async () => {
    const provider = toCredentialProvider(async () => ({ accessKeyId: "a", secretAccessKey: "" }));
    await expect(provider()).rejects.toThrow(
      'the value returned by the credentials provider.secretAccessKey must be a non-empty string; got ""',
    );
  });
});
