import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BodyChunks, keptJson } from "../core/protocol/body-chunks.js";
import { createReplyBuffers } from "./reply-buffers.js";

const KIB = 1024;

describe("createReplyBuffers", () => {
  it("gives a text's UTF-8 bytes, ASCII or not, small, pooled or too large to pool", () => {
    const buffers = createReplyBuffers();
    const texts = [
      "",
      '{"Backups":[]}',
      "tag: café",
      "emoji 🔐",
      "lone \ud800 surrogate",
      "\u007f\u0080",
      "a".repeat(5 * KIB),
      "é".repeat(3 * KIB),
      "x".repeat(1024 * KIB + 1),
    ];
    for (const text of texts) {
      expect(buffers.encode(text).bytes.equals(Buffer.from(text, "utf8"))).toBe(true);
    }
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 6000 }), (text) => {
        const reply = buffers.encode(text);
        const same = reply.bytes.equals(Buffer.from(text, "utf8"));
        reply.release();
        return same;
      }),
      { numRuns: 300 },
    );
  });

  it("gives the bytes of a body in pieces, small, pooled or too large to pool", () => {
    const buffers = createReplyBuffers();
    const record = keptJson('{"CopyJobId":"é"}');
    for (const count of [1, 400, 70_000]) {
      const chunks = [
        '{"CopyJobs":[',
        ...Array.from({ length: count }, (_, i) => (i === 0 ? [record] : [",", record])).flat(),
        "]}",
      ];
      const reply = buffers.encode(new BodyChunks(chunks));
      expect(reply.bytes.toString("utf8")).toBe(`{"CopyJobs":[${Array(count).fill('{"CopyJobId":"é"}').join(",")}]}`);
      reply.release();
    }
    expect(buffers.pooledBytes()).toBe(8 * KIB); // only the page of 400 (~7.6 KB): 1 is under 4 KiB, 70,000 over 1 MiB
  });

  it("writes a released buffer again, and never one still held", () => {
    const buffers = createReplyBuffers();
    const first = buffers.encode("a".repeat(10 * KIB));
    const held = buffers.encode("b".repeat(10 * KIB));
    expect(held.bytes.buffer).not.toBe(first.bytes.buffer);
    first.release();
    const next = buffers.encode("c".repeat(9 * KIB));
    expect(next.bytes.buffer).toBe(first.bytes.buffer);
    expect(held.bytes.toString()).toBe("b".repeat(10 * KIB));
  });

  it("takes a buffer back once however often it is released, and keeps at most 8 MiB", () => {
    const buffers = createReplyBuffers();
    const reply = buffers.encode("a".repeat(10 * KIB));
    reply.release();
    reply.release();
    expect(buffers.pooledBytes()).toBe(16 * KIB);
    const many = Array.from({ length: 20 }, () => buffers.encode("m".repeat(1000 * KIB)));
    for (const r of many) {
      r.release();
    }
    expect(buffers.pooledBytes()).toBeLessThanOrEqual(8 * 1024 * KIB);
    expect(buffers.pooledBytes()).toBeGreaterThan(7 * 1024 * KIB);
  });

  it("leaves replies under 4 KiB and over 1 MiB out of the pool", () => {
    const buffers = createReplyBuffers();
    buffers.encode("s".repeat(4 * KIB - 1)).release();
    buffers.encode("l".repeat(1024 * KIB + 1)).release();
    expect(buffers.pooledBytes()).toBe(0);
  });
});
