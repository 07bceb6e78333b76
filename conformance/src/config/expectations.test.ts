import { describe, expect, it } from "vitest";
import { expectationsFor, knownTargets, parseExpectations } from "./expectations.js";
import { ConfigError } from "./validate.js";

describe("expectations", () => {
  it("parses entries keyed by check id", () => {
    expect(
      parseExpectations({ "TAG-LIMIT-003": { status: "fails", reason: "no per-resource cap" } }, "x.json"),
    ).toEqual({
      "TAG-LIMIT-003": { status: "fails", reason: "no per-resource cap" },
    });
  });

  it.each([
    [{ "NOPE-001": { status: "fails", reason: "r" } }, '"NOPE-001" is not a check id'],
    [{ "TAG-LIMIT-003": { status: "broken", reason: "r" } }, 'status must be "fails" or "skip"'],
    [{ "TAG-LIMIT-003": { status: "skip" } }, "reason must say why"],
    [{ "TAG-LIMIT-003": "fails" }, "must be an object"],
  ])("rejects %j", (doc, message) => {
    expect(() => parseExpectations(doc, "x.json")).toThrow(ConfigError);
    expect(() => parseExpectations(doc, "x.json")).toThrow(message);
  });

  it("ships valid files, and none for the reference emulator (zero false alarms)", () => {
    expect(knownTargets()).toEqual(expect.arrayContaining(["aws", "reference-emulator"]));
    for (const target of knownTargets()) {
      expect(() => expectationsFor(target)).not.toThrow();
    }
    expect(expectationsFor("reference-emulator")).toEqual({});
  });
});
