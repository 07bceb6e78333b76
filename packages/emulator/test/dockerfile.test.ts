import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

/**
 * What can be checked of the container image without a Docker engine: the runtime stage runs as a non-root user with
 * a health check; every file the build stage copies exists; the build stage's assembly of the runtime tree, run here
 * on the built workspaces (/repo → the repository, /app → a temporary folder), gives a tree from which the image's
 * command starts the emulator, and the health check's command passes against it (and fails with nothing listening).
 * Building and running the image itself is not checked here.
 */
const root = fileURLToPath(new URL("../../../", import.meta.url));
const dockerfile = readFileSync(join(root, "packages/emulator/Dockerfile"), "utf8");
const lines = dockerfile.replace(/\\\n/g, " ").split("\n");
const runtime = lines.slice(lines.reduce((last, l, i) => (l.startsWith("FROM ") ? i : last), 0));
const built =
  existsSync(join(root, "packages/emulator/dist/cli.js")) &&
  existsSync(join(root, "spec/dist/services/cloudhsmv2/openapi.json"));
const dir = mkdtempSync(join(tmpdir(), "cloudhsm-image-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const instruction = (name: string, from = runtime) => from.filter((l) => l.startsWith(`${name} `));
const healthCommand = (port: number): string[] =>
  (JSON.parse((instruction("HEALTHCHECK")[0] as string).replace(/^.*? CMD /, "")) as string[]).map((a) =>
    a.replace(":4566/", `:${port}/`),
  );
const exitOf = (command: string[]) =>
  new Promise<number | null>((resolve) => spawn(command[0] as string, command.slice(1)).once("exit", resolve));

describe("the container image (packages/emulator/Dockerfile)", () => {
  it("runs as a non-root user and has a health check", () => {
    const users = instruction("USER");
    expect(users).toHaveLength(1);
    expect(users[0]).not.toMatch(/^USER (root|0)\b/);
    expect(runtime.indexOf(users[0] as string)).toBeLessThan(runtime.indexOf(instruction("ENTRYPOINT")[0] as string));
    expect(instruction("HEALTHCHECK")[0]).toContain("/_emulator/v1/info");
  });

  it("copies only files that exist", () => {
    const sources = instruction("COPY", lines)
      .filter((l) => !l.includes("--from="))
      .flatMap((l) => l.split(/\s+/).slice(1, -1));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(existsSync(join(root, source)), source).toBe(true);
    }
  });

  it.skipIf(!built)(
    "assembles a runtime tree the image's command starts and the health check passes (after the build)",
    async () => {
      const assemble = (instruction("RUN", lines).find((l) => l.includes("/app/")) as string)
        .replace(/^RUN /, "")
        .replaceAll("/repo/", root)
        .replaceAll("/app", join(dir, "app"));
      execFileSync("sh", ["-c", assemble], { cwd: root, stdio: "pipe", timeout: 60_000 });
      const [, entry] = JSON.parse((instruction("ENTRYPOINT")[0] as string).replace(/^ENTRYPOINT /, "")) as string[];
      const cli = (entry as string).replace("/app", join(dir, "app"));
      const child = spawn(process.execPath, [cli, "--host", "127.0.0.1", "--port", "0"], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      try {
        const url = await new Promise<string>((resolve, reject) => {
          child.stdout.once("data", (d: Buffer) => resolve(d.toString().trim()));
          child.once("exit", (code) => reject(new Error(`the emulator exited with ${code}`)));
        });
        expect(await exitOf(healthCommand(Number(new URL(url).port)))).toBe(0);
      } finally {
        child.kill("SIGTERM");
      }
      expect(await exitOf(healthCommand(1))).toBe(1);
    },
  );
});
