import { describe, expect, it } from "vitest";
import { createIdGenerator } from "./ids.js";

describe("createIdGenerator", () => {
  const ids = createIdGenerator();
  it("issues IDs in AWS's observed format", () => {
    for (let i = 0; i < 200; i++) {
      expect(ids.id("backup")).toMatch(/^backup-[a-z2-7]{11}$/);
      expect(ids.id("cluster")).toMatch(/^cluster-[a-z2-7]{11}$/);
      expect(ids.id("hsm")).toMatch(/^hsm-[a-z2-7]{11}$/);
    }
  });
  it("issues hex strings of the requested length", () => {
    expect(ids.hex(17)).toMatch(/^[0-9a-f]{17}$/);
    expect(ids.hex(8)).toMatch(/^[0-9a-f]{8}$/);
  });
  it("is deterministic for a given random source", () => {
    const fixed = createIdGenerator((n) => new Uint8Array(n).fill(1));
    expect(fixed.id("backup")).toBe("backup-bbbbbbbbbbb");
  });
});
