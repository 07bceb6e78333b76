import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TIMING_PROFILES } from "../services/cloudhsmv2/timings/profiles.js";
import { HELP, parseArgs, TIMINGS_ENV } from "./args.js";

const dir = mkdtempSync(join(tmpdir(), "cloudhsm-args-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parseArgs", () => {
  it("defaults to loopback and port 4566", () => {
    expect(parseArgs([])).toEqual({ kind: "run", options: { host: "127.0.0.1", port: 4566 } });
  });
  it("reads every flag, with = or a separate value", () => {
    expect(
      parseArgs([
        "--host",
        "0.0.0.0",
        "--port=0",
        "--state-file",
        "s.json",
        "--legacy-cluster-id-copy",
        "--legacy-backup-seed",
        "--start-time",
        "100",
      ]),
    ).toEqual({
      kind: "run",
      options: {
        host: "0.0.0.0",
        port: 0,
        stateFile: "s.json",
        legacyClusterIdCopy: true,
        legacyBackupSeed: true,
        startTime: 100,
      },
    });
  });
  it("prints help", () => {
    const r = parseArgs(["--help"]);
    expect(r.kind).toBe("help");
    expect(r.kind === "help" && r.text).toContain("--state-file");
  });
  it("says what was wrong and what was expected", () => {
    expect(parseArgs(["--port", "http"])).toEqual({
      kind: "error",
      message: '--port expects an integer from 0 to 65535; got "http"',
    });
    expect(parseArgs(["--port", "70000"]).kind).toBe("error");
    expect(parseArgs(["--port"]).kind).toBe("error");
    expect(parseArgs(["--start-time", "yesterday"]).kind).toBe("error");
    const unknown = parseArgs(["--verbose"]);
    expect(unknown.kind === "error" && unknown.message).toMatch(/unknown option "--verbose"; expected one of/);
    for (const arg of ["serve", "--", "-x", "-hx", "--verbose=1"]) {
      const refused = parseArgs([arg]);
      expect(refused.kind === "error" && refused.message).toContain(
        `unknown option ${JSON.stringify(arg)}; expected one of`,
      );
    }
    expect(parseArgs(["--legacy-cluster-id-copy=yes"])).toEqual({
      kind: "error",
      message: "--legacy-cluster-id-copy takes no value",
    });
    expect(parseArgs(["--legacy-backup-seed=yes"])).toEqual({
      kind: "error",
      message: "--legacy-backup-seed takes no value",
    });
  });

  it("takes a value starting with -- for a missing value, not the value", () => {
    expect(parseArgs(["--host", "--port", "4567"])).toEqual({
      kind: "error",
      message: '--host needs a value, e.g. --host 127.0.0.1; the next argument "--port" is a flag',
    });
    expect(parseArgs(["--state-file", "--legacy-cluster-id-copy"])).toEqual({
      kind: "error",
      message:
        '--state-file needs a value, e.g. --state-file ./cloudhsm-state.json; the next argument "--legacy-cluster-id-copy" is a flag',
    });
    expect(parseArgs(["--port"])).toEqual({
      kind: "error",
      message: "--port needs a value, e.g. --port 4566; none was given",
    });
    // Given with "=", a value may start with "--".
    expect(parseArgs(["--state-file=--odd.json"])).toEqual({
      kind: "run",
      options: { host: "127.0.0.1", port: 4566, stateFile: "--odd.json" },
    });
  });

  it("turns --strict-keys FILE into strict mode, refusing a file it cannot use with the flag and the reason", () => {
    const file = join(dir, "keys.json");
    writeFileSync(
      file,
      JSON.stringify({ keys: [{ accessKeyId: "AKIDALICE", secretAccessKey: "s", regions: ["us-east-1"] }] }),
    );
    expect(parseArgs(["--strict-keys", file])).toEqual({
      kind: "run",
      options: {
        host: "127.0.0.1",
        port: 4566,
        strict: { keys: [{ accessKeyId: "AKIDALICE", secretAccessKey: "s", regions: ["us-east-1"] }] },
      },
    });
    expect(parseArgs([`--strict-keys=${join(dir, "none.json")}`])).toEqual({
      kind: "error",
      message: `--strict-keys ${join(dir, "none.json")} cannot be read: ENOENT: no such file or directory`,
    });
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ keys: [{ accessKeyId: "AKID" }] }));
    expect(parseArgs(["--strict-keys", bad])).toEqual({
      kind: "error",
      message: `--strict-keys ${bad} keys[0].secretAccessKey must be a non-empty string`,
    });
    expect(parseArgs(["--help"]).kind === "help" && HELP).toContain("--strict-keys <file>");
  });

  it("reads --timings as a profile name or a timings file, and CLOUDHSM_EMULATOR_TIMINGS when the flag is absent", () => {
    const base = { host: "127.0.0.1", port: 4566 };
    expect(parseArgs(["--timings", "aws"])).toEqual({ kind: "run", options: { ...base, timings: "aws" } });
    const file = join(dir, "timings.json");
    writeFileSync(file, JSON.stringify({ profile: "aws", delays: { copy: 30 } }));
    const fromFile = parseArgs([`--timings=${file}`]);
    expect(fromFile.kind === "run" && fromFile.options.timings).toEqual({
      delays: { ...TIMING_PROFILES.aws, copy: 30 },
    });
    expect(parseArgs([], { [TIMINGS_ENV]: "aws" })).toEqual({ kind: "run", options: { ...base, timings: "aws" } });
    expect(parseArgs(["--timings", "fast"], { [TIMINGS_ENV]: "aws" })).toEqual({
      kind: "run",
      options: { ...base, timings: "fast" },
    });
    expect(parseArgs([], { [TIMINGS_ENV]: "" })).toEqual({ kind: "run", options: base });
  });

  it("refuses timings it cannot use, naming the flag or the variable", () => {
    expect(parseArgs(["--timings", "slow"])).toEqual({
      kind: "error",
      message:
        '--timings: "slow" is neither a timing profile (fast, aws) nor a readable timings file: ENOENT: no such file or directory',
    });
    expect(parseArgs([], { [TIMINGS_ENV]: "slow" })).toMatchObject({
      kind: "error",
      message: expect.stringMatching(/^CLOUDHSM_EMULATOR_TIMINGS: "slow" is neither a timing profile/),
    });
    const bad = join(dir, "bad-timings.json");
    writeFileSync(bad, JSON.stringify({ delays: { copy: "soon" } }));
    expect(parseArgs(["--timings", bad])).toEqual({
      kind: "error",
      message: `--timings: file ${bad}: delays.copy must be a number of seconds ≥ 0; got "soon"`,
    });
    expect(parseArgs(["--timings="])).toEqual({
      kind: "error",
      message: "--timings needs a non-empty value, e.g. --timings aws",
    });
  });

  it("reads --seed and --cors-origins, checking the origins now", () => {
    const base = { host: "127.0.0.1", port: 4566 };
    expect(parseArgs(["--seed", "seed.json", "--cors-origins", "loopback,https://app.example.com"])).toEqual({
      kind: "run",
      options: { ...base, seed: "seed.json", corsOrigins: ["loopback", "https://app.example.com"] },
    });
    expect(parseArgs(["--cors-origins", "*"])).toEqual({ kind: "run", options: { ...base, corsOrigins: "*" } });
    const bad = parseArgs(["--cors-origins", "https://app.example.com/path"]);
    expect(bad.kind === "error" && bad.message).toMatch(
      /^--cors-origins: "https:\/\/app.example.com\/path" is not an origin .*did you mean "https:\/\/app.example.com"\?$/,
    );
    expect(HELP).toContain("--timings fast|aws|<file>");
    expect(HELP).toContain("--seed <file>");
    expect(HELP).toContain("--cors-origins <list>|*");
  });
});
