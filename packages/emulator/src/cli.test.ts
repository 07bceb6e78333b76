import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

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
});
