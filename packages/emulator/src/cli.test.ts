import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createCloudHsmV2Client, isCloudHsmV2ServiceError } from "@cloudhsm-kit/client";
import { createControlClient } from "@cloudhsm-kit/spec/control";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "cloudhsm-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The built CLI, run as a user runs it (skipped, saying so, before the build). */
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", timeout: 10_000 });

describe.skipIf(!existsSync(cli))("cloudhsm-emulator (dist/cli.js; run the build first)", () => {
  it("refuses to start with a state file it cannot write: one line naming the flag and the OS reason, status 1", () => {
    const r = run("--port", "0", "--state-file", "/nonexistent/dir/x.json");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "cloudhsm-emulator: --state-file /nonexistent/dir/x.json cannot be written: ENOENT: no such file or directory\n",
    );
  });

  it("answers a usage error with status 2", () => {
    const r = run("--port", "http");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^cloudhsm-emulator: --port expects an integer/);
  });

  it("--strict-keys FILE verifies signatures and restricts keys to their regions", async () => {
    const keys = join(dir, "keys.json");
    writeFileSync(
      keys,
      JSON.stringify({
        keys: [
          { accessKeyId: "AKIDALICE", secretAccessKey: "right", accountId: "111122223333", regions: ["us-east-1"] },
        ],
      }),
    );
    const child = spawn(process.execPath, [cli, "--port", "0", "--strict-keys", keys], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.once("data", (d: Buffer) => resolve(d.toString().trim()));
        child.once("exit", (code) => reject(new Error(`emulator exited with ${code}`)));
      });
      const client = (region: string, secretAccessKey: string) =>
        createCloudHsmV2Client({
          region,
          endpoint: url,
          credentials: { accessKeyId: "AKIDALICE", secretAccessKey },
          maxAttempts: 1,
        });
      const errorOf = (p: Promise<unknown>) =>
        p.then(
          () => "accepted",
          (e: unknown) => (isCloudHsmV2ServiceError(e) ? e.name : String(e)),
        );
      expect((await client("us-east-1", "right").describeBackups({})).Backups).toEqual([]);
      expect(await errorOf(client("us-east-1", "wrong").describeBackups({}))).toBe("InvalidSignatureException");
      expect(await errorOf(client("eu-west-1", "right").describeBackups({}))).toBe("CloudHsmAccessDeniedException");
    } finally {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
    }
  });

  it("refuses a --strict-keys file it cannot use: one line naming the flag, then usage, status 2", () => {
    const r = run("--port", "0", "--strict-keys", join(dir, "missing.json"));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `cloudhsm-emulator: --strict-keys ${join(dir, "missing.json")} cannot be read: ENOENT: no such file or directory\nRun cloudhsm-emulator --help for usage.\n`,
    );
  });

  it("refuses timings and seeds it cannot use: one line naming the flag or variable, then usage, status 2", () => {
    const slow = run("--port", "0", "--timings", "slow");
    expect(slow.status).toBe(2);
    expect(slow.stderr).toBe(
      'cloudhsm-emulator: --timings: "slow" is neither a timing profile (fast, aws) nor a readable timings file: ENOENT: no such file or directory\nRun cloudhsm-emulator --help for usage.\n',
    );
    const env = spawnSync(process.execPath, [cli, "--port", "0"], {
      encoding: "utf8",
      timeout: 10_000,
      env: { ...process.env, CLOUDHSM_EMULATOR_TIMINGS: "slow" },
    });
    expect(env.status).toBe(2);
    expect(env.stderr).toMatch(/^cloudhsm-emulator: CLOUDHSM_EMULATOR_TIMINGS: "slow" is neither/);
    const seed = join(dir, "bad-seed.json");
    writeFileSync(seed, JSON.stringify({ readyBackups: [{ count: 0 }] }));
    const bad = run("--port", "0", "--seed", seed);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      `cloudhsm-emulator: --seed: file ${seed}: readyBackups[0].count must be an integer from 1 to 100; got 0\nRun cloudhsm-emulator --help for usage.\n`,
    );
  });

  it("starts seeded, with the timings asked for, and answers a browser's preflight", async () => {
    const seed = join(dir, "seed.json");
    writeFileSync(seed, JSON.stringify({ readyBackups: [{ tags: [{ Key: "ci", Value: "yes" }] }] }));
    const child = spawn(process.execPath, [cli, "--port", "0", "--seed", seed, "--timings", "aws"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const said = new Promise<string>((resolve) =>
      child.stderr.once("data", (d: Buffer) => resolve(d.toString().trim())),
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.once("data", (d: Buffer) => resolve(d.toString().trim()));
        child.once("exit", (code) => reject(new Error(`emulator exited with ${code}`)));
      });
      const control = createControlClient(url);
      expect((await control.getSettings()).delays.clusterCreate).toBe(240);
      const client = createCloudHsmV2Client({
        region: "us-east-1",
        endpoint: url,
        credentials: { accessKeyId: "test", secretAccessKey: "test" },
      });
      const { Backups } = await client.describeBackups({});
      expect(Backups?.map((b) => [b.BackupState, b.TagList])).toEqual([["READY", [{ Key: "ci", Value: "yes" }]]]);
      const preflight = await fetch(`${url}/`, {
        method: "OPTIONS",
        headers: { Origin: "http://localhost:5173", "Access-Control-Request-Method": "POST" },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
      // The start-up line on stderr links the dashboard, which the emulator serves itself.
      expect(await said).toBe(`cloudhsm-emulator: listening on ${url}; dashboard at ${url}/_emulator/ui`);
      expect((await fetch(`${url}/_emulator/ui`)).headers.get("content-type")).toBe("text/html; charset=utf-8");
    } finally {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
    }
  });
});
