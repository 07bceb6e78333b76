import { describe, expect, it } from "vitest";
import { signingClock } from "./clock-skew.js";

const local = Date.parse("2026-11-22T10:00:00Z");

describe("signingClock", () => {
  it("follows the local clock until told otherwise", () => {
    expect(
      signingClock(() => local)
        .now()
        .toISOString(),
    ).toBe("2026-11-22T10:00:00.000Z");
  });

  it("adopts a server time more than 5 minutes away", () => {
    const clock = signingClock(() => local);
    expect(clock.adjust("Sun, 22 Nov 2026 11:00:00 GMT")).toBe(true);
    expect(clock.now().toISOString()).toBe("2026-11-22T11:00:00.000Z");
    expect(clock.adjust("Sun, 22 Nov 2026 11:02:00 GMT")).toBe(false);
  });

  it("ignores small differences and missing or unreadable dates", () => {
    const clock = signingClock(() => local);
    expect(clock.adjust("Sun, 22 Nov 2026 10:04:59 GMT")).toBe(false);
    expect(clock.adjust(null)).toBe(false);
    expect(clock.adjust("yesterday")).toBe(false);
    expect(clock.now().toISOString()).toBe("2026-11-22T10:00:00.000Z");
  });
});
