import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConsumer } from "../src/consumer.js";
import { packTarballs } from "../src/pack.js";
import { run, runOk } from "../src/run.js";
import { type RunningServer, startServer } from "../src/server.js";
import { publicWorkspaces, ROOT } from "../src/workspaces.js";

/**
 * What a user does with the packages, outside this repository: pack every public workspace, `npm install` the
 * tarballs into an empty project, compile a TypeScript program against the client with this repository's tsc and run
 * it, run the emulator's and the suite's commands through npx, and check the emulator with the suite.
 */
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
let dir: string;
let project: string;
let emulator: RunningServer | undefined;
const npx = (args: string[], timeout: number) => run("npx", ["--no-install", ...args], { cwd: project, timeout });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cloudhsm-kit-install-"));
  project = join(dir, "project");
  mkdirSync(join(dir, "tarballs"));
  mkdirSync(project);
  const { tarballs } = await packTarballs(join(dir, "tarballs"));
  await createConsumer(project, tarballs);
  emulator = await startServer("npx", ["--no-install", "cloudhsm-emulator", "--port", "0"], project, 30_000);
});

afterAll(async () => {
  await emulator?.stop();
  if (dir) {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe("the tarballs installed into an empty project", () => {
  it("installs each package from its tarball, not a link into this repository", () => {
    for (const { manifest } of publicWorkspaces()) {
      const installed = join(project, "node_modules", manifest.name);
      expect(lstatSync(installed).isSymbolicLink(), manifest.name).toBe(false);
      expect(JSON.parse(readFileSync(join(installed, "package.json"), "utf8")).version).toBe(manifest.version);
    }
  });

  it("type-checks a program that uses the client's types (one @ts-expect-error on a wrong input) and runs it", async () => {
    // The same program without the directive must fail on that input alone: the types are the client's, not `any`.
    const usage = readFileSync(join(project, "usage.ts"), "utf8");
    writeFileSync(join(project, "unchecked.ts"), usage.replace(/^\s*\/\/ @ts-expect-error.*\n/m, ""));
    writeFileSync(
      join(project, "tsconfig.unchecked.json"),
      JSON.stringify({ extends: "./tsconfig.json", compilerOptions: { noEmit: true }, files: ["unchecked.ts"] }),
    );
    const [checked, unchecked] = await Promise.all([
      run(process.execPath, [TSC, "-p", "tsconfig.json"], { cwd: project, timeout: 120_000 }),
      run(process.execPath, [TSC, "-p", "tsconfig.unchecked.json"], { cwd: project, timeout: 120_000 }),
    ]);
    expect(checked.code, checked.stdout).toBe(0);
    expect(unchecked.stdout.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^unchecked\.ts\(\d+,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/,
      ),
    ]);
    const out = await runOk(process.execPath, ["out/usage.js", emulator?.url ?? ""], { cwd: project, timeout: 30_000 });
    const result = JSON.parse(out) as { created: string; ready: string[]; neverExpires: boolean; notFound: string };
    expect(result.ready).toContain(result.created);
    expect(result.neverExpires).toBe(true);
    expect(result.notFound).toBe("CloudHsmResourceNotFoundException 400");
  });

  it("serves the spec's documents by their export paths and runs its fidelity check on the shipped AWS model", async () => {
    const script = [
      'const { default: doc } = await import("@cloudhsm-kit/spec/openapi.json", { with: { type: "json" } });',
      'const { default: control } = await import("@cloudhsm-kit/spec/control-api.json", { with: { type: "json" } });',
      'const { OPERATION_NAMES } = await import("@cloudhsm-kit/spec");',
      "console.log(doc.openapi, control.openapi, OPERATION_NAMES.length);",
    ].join("\n");
    const out = await runOk(process.execPath, ["--input-type=module", "-e", script], { cwd: project, timeout: 30_000 });
    expect(out.trim()).toBe("3.1.0 3.1.0 18");
    const fidelity = join(project, "node_modules/@cloudhsm-kit/spec/dist/src/fidelity/cli.js");
    expect(await runOk(process.execPath, [fidelity], { cwd: project, timeout: 30_000 })).toContain(
      "the spec equals AWS's model",
    );
  });

  it("runs npx cloudhsm-emulator --help", async () => {
    const help = await npx(["cloudhsm-emulator", "--help"], 30_000);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain("--port");
  });

  it("checks the emulator it started with npx cloudhsm-conformance --endpoint … --levels required", async () => {
    const args = ["--endpoint", emulator?.url ?? "", "--levels", "required", "--report-dir", "report-endpoint"];
    const result = await npx(["cloudhsm-conformance", ...args], 150_000);
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toMatch(/PASSED: \d+ passed, 0 failing the run/);
    expect(readFileSync(join(project, "report-endpoint/junit.xml"), "utf8")).toContain("<testsuite");
  });

  it("runs npx cloudhsm-conformance with no arguments against the in-process reference emulator", async () => {
    const result = await npx(["cloudhsm-conformance"], 150_000);
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toContain("the reference emulator (in-process");
    expect(readFileSync(join(project, "conformance-report/results.json"), "utf8")).toContain('"results"');
  });
});
