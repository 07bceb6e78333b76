import { describe, expect, it } from "vitest";
import { createReplyBatch } from "./reply-batch.js";

const turnEnd = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("reply batch", () => {
  it("writes a lone reply when the turn ends, not before", async () => {
    const batch = createReplyBatch({ replies: 4, bytes: 1000 });
    const written: string[] = [];
    batch(() => written.push("a"), 10);
    await Promise.resolve();
    expect(written).toEqual([]);
    await turnEnd();
    expect(written).toEqual(["a"]);
  });

  it("writes the waiting replies in order as soon as a batch is full, and the rest when the turn ends", async () => {
    const batch = createReplyBatch({ replies: 3, bytes: 1000 });
    const written: number[] = [];
    for (let i = 0; i < 5; i++) {
      batch(() => written.push(i), 10);
    }
    expect(written).toEqual([0, 1, 2]);
    await turnEnd();
    expect(written).toEqual([0, 1, 2, 3, 4]);
  });

  it("writes at once when the waiting replies reach the byte bound, so a large reply does not wait", async () => {
    const batch = createReplyBatch({ replies: 8, bytes: 1000 });
    const written: string[] = [];
    batch(() => written.push("small"), 10);
    batch(() => written.push("large"), 990);
    expect(written).toEqual(["small", "large"]);
    batch(() => written.push("larger"), 5000);
    expect(written).toEqual(["small", "large", "larger"]);
    batch(() => written.push("next"), 10);
    expect(written).toHaveLength(3);
    await turnEnd();
    expect(written).toEqual(["small", "large", "larger", "next"]);
  });

  it("writes every reply once, over several turns", async () => {
    const batch = createReplyBatch({ replies: 2, bytes: 1000 });
    const written: number[] = [];
    for (let turn = 0; turn < 3; turn++) {
      batch(() => written.push(turn * 10), 1);
      await turnEnd();
      batch(() => written.push(turn * 10 + 1), 1);
      batch(() => written.push(turn * 10 + 2), 1);
      batch(() => written.push(turn * 10 + 3), 1);
      await turnEnd();
    }
    expect(written).toEqual([0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23]);
  });

  it("writes the other replies of a batch when one write throws, then throws its error", () => {
    const batch = createReplyBatch({ replies: 3, bytes: 1000 });
    const written: string[] = [];
    batch(() => written.push("a"), 1);
    batch(() => {
      throw new Error("socket gone");
    }, 1);
    expect(() => batch(() => written.push("c"), 1)).toThrow("socket gone");
    expect(written).toEqual(["a", "c"]);
  });

  it("refuses limits that are not whole numbers of at least 1, naming the limit", () => {
    expect(() => createReplyBatch({ replies: 0, bytes: 10 })).toThrow(/replies must be .* at least 1, not 0/);
    expect(() => createReplyBatch({ replies: 2, bytes: 1.5 })).toThrow(/bytes must be a whole number/);
  });
});
