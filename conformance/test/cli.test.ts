import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CHECKS } from "../src/index.js";

/** The built CLI, as a user runs it (`npm run build` first; turbo builds before testing). */
const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: "1", ...env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("cloudhsm-conformance (built CLI)", () => {
  it("is built (npm run build)", () => {
    expect(existsSync(CLI), `${CLI} is missing: run npm run build first`).toBe(true);
  });

  it("prints help and exits 0", () => {
    const r = cli(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Usage: cloudhsm-conformance");
    expect(r.stdout).toContain("Exit status");
    // the services it names are the registry's, not a list written once and left behind
    expect(r.stdout).toMatch(
      /--services LIST +services to check: cloudhsmv2, backup \(default: all\) +\[CONFORMANCE_SERVICES\]/,
    );
  });

  it("explains a bad flag in one line and exits 2", () => {
    const r = cli(["--levels", "mandatory"]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain('--levels: "mandatory" is not one of required, legacy, advisory');
    expect(cli(["--nope"]).status).toBe(2);
  });

  it("explains an unreachable endpoint in one line and exits 3", () => {
    const r = cli(["--endpoint", "http://127.0.0.1:9"]);
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("cannot reach http://127.0.0.1:9");
  });

  it("explains missing AWS credentials in one line and exits 2, instead of failing every check", () => {
    const r = cli(["--target", "aws"], {
      AWS_SHARED_CREDENTIALS_FILE: "/nonexistent/credentials",
      AWS_CONFIG_FILE: "/nonexistent/config",
      AWS_EC2_METADATA_DISABLED: "true",
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("cloudhsm-conformance: no AWS credentials for --target aws");
  });

  it("exits 1 when required checks fail: a server that answers {} to everything", async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/x-amz-json-1.1" });
      res.end("{}");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const dir = mkdtempSync(join(tmpdir(), "conformance-cli-"));
    try {
      // Async spawn: the server answers from this process while the CLI runs.
      const child = spawn(
        process.execPath,
        [CLI, "--endpoint", `http://127.0.0.1:${port}`, "--groups", "wire", "--engine", "direct", "--report-dir", dir],
        { env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: "1" } },
      );
      let stdout = "";
      child.stdout.on("data", (chunk) => {
        stdout += chunk;
      });
      const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect(status).toBe(1);
      expect(stdout).toContain("FAIL WIRE-TARGET-001 (required)");
      const results = JSON.parse(readFileSync(join(dir, "results.json"), "utf8")) as { summary: { failsRun: number } };
      expect(results.summary.failsRun).toBeGreaterThan(0);
    } finally {
      server.close();
    }
  }, 60_000);

  it("reads a config file", () => {
    const dir = mkdtempSync(join(tmpdir(), "conformance-cli-"));
    const config = join(dir, "c.json");
    writeFileSync(config, JSON.stringify({ groups: ["wire"], levels: ["required"], reportDir: join(dir, "out") }));
    const r = cli(["--config", config]);
    expect(r.status).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, "out", "results.json"), "utf8")) as {
      results: { id: string; level: string }[];
    };
    expect(json.results.length).toBeGreaterThan(5);
    expect(json.results.every((x) => x.id.startsWith("WIRE-") && x.level === "required")).toBe(true);
    writeFileSync(config, JSON.stringify({ groups: ["wires"] }));
    const bad = cli(["--config", config]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"groups": "wires" is not one of');
  });

  it("refuses an unknown service with exit status 2, naming it and the known ones", () => {
    const r = cli(["list", "--services", "s3"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--services: "s3" is not one of cloudhsmv2, backup');
  });

  it("lists the registry as JSON", () => {
    const r = cli(["list", "--json", "--levels", "legacy"]);
    expect(r.status).toBe(0);
    const listed = JSON.parse(r.stdout) as { id: string; level: string }[];
    expect(listed.map((c) => c.id)).toEqual(CHECKS.filter((c) => c.level === "legacy").map((c) => c.id));
  });

  it("with no arguments runs every check against the reference emulator, prints a summary and writes the reports", () => {
    const dir = mkdtempSync(join(tmpdir(), "conformance-cli-"));
    const r = cli([], { CONFORMANCE_REPORT_DIR: dir });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`cloudhsm-conformance: ${CHECKS.length} checks against the reference emulator`);
    expect(r.stdout).toMatch(/PASSED: \d+ passed, 0 failing the run, .* blocked; took \d+\.\d s\n/);
    const json = JSON.parse(readFileSync(join(dir, "results.json"), "utf8")) as {
      results: { id: string }[];
      wallTimeMs: number;
      target: { endpoint?: string; control?: { name: string } };
    };
    expect(json.results).toHaveLength(CHECKS.length);
    // The emulator the checks' thread started, as that thread reported it.
    expect(json.target.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(json.target.control?.name).toBe("cloudhsm-kit-emulator");
    // The same wall time in the results as on the terminal.
    expect(r.stdout).toContain(`; took ${(json.wallTimeMs / 1000).toFixed(1)} s`);
    expect(readFileSync(join(dir, "junit.xml"), "utf8")).toContain("<testsuites");
    expect(readFileSync(join(dir, "report.md"), "utf8")).toContain("| check | level | result | reason | citation |");
  });
});
