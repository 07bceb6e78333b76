import { describe, expect, it } from "vitest";
import { BackupError } from "./errors.js";
import { calculatedLifecycle, checkLifecycle, lifecycleProblem } from "./lifecycle.js";

const DAY = 86_400;

describe("the lifecycle rules of AWS Backup", () => {
  it("accept an expiry exactly 90 days after the move to cold storage, and refuse 89", () => {
    expect(lifecycleProblem({ MoveToColdStorageAfterDays: 30, DeleteAfterDays: 120 })).toBeUndefined();
    expect(lifecycleProblem({ MoveToColdStorageAfterDays: 30, DeleteAfterDays: 119 })).toBe(
      "Invalid lifecycle. DeleteAfterDays cannot be less than 90 days apart from MoveToColdStorageAfterDays",
    );
  });

  it("validate a present cold setting even when it is 0, and apply nothing when it is absent", () => {
    expect(lifecycleProblem({ MoveToColdStorageAfterDays: 0, DeleteAfterDays: 15 })).toMatch(/90 days apart/);
    expect(lifecycleProblem({ DeleteAfterDays: 15 })).toBeUndefined();
  });

  it("keep retention within 1 to 36,500 days, with -1 meaning forever", () => {
    expect(lifecycleProblem({ DeleteAfterDays: 0 })).toMatch(/less than 1 or more than 36500 days/);
    expect(lifecycleProblem({ DeleteAfterDays: 36_501 })).toMatch(/less than 1 or more than 36500 days/);
    expect(lifecycleProblem({ DeleteAfterDays: -1, MoveToColdStorageAfterDays: -1 })).toBeUndefined();
  });

  it("refuse DeleteAfterEvent, which the model says is not valid as an input", () => {
    expect(lifecycleProblem({ DeleteAfterEvent: "DELETE_AFTER_COPY" })).toMatch(/DeleteAfterEvent/);
  });

  it("name the rule as AWS's observed error does, with the rule and the problem as Context", () => {
    const refusal = (() => {
      try {
        checkLifecycle({ MoveToColdStorageAfterDays: 30, DeleteAfterDays: 100 }, "Yearly-Backups");
      } catch (error) {
        return error;
      }
    })() as BackupError;
    expect(refusal).toBeInstanceOf(BackupError);
    expect(refusal).toMatchObject({ name: "InvalidParameterValueException", status: 400 });
    expect(refusal.message).toBe(
      "Error in rule Yearly-Backups : Invalid lifecycle. DeleteAfterDays cannot be less than 90 days apart from MoveToColdStorageAfterDays",
    );
    expect(JSON.parse(refusal.context ?? "")).toEqual(["Yearly-Backups", expect.stringMatching(/^Invalid lifecycle/)]);
  });

  it("count the calculated dates from the creation date, ignoring cold storage where the type has none", () => {
    const lifecycle = { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 120 };
    expect(calculatedLifecycle(1000, lifecycle, true)).toEqual({
      MoveToColdStorageAt: 1000 + 30 * DAY,
      DeleteAt: 1000 + 120 * DAY,
    });
    expect(calculatedLifecycle(1000, lifecycle, false)).toEqual({ DeleteAt: 1000 + 120 * DAY });
    expect(calculatedLifecycle(1000, { DeleteAfterDays: -1 }, true)).toEqual({});
  });
});
