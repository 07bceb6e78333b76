import { describe, expect, it } from "vitest";
import { parseArgs } from "./args.js";

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
});
