import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseConfig } from "./file.js";
import { ConfigError } from "./validate.js";

const sample = JSON.parse(readFileSync(new URL("../../conformance.sample.json", import.meta.url), "utf8")) as unknown;

describe("parseConfig", () => {
  it("accepts the shipped sample, comments included", () => {
    const config = parseConfig(sample, "conformance.sample.json");
    expect(config.targetName).toBe("aws");
    expect(config.regions?.primary).toBe("us-east-1");
    expect(Object.keys(config.readyBackups ?? {})).toContain("us-east-1");
    expect(config.backup?.resourceArn).toContain(":elasticfilesystem:us-east-1:");
  });

  it("accepts an empty document", () => {
    expect(parseConfig({}, "c.json")).toEqual({});
  });

  it.each([
    [[], "c.json must be an object, got []"],
    [{ regoins: {} }, 'unknown key "regoins"'],
    [{ endpoint: "localhost:4566" }, '"endpoint" must be an http(s) URL'],
    [{ regions: { primary: "us-iso-east-1" } }, '"regions.primary" must be a CloudHSM region name'],
    [{ readyBackups: { "us-east-1": "" } }, '"readyBackups.us-east-1" must be the id of an existing READY backup'],
    [{ readyBackups: { mars: "backup-abcdefghijk" } }, "must be a CloudHSM region name"],
    [{ levels: ["required", "nice-to-have"] }, '"nice-to-have" is not one of required, legacy, advisory'],
    [{ groups: ["tagz"] }, '"tagz" is not one of id-precedence'],
    [{ services: ["s3"] }, '"s3" is not one of cloudhsmv2, backup'],
    [{ allowBillable: "yes" }, '"allowBillable" must be true or false'],
    [{ timing: { pollIntervalMs: -1 } }, '"timing.pollIntervalMs" must be a positive integer'],
    [
      { secondAccount: { accountId: "42", credentials: { accessKeyId: "a", secretAccessKey: "b" } } },
      "12-digit account id",
    ],
    [{ credentials: { accessKeyId: "a" } }, '"credentials".secretAccessKey must be a non-empty string'],
    [{ cluster: { subnetIds: ["sn-1"] } }, "must be a subnet id"],
  ])("rejects %j naming what is wrong", (doc, message) => {
    expect(() => parseConfig(doc, "c.json")).toThrow(ConfigError);
    expect(() => parseConfig(doc, "c.json")).toThrow(message);
  });
});
