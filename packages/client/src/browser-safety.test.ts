import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The main entry must bundle for browsers: no Node built-ins and no Node-only AWS packages outside node.ts.
const SRC = new URL(".", import.meta.url).pathname;
const sources = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter(
  (file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && file !== "node.ts",
);

describe("browser safety of the main entry", () => {
  it.each(sources)("%s imports nothing Node-only", (file) => {
    const text = readFileSync(join(SRC, file), "utf8");
    expect(text).not.toMatch(/from "node:|import\("node:|from "(fs|path|http|https|crypto|os)"/);
    expect(text).not.toContain("@aws-sdk/credential-providers");
    expect(text).not.toMatch(/\bprocess\.|\bBuffer\b/);
  });
});

describe("browser bundle of the main entry", () => {
  it("bundles for platform browser with no Node built-in left unresolved", async () => {
    const { build } = await import("esbuild");
    const result = await build({
      entryPoints: [join(SRC, "index.ts")],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]?.text ?? "";
    expect(code).not.toMatch(/from\s*"node:|require\("node:/);
  });
});
