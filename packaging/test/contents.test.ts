import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importedPackages, manifestTargets } from "../src/imports.js";
import { listTarballs, type PackResult } from "../src/pack.js";
import { privateWorkspaceNames, publicWorkspaces, ROOT, readManifest } from "../src/workspaces.js";

/**
 * What each tarball `npm pack` would make holds, read from `npm pack --dry-run --json`: the files a user needs and
 * nothing else, a manifest that installs outside this repository, and dependencies that cover every import.
 */
const PUBLIC = ["@cloudhsm-kit/client", "@cloudhsm-kit/conformance", "@cloudhsm-kit/emulator", "@cloudhsm-kit/spec"];
const NOT_SHIPPED = [/^src\//, /^test\//, /^bench\//, /\.test\./, /\.map$/, /tsconfig/, /vitest\.config/];
const NOT_SHIPPED_ANYWHERE = [/(^|\/)node_modules\//, /(^|\/)\.turbo\//, /(^|\/)test-results\//];
const REQUIRED_DATA: Record<string, string[]> = {
  "@cloudhsm-kit/spec": [
    "dist/services/cloudhsmv2/openapi.json",
    "dist/control-api.json",
    "services/cloudhsmv2/aws-model/service-2.json",
    "services/cloudhsmv2/aws-model/README.md",
    "shared/aws-model/partitions.json",
    "shared/aws-model/README.md",
  ],
  "@cloudhsm-kit/conformance": ["conformance.sample.json", "dist/suites/conformance.suite.js"],
};
const filesUnder = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(ROOT.length)
        .replace(/^conformance\//, ""),
    );

let packs: Map<string, PackResult>;
beforeAll(async () => {
  packs = new Map((await listTarballs()).map((p) => [p.name, p]));
});

describe("the public workspaces", () => {
  it("are exactly the four packages, and the root pack:tarballs script packs each of them", () => {
    expect(
      publicWorkspaces()
        .map((w) => w.manifest.name)
        .sort(),
    ).toEqual(PUBLIC);
    expect([...packs.keys()].sort()).toEqual(PUBLIC);
    const script = readManifest(".").scripts?.["pack:tarballs"] ?? "";
    expect([...script.matchAll(/-w (\S+)/g)].map((m) => m[1]).sort()).toEqual(PUBLIC);
  });

  it("share one version and pin each other to it", () => {
    const versions = new Set(publicWorkspaces().map((w) => w.manifest.version));
    expect(versions.size).toBe(1);
    for (const { manifest } of publicWorkspaces()) {
      for (const [name, range] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
        if (name.startsWith("@cloudhsm-kit/")) {
          expect(range, `${manifest.name} → ${name}`).toBe([...versions][0]);
        }
      }
    }
  });
});

describe("the changesets config", () => {
  it("releases the public workspaces together under one version and ignores the private ones", () => {
    const config = JSON.parse(readFileSync(join(ROOT, ".changeset/config.json"), "utf8")) as {
      fixed: string[][];
      ignore: string[];
    };
    expect(config.fixed.map((group) => [...group].sort())).toEqual([PUBLIC]);
    expect([...config.ignore].sort()).toEqual(privateWorkspaceNames().sort());
  });
});

describe.each(publicWorkspaces())("the tarball of $manifest.name", ({ dir, manifest }) => {
  const files = () => new Set((packs.get(manifest.name) as PackResult).files.map((f) => f.path));

  it("has a manifest that installs anywhere: licence, engines, repository, public access, ESM", () => {
    expect(manifest).toMatchObject({ license: "Apache-2.0", type: "module", publishConfig: { access: "public" } });
    expect(manifest.engines?.node).toBe(">=20.19");
    expect(manifest.repository).toMatchObject({ type: "git", directory: dir });
    expect(manifest.repository?.url).toBe(readManifest(".").repository?.url);
  });

  it("depends on no private workspace", () => {
    const privateNames = privateWorkspaceNames();
    const deps = { ...manifest.dependencies, ...manifest.optionalDependencies, ...manifest.peerDependencies };
    expect(Object.keys(deps).filter((name) => privateNames.includes(name))).toEqual([]);
  });

  it("holds its README, the Apache-2.0 licence and every file its exports, imports and bin name", () => {
    const license = readFileSync(join(ROOT, dir, "LICENSE"), "utf8");
    expect(license).toBe(readFileSync(join(ROOT, "LICENSE"), "utf8"));
    expect(license).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    expect(license).toContain("END OF TERMS AND CONDITIONS");
    const targets = manifestTargets([manifest.exports, manifest.imports, manifest.bin]);
    for (const path of ["package.json", "README.md", "LICENSE", ...targets, ...(REQUIRED_DATA[manifest.name] ?? [])]) {
      expect(files(), path).toContain(path);
    }
    for (const bin of Object.values(manifest.bin ?? {})) {
      expect(readFileSync(join(ROOT, dir, bin), "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/);
    }
  });

  it("holds no sources, tests, benchmarks, source maps or build leftovers", () => {
    const unwanted = [...files()].filter(
      (path) =>
        (!path.startsWith("dist/") && NOT_SHIPPED.some((re) => re.test(path))) ||
        (path.startsWith("dist/") && /\.test\.|\.map$/.test(path)) ||
        NOT_SHIPPED_ANYWHERE.some((re) => re.test(path)),
    );
    expect(unwanted).toEqual([]);
  });

  it("declares every package its built files import", () => {
    const declared = new Set([
      manifest.name,
      ...Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies, ...manifest.peerDependencies }),
    ]);
    const undeclared = [...files()]
      .filter((path) => /\.(js|d\.ts)$/.test(path))
      .flatMap((path) => [...importedPackages(readFileSync(join(ROOT, dir, path), "utf8"))].map((p) => `${path}: ${p}`))
      .filter((entry) => !declared.has(entry.split(": ")[1] as string));
    expect(undeclared).toEqual([]);
  });
});

describe("the conformance tarball", () => {
  it("holds every expectations file and recording the suite reads at run time", () => {
    const files = new Set((packs.get("@cloudhsm-kit/conformance") as PackResult).files.map((f) => f.path));
    const needed = [...filesUnder("conformance/expectations"), ...filesUnder("conformance/recordings")];
    expect(needed.length).toBeGreaterThan(3);
    expect(needed.filter((path) => !files.has(path))).toEqual([]);
  });
});
