import { execFile, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { startEmulator } from "../src/index.js";

/**
 * The flow a boto3 user writes first, against an emulator started with no options at all (the defaults the CLI
 * gives, on a free loopback port): test/boto3/flow.py, with 20-second waits polling every 0.2 s. It needs python3
 * with boto3; without them the test fails and says what to install, as CI installs what the tests need.
 */
const python = process.env.PYTHON ?? "python3";
const script = fileURLToPath(new URL("./boto3/flow.py", import.meta.url));
const run = promisify(execFile);

function requireBoto3(): void {
  const probe = spawnSync(python, ["-c", "import boto3"], { encoding: "utf8", timeout: 30_000 });
  if (probe.error || probe.status !== 0) {
    const why = probe.error ? probe.error.message : probe.stderr.trim().split("\n").pop();
    throw new Error(
      `This test runs a boto3 script and needs Python 3 with boto3: install python3 and then ` +
        `"python3 -m pip install boto3" (or set PYTHON to an interpreter that has it). ${python}: ${why}`,
    );
  }
}

describe("a boto3 script against an emulator started with no flags", () => {
  it("sees CreateCluster, CreateHsm and a copy complete inside 20-second waits, then deletes and restores", async () => {
    requireBoto3();
    const running = await startEmulator();
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const { stdout } = await run(python, [script, running.url], { timeout: 120_000, encoding: "utf8" }).catch(
        (error: { stderr?: string; message: string }) => {
          throw new Error(error.stderr?.trim() || error.message);
        },
      );
      const result = JSON.parse(stdout.trim().split("\n").pop() as string);
      // Each wait saw the intermediate state before the final one: the transitions are quick, not instant.
      expect(result.seen).toEqual({
        cluster: ["CREATE_IN_PROGRESS", "ACTIVE"],
        hsm: ["CREATE_IN_PROGRESS", "ACTIVE"],
        copy: ["CREATE_IN_PROGRESS", "READY"],
      });
    } finally {
      await running.close();
    }
  }, 150_000);
});
