import { describe, expect, it } from "vitest";
import { handOver, keepRecordsOf } from "./handed-over.js";

describe("handed-over documents", () => {
  it("keep their records; any other document is copied", () => {
    const doc = { namespaces: [] };
    expect(keepRecordsOf(doc)).toBe("copies");
    expect(handOver(doc)).toBe(doc);
    expect(keepRecordsOf(doc)).toBe("records");
    expect(keepRecordsOf({ namespaces: [] })).toBe("copies");
    expect(keepRecordsOf(handOver(null))).toBe("copies");
    expect(keepRecordsOf(handOver("text"))).toBe("copies");
  });
});
