import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./args.js";
import { resolveRun } from "./resolve.js";

const resolve = (argv: string[], env: NodeJS.ProcessEnv = {}) => resolveRun(parseCliArgs(argv), env);

describe("resolveRun", () => {
  it("runs the reference emulator with its expectations when nothing is given", () => {
    const run = resolve([]);
    expect(run.mode).toBe("reference");
    expect(run.options.targetName).toBe("reference-emulator");
    expect(run.options.expectations).toEqual({});
    expect(run.options.referenceEmulator).toEqual({ legacyClusterIdCopy: true });
    expect(run.options.endpoint).toBeUndefined();
    expect(run.reportDir).toBe("conformance-report");
    expect(run.engine).toBe("vitest");
    expect(run.options.runId).toMatch(/^run-\d{8}-[0-9a-f]{6}$/);
  });

  it("takes flags over environment variables", () => {
    const env = { CLOUDHSM_ENDPOINT: "http://127.0.0.1:1111", AWS_REGION: "eu-west-1", CONFORMANCE_LEVELS: "advisory" };
    const run = resolve(["--endpoint", "http://127.0.0.1:2222", "--levels", "required,legacy"], env);
    expect(run.mode).toBe("endpoint");
    expect(run.options.endpoint).toBe("http://127.0.0.1:2222");
    expect(run.options.regions?.primary).toBe("eu-west-1");
    expect(run.options.levels).toEqual(["required", "legacy"]);
    expect(run.options.targetName).toBeUndefined();
    expect(run.options.referenceEmulator).toBeUndefined();
  });

  it("reads the environment when no flag is given", () => {
    const run = resolve([], {
      CLOUDHSM_ENDPOINT: "http://127.0.0.1:1111",
      CONFORMANCE_GROUPS: "tags,partitions",
      CONFORMANCE_REPORT_DIR: "r",
      CONFORMANCE_ALLOW_BILLABLE: "1",
      CONFORMANCE_RUN_ID: "ci-42",
    });
    expect(run.options).toMatchObject({ groups: ["tags", "partitions"], allowBillable: true, runId: "ci-42" });
    expect(run.reportDir).toBe("r");
  });

  it("selects real AWS only with --target aws", () => {
    const run = resolve(["--target", "aws", "--region", "us-west-2"]);
    expect(run.mode).toBe("aws");
    expect(run.options.endpoint).toBeUndefined();
    expect(run.options.expectations).toEqual({});
  });

  it("explains what is wrong with a flag", () => {
    expect(() => resolve(["--target", "moto"])).toThrow("--target moto needs an endpoint");
    expect(() => resolve(["--endpoint", "ftp://x"])).toThrow("--endpoint must be an http(s) URL");
    expect(() => resolve(["--levels", "mandatory"])).toThrow('"mandatory" is not one of required, legacy, advisory');
    expect(() => resolve(["--region", "moon-1"])).toThrow("--region must be a CloudHSM region name");
    expect(() => resolve(["--checks", "NOPE-001"])).toThrow('"NOPE-001" is not one of');
    expect(() => resolve(["--engine", "jest"])).toThrow("--engine must be vitest or direct");
    expect(() => resolve(["--endpoint", "http://127.0.0.1:1", "--target", "nosuch"])).toThrow(
      "there is no expectations/nosuch.json",
    );
    expect(() => resolve(["--config", "/nonexistent/c.json"])).toThrow("cannot read the file");
    expect(() => resolve(["--run-id", "bad#id!"])).toThrow(
      '--run-id must be a tag value of 1 to 200 letters, digits or ._:/=+@-, got "bad#id!"',
    );
  });

  it("names the environment variable that is wrong, not a flag", () => {
    expect(() => resolve([], { CONFORMANCE_LEVELS: "bogus" })).toThrow('CONFORMANCE_LEVELS: "bogus" is not one of');
    expect(() => resolve([], { CONFORMANCE_GROUPS: "nope" })).toThrow('CONFORMANCE_GROUPS: "nope" is not one of');
    expect(() => resolve([], { CONFORMANCE_SERVICES: "s3" })).toThrow(
      'CONFORMANCE_SERVICES: "s3" is not one of cloudhsmv2, backup',
    );
    expect(() => resolve([], { CONFORMANCE_CHECKS: "NOPE-001" })).toThrow('CONFORMANCE_CHECKS: "NOPE-001"');
    expect(() => resolve([], { CONFORMANCE_RUN_ID: "a b" })).toThrow("CONFORMANCE_RUN_ID must be a tag value");
    expect(() => resolve([], { CONFORMANCE_ENGINE: "jest" })).toThrow("CONFORMANCE_ENGINE must be vitest or direct");
    expect(() => resolve(["--target", "aws"], { AWS_REGION: "moon-1" })).toThrow(
      "AWS_REGION must be a CloudHSM region",
    );
    expect(() => resolve([], { CONFORMANCE_ALLOW_BILLABLE: "maybe" })).toThrow(
      'CONFORMANCE_ALLOW_BILLABLE must be 1, true, yes, 0, false or no, got "maybe"',
    );
  });

  it("reads CONFORMANCE_ALLOW_BILLABLE as an explicit switch", () => {
    expect(resolve([], { CONFORMANCE_ALLOW_BILLABLE: "TRUE" }).options.allowBillable).toBe(true);
    expect(resolve([], { CONFORMANCE_ALLOW_BILLABLE: "0" }).options.allowBillable).toBe(false);
    expect(resolve(["--allow-billable"], { CONFORMANCE_ALLOW_BILLABLE: "no" }).options.allowBillable).toBe(true);
  });

  it("takes --record as a folder, resolved against the working directory, and refuses an empty one", () => {
    expect(resolve(["--target", "aws", "--record", "rec"]).options.recordDir).toBe(`${process.cwd()}/rec`);
    expect(resolve([], { CONFORMANCE_RECORD_DIR: "/tmp/r" }).options.recordDir).toBe("/tmp/r");
    expect(() => resolve(["--record", " "])).toThrow("--record needs a folder");
  });

  it("takes --shard i/n and refuses anything else, naming the flag or variable", () => {
    expect(resolve(["--shard", "2/4"]).options.shard).toEqual({ index: 2, count: 4 });
    expect(resolve([], { CONFORMANCE_SHARD: "1/1" }).options.shard).toEqual({ index: 1, count: 1 });
    expect(() => resolve(["--shard", "5/4"])).toThrow('--shard must be i/n with 1 ≤ i ≤ n (e.g. 2/4), got "5/4"');
    expect(() => resolve([], { CONFORMANCE_SHARD: "half" })).toThrow("CONFORMANCE_SHARD must be i/n");
  });

  it("takes the files of merge as positional arguments, and no stray words elsewhere", () => {
    expect(parseCliArgs(["merge", "a/results.json", "b/results.json"]).files).toEqual([
      "a/results.json",
      "b/results.json",
    ]);
    expect(() => parseCliArgs(["run", "extra"])).toThrow('unexpected argument "extra"');
  });

  it("selects services by flag, environment or config, every one by default", () => {
    expect(resolve([]).options.services).toBeUndefined();
    expect(resolve(["--services", "cloudhsmv2"]).options.services).toEqual(["cloudhsmv2"]);
    expect(resolve([], { CONFORMANCE_SERVICES: "cloudhsmv2" }).options.services).toEqual(["cloudhsmv2"]);
    expect(() => resolve(["--services", "cloudhsmv2,nope"])).toThrow('--services: "nope" is not one of cloudhsmv2');
  });
});
