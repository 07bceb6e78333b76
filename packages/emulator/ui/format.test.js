// @ts-check
import { describe, expect, it } from "vitest";
import { escapeHtml, formatDuration, formatTime, secondsOf, stateClass } from "./format.js";

describe("dashboard formatting", () => {
  it("escapes every character that could open markup or close an attribute", () => {
    expect(escapeHtml(`<b a="x" b='y'>&</b>`)).toBe("&lt;b a=&quot;x&quot; b=&#39;y&#39;&gt;&amp;&lt;/b&gt;");
  });

  it("writes emulated epoch seconds as UTC date and time", () => {
    expect(formatTime(1763769605.75)).toBe("2025-11-22 00:00:05");
    expect(formatTime(undefined)).toBe("");
  });

  it("writes a countdown in at most two units, dropping zero ones", () => {
    expect(formatDuration(7 * 86_400)).toBe("7 d");
    expect(formatDuration(6 * 86_400 + 23 * 3_600 + 59)).toBe("6 d 23 h");
    expect(formatDuration(3_600 + 5)).toBe("1 h");
    expect(formatDuration(185)).toBe("3 min 5 s");
    expect(formatDuration(0)).toBe("0 s");
    expect(formatDuration(-3)).toBe("0 s");
  });

  it("names a state's class after its word, and converts the advance form's units", () => {
    expect(stateClass("PENDING_DELETION")).toBe("state state-pending-deletion");
    expect(secondsOf(2, "hours")).toBe(7_200);
    expect(() => secondsOf(-1, "seconds")).toThrow();
    expect(() => secondsOf(1, "weeks")).toThrow();
  });
});
