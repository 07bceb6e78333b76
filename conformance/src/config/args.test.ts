import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./args.js";
import { ConfigError } from "./validate.js";

describe("parseCliArgs", () => {
  it("defaults to the run command with nothing set", () => {
    expect(parseCliArgs([])).toMatchObject({ command: "run", help: false, allowBillable: false, json: false });
  });

  it("reads every flag and the subcommand", () => {
    const args = parseCliArgs([
      "list",
      "--endpoint",
      "http://127.0.0.1:4566",
      "--region",
      "eu-west-1",
      "--levels",
      "required",
      "--groups",
      "tags",
      "--report-dir",
      "out",
      "--target",
      "moto",
      "--allow-billable",
      "--json",
    ]);
    expect(args).toMatchObject({
      command: "list",
      endpoint: "http://127.0.0.1:4566",
      region: "eu-west-1",
      levels: "required",
      groups: "tags",
      reportDir: "out",
      target: "moto",
      allowBillable: true,
      json: true,
    });
  });

  it("names an unknown flag, a missing value and an unknown command", () => {
    expect(() => parseCliArgs(["--bogus"])).toThrow(ConfigError);
    expect(() => parseCliArgs(["--bogus"])).toThrow(/--bogus/);
    expect(() => parseCliArgs(["--endpoint"])).toThrow(/--endpoint/);
    expect(() => parseCliArgs(["frobnicate"])).toThrow(
      /unknown command "frobnicate": expected one of run, list, sweep/,
    );
    expect(() => parseCliArgs(["run", "extra"])).toThrow(/unexpected argument "extra"/);
  });
});
