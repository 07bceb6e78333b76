import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { HELP, parseArgs } from "./args.js";

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
        "--start-time",
        "100",
      ]),
    ).toEqual({
      kind: "run",
      options: { host: "0.0.0.0", port: 0, stateFile: "s.json", legacyClusterIdCopy: true, startTime: 100 },
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
});
