/**
 * The bare package names a built JavaScript or declaration file imports (static `import`/`export … from`, dynamic
 * `import("…")`, `import "…"`), comments left out; relative paths and `node:` built-ins are not package names.
 */
export function importedPackages(text: string): Set<string> {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const specifiers = [
    ...code.matchAll(/^\s*(?:import|export)\b[^"'`;]*?\bfrom\s*["']([^"']+)["']/gm),
    ...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
    ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1] as string);
  const names = specifiers
    .filter((s) => !s.startsWith(".") && !s.startsWith("node:") && !s.startsWith("#"))
    .map((s) =>
      s
        .split("/")
        .slice(0, s.startsWith("@") ? 2 : 1)
        .join("/"),
    );
  return new Set(names);
}

/** Every file path a manifest's `exports`, `imports` or `bin` map leads to (conditions flattened). */
export function manifestTargets(maps: ReadonlyArray<unknown>): string[] {
  const targets: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") {
      targets.push(value.replace(/^\.\//, ""));
    } else if (value && typeof value === "object") {
      Object.values(value).forEach(walk);
    }
  };
  maps.forEach(walk);
  return targets;
}
