import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runOk } from "./run.js";
import { readManifest } from "./workspaces.js";

const FIXTURE = fileURLToPath(new URL("../fixtures/consumer/", import.meta.url));

/** Bounds for registry access: the local npm cache first, one retry, a minute per request. */
export const NPM_NETWORK_FLAGS = ["--prefer-offline", "--fetch-retries=1", "--fetch-timeout=60000"];

/**
 * Makes `dir` a new project as a user would: a package.json of its own, the program in fixtures/consumer/, and
 * `npm install` of the tarballs (third-party dependencies from the registry) plus the Node types a TypeScript user has.
 */
export async function createConsumer(dir: string, tarballs: readonly string[]): Promise<void> {
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "cloudhsm-kit-consumer", version: "1.0.0", private: true, type: "module" }, null, 2)}\n`,
  );
  cpSync(FIXTURE, dir, { recursive: true });
  const nodeTypes = readManifest(".").devDependencies?.["@types/node"] ?? "20";
  await runOk(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      ...NPM_NETWORK_FLAGS,
      ...tarballs,
      `@types/node@${nodeTypes}`,
    ],
    { cwd: dir, timeout: 300_000 },
  );
}
