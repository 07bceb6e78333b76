import { describe, expect, it } from "vitest";
import { malformedPlaceholdersIn, parsePlaceholder, placeholdersIn, templateOf } from "./placeholders.js";

describe("placeholders", () => {
  it("parse references and timestamps, and nothing else", () => {
    expect(parsePlaceholder("<backup-id:12>")).toEqual({ kind: "backup-id", n: 12 });
    expect(parsePlaceholder("<timestamp:3:epoch-ms>")).toEqual({ kind: "timestamp", n: 3, format: "epoch-ms" });
    for (const text of [
      "<backup-id:0>",
      "<timestamp:3>",
      "<timestamp:3:hours>",
      "<backup-id:1:x>",
      "<cat:1>",
      "x<ip:1>",
    ]) {
      expect(parsePlaceholder(text), text).toBeUndefined();
    }
  });

  it("are found inside strings, in order, and reduce to a template", () => {
    const arn = "arn:aws:cloudhsm:<region:1>:<account:2>:backup/<backup-id:3>";
    expect(placeholdersIn(arn).map((p) => `${p.kind}:${p.n}`)).toEqual(["region:1", "account:2", "backup-id:3"]);
    expect(templateOf(arn)).toBe("arn:aws:cloudhsm:<region>:<account>:backup/<backup-id>");
    expect(templateOf("<timestamp:4:epoch-s>")).toBe("<timestamp:epoch-s>");
  });

  it("tell malformed ones apart from text that only looks alike", () => {
    expect(malformedPlaceholdersIn("<backup-id:0> <region:1> <certificate string> <timestamp:1>")).toEqual([
      "<backup-id:0>",
      "<timestamp:1>",
    ]);
  });
});
