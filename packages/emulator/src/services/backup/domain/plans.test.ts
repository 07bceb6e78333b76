import { describe, expect, it } from "vitest";
import { MAX_START_WINDOW_MINUTES, startWindowProblem } from "./plans.js";

describe("a plan rule's StartWindowMinutes", () => {
  it("is at least 60 minutes and at most 100 years (52,560,000 minutes), both ends included", () => {
    expect(startWindowProblem(undefined)).toBeUndefined();
    expect(startWindowProblem(60)).toBeUndefined();
    expect(startWindowProblem(MAX_START_WINDOW_MINUTES)).toBeUndefined();
    expect(startWindowProblem(59)).toMatch(/at least 60 minutes/);
    expect(startWindowProblem(MAX_START_WINDOW_MINUTES + 1)).toMatch(/52560000 minutes/);
  });
});
