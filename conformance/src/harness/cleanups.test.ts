import { CloudHsmResourceNotFoundException } from "@cloudhsm-kit/client";
import { describe, expect, it } from "vitest";
import { Cleanups } from "./cleanups.js";

describe("Cleanups", () => {
  it("runs every action in reverse order, logging failures but for resources already gone", async () => {
    const done: string[] = [];
    const cleanups = new Cleanups();
    cleanups.push("first", async () => done.push("first"));
    cleanups.push("gone", async () => {
      throw new CloudHsmResourceNotFoundException({
        message: "no such backup",
        $metadata: { httpStatusCode: 400, attempts: 1, totalRetryDelay: 0 },
      });
    });
    cleanups.push("broken", async () => {
      throw new Error("boom");
    });
    cleanups.push("last", async () => done.push("last"));
    const failures = await cleanups.run();
    expect(done).toEqual(["last", "first"]);
    expect(failures).toEqual([{ what: "broken", error: "Error: boom" }]);
    expect(cleanups.size).toBe(0);
  });

  it("runs an action pushed after the stack ran at once", async () => {
    const cleanups = new Cleanups();
    await cleanups.run();
    let ran = false;
    cleanups.push("late", async () => {
      ran = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(ran).toBe(true);
  });
});
