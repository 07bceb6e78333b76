import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this workspace's parent). */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  engines?: Record<string, string>;
  repository?: { type: string; url: string; directory?: string };
  publishConfig?: Record<string, string>;
  bin?: Record<string, string>;
  exports?: Record<string, string | Record<string, string>>;
  imports?: Record<string, string | Record<string, string>>;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
}

export interface Workspace {
  /** Relative to the root, e.g. `packages/client`. */
  dir: string;
  manifest: Manifest;
}

export const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(ROOT, dir, "package.json"), "utf8")) as Manifest;

/** Every workspace the root package.json names (a trailing `/*` is expanded one level). */
export function workspaces(): Workspace[] {
  const patterns = (readManifest(".") as Manifest & { workspaces: string[] }).workspaces;
  return patterns
    .flatMap((pattern) =>
      pattern.endsWith("/*")
        ? readdirSync(join(ROOT, pattern.slice(0, -2)), { withFileTypes: true })
            .filter((entry) => entry.isDirectory())
            .map((entry) => `${pattern.slice(0, -2)}/${entry.name}`)
        : [pattern],
    )
    .map((dir) => ({ dir, manifest: readManifest(dir) }));
}

/** The workspaces published to the registry: every one that is not private. */
export const publicWorkspaces = (): Workspace[] => workspaces().filter((w) => w.manifest.private !== true);

/** The names of the workspaces that are never published. */
export const privateWorkspaceNames = (): string[] =>
  workspaces()
    .filter((w) => w.manifest.private === true)
    .map((w) => w.manifest.name);
