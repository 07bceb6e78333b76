import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { creationKey, SortedIndex } from "./sorted-index.js";

const contents = <T>(index: SortedIndex<T>) =>
  Array.from({ length: index.size }, (_, i) => [index.keyAt(i), index.itemAt(i)] as const);

describe("SortedIndex", () => {
  it("keeps its items in key order whatever the order of inserts and removes, one item per key", () => {
    const op = fc.record({ remove: fc.boolean(), key: fc.string({ maxLength: 3 }), value: fc.nat() });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const index = new SortedIndex<number>();
        const model = new Map<string, number>();
        for (const { remove, key, value } of ops) {
          if (remove) {
            index.remove(key);
            model.delete(key);
          } else {
            index.insert(key, value);
            model.set(key, value);
          }
        }
        expect(contents(index)).toEqual([...model].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      }),
    );
  });

  it("finds where the items after a key start, whether or not the key is held", () => {
    const index = new SortedIndex<string>();
    for (const k of ["d", "b", "f"]) {
      index.insert(k, k.toUpperCase());
    }
    expect([index.after(""), index.after("b"), index.after("c"), index.after("f"), index.after("z")]).toEqual([
      0, 1, 1, 3, 3,
    ]);
    index.clear();
    expect(index.size).toBe(0);
  });

  it("orders creation keys as the dates, then the ids", () => {
    expect(creationKey(9, "z") < creationKey(10, "a")).toBe(true);
    expect(creationKey(1_700_000_000.5, "a") < creationKey(1_700_000_000.5, "b")).toBe(true);
  });
});
