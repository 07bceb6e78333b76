import { describe, expect, it } from "vitest";
import { ERROR_NAMES, OPERATION_NAMES, pathOf, targetOf } from "../src/index.js";
import { loadModel, loadSpec } from "./load.js";

describe("operation tables", () => {
  it("OPERATION_NAMES lists exactly the model's operations", () => {
    expect([...OPERATION_NAMES].sort()).toEqual(Object.keys(loadModel().operations).sort());
  });

  it("ERROR_NAMES lists exactly the model's error shapes", () => {
    const errors = Object.entries(loadModel().shapes)
      .filter(([, shape]) => shape.exception)
      .map(([name]) => name);
    expect([...ERROR_NAMES].sort()).toEqual(errors.sort());
  });

  it("pathOf and targetOf name the spec's paths", () => {
    const paths = Object.keys(loadSpec().paths).sort();
    expect(OPERATION_NAMES.map((op) => pathOf(op)).sort()).toEqual(paths);
    expect(targetOf("DescribeBackups")).toBe("BaldrApiService.DescribeBackups");
  });
});
