import { join } from "node:path";
import { runOk } from "./run.js";
import { publicWorkspaces, ROOT } from "./workspaces.js";

/** One entry of `npm pack --json`. */
export interface PackResult {
  name: string;
  version: string;
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number; mode: number }[];
}

const workspaceFlags = (): string[] => publicWorkspaces().flatMap((w) => ["-w", w.manifest.name]);

/** The tarball contents of every public workspace, without writing anything (`npm pack --dry-run --json`). */
export async function listTarballs(): Promise<PackResult[]> {
  const out = await runOk("npm", ["pack", "--dry-run", "--json", ...workspaceFlags()], { cwd: ROOT, timeout: 60_000 });
  return JSON.parse(out) as PackResult[];
}

/** Packs every public workspace into `destination` (which must exist); returns the tarballs' absolute paths. */
export async function packTarballs(destination: string): Promise<{ results: PackResult[]; tarballs: string[] }> {
  const out = await runOk("npm", ["pack", "--json", "--pack-destination", destination, ...workspaceFlags()], {
    cwd: ROOT,
    timeout: 120_000,
  });
  const results = JSON.parse(out) as PackResult[];
  return { results, tarballs: results.map((r) => join(destination, r.filename)) };
}
