import { describe, expect, it } from "vitest";
import { SigningKeyCache } from "./signing-key-cache.js";

describe("SigningKeyCache", () => {
  it("keeps only the latest signing key", () => {
    const cache = new SigningKeyCache();
    const first = new ArrayBuffer(32);
    const second = new ArrayBuffer(32);
    cache.set("secret-1,20261130,eu-west-1,cloudhsm", first);
    expect(cache.get("secret-1,20261130,eu-west-1,cloudhsm")).toBe(first);
    cache.set("secret-2,20261201,eu-west-1,cloudhsm", second);
    expect(cache.size).toBe(1);
    expect(cache.get("secret-1,20261130,eu-west-1,cloudhsm")).toBeUndefined();
    expect(cache.get("secret-2,20261201,eu-west-1,cloudhsm")).toBe(second);
  });
});
