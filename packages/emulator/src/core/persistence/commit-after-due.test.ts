import { describe, expect, it } from "vitest";
import { commitAfterDue } from "./commit-after-due.js";

function deps(dueRan: boolean, commitFails = false) {
  const calls: string[] = [];
  return {
    calls,
    runDue: () => {
      calls.push("runDue");
      return dueRan;
    },
    committed: () => {
      calls.push("committed");
      if (commitFails) {
        throw new Error("disk full");
      }
    },
  };
}

describe("commitAfterDue", () => {
  it("persists a change, and a read only when due transitions ran", () => {
    const change = deps(false);
    expect(commitAfterDue(change, true, () => "out")).toBe("out");
    expect(change.calls).toEqual(["runDue", "committed"]);
    const quietRead = deps(false);
    commitAfterDue(quietRead, false, () => "out");
    expect(quietRead.calls).toEqual(["runDue"]);
    const readAfterTransitions = deps(true);
    commitAfterDue(readAfterTransitions, false, () => "out");
    expect(readAfterTransitions.calls).toEqual(["runDue", "committed"]);
  });

  it("persists what the due transitions did when the work fails, and rethrows the work's error", () => {
    const d = deps(true);
    expect(() =>
      commitAfterDue(d, true, () => {
        throw new Error("refused");
      }),
    ).toThrow("refused");
    expect(d.calls).toEqual(["runDue", "committed"]);
    const untouched = deps(false);
    expect(() =>
      commitAfterDue(untouched, true, () => {
        throw new Error("refused");
      }),
    ).toThrow("refused");
    expect(untouched.calls).toEqual(["runDue"]);
  });

  it("reports a failed persist instead of the result", () => {
    expect(() => commitAfterDue(deps(false, true), true, () => "out")).toThrow("disk full");
  });
});
