import { describe, expect, it } from "vitest";
import { cut, excerpt, jsonDepth } from "./json-limits.js";

describe("JSON limits", () => {
  it("measures nesting on the text, skipping brackets inside strings", () => {
    expect(jsonDepth("")).toBe(0);
    expect(jsonDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(jsonDepth('{"a":"[[[{{{\\"[["}')).toBe(1);
    expect(jsonDepth("[".repeat(100_000))).toBe(100_000);
  });

  it("cuts long values and never throws on values too deep to write", () => {
    expect(cut("short", 10)).toBe("short");
    expect(cut("x".repeat(300), 5)).toBe("xxxxx… (295 more characters)");
    expect(excerpt({ a: 1 }, 100)).toBe('{"a":1}');
    let deep: unknown[] = [];
    for (let i = 0; i < 200_000; i++) {
      deep = [deep];
    }
    expect(excerpt(deep, 10)).toBe("[…]");
  });
});
