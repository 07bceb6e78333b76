import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The main entry must bundle for browsers: no Node built-ins and no Node-only AWS packages outside the files
// that only the `node` condition reaches: the ./node entry and the Node signer behind `#signer`.
const SRC = new URL(".", import.meta.url).pathname;
const NODE_ONLY = new Set(["node.ts", "core/signing/node.ts", "core/signing/node-sha256.ts", "core/signing/smithy.ts"]);
const sources = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter(
  (file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !NODE_ONLY.has(file),
);
const manifest = JSON.parse(readFileSync(join(SRC, "../package.json"), "utf8"));

describe("browser safety of the main entry", () => {
  it.each(sources)("%s imports nothing Node-only", (file) => {
    const text = readFileSync(join(SRC, file), "utf8");
    expect(text).not.toMatch(/from "node:|import\("node:|from "(fs|path|http|https|crypto|os)"/);
    expect(text).not.toContain("@aws-sdk/credential-providers");
    expect(text).not.toMatch(/from "@smithy\//);
    expect(text).not.toMatch(/\bprocess\.|\bBuffer\b/);
  });

  it("sends every runtime but Node's to the WebCrypto signer", () => {
    // In this order: conditions are tried as listed.
    expect(Object.entries(manifest.imports["#signer"])).toEqual([
      ["node", "./dist/core/signing/node.js"],
      ["default", "./dist/core/signing/web.js"],
    ]);
  });
});

describe("browser bundle of the main entry and the service entries", () => {
  it.each(["index.ts", "cloudhsmv2/index.ts"])(
    "%s bundles for platform browser with no Node built-in",
    async (entry) => {
      const { build } = await import("esbuild");
      // `#signer` as a browser resolves it (the "default" target), taken from the sources instead of dist/.
      const browserSigner = join(
        SRC,
        manifest.imports["#signer"].default.replace("./dist/", "").replace(/\.js$/, ".ts"),
      );
      const result = await build({
        entryPoints: [join(SRC, entry)],
        bundle: true,
        platform: "browser",
        format: "esm",
        alias: { "#signer": browserSigner },
        write: false,
        metafile: true,
        logLevel: "silent",
      });
      expect(result.errors).toEqual([]);
      const code = result.outputFiles[0]?.text ?? "";
      expect(code).not.toMatch(/from\s*"node:|require\("node:/);
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs.some((path) => path.includes("node_modules/aws4fetch/"))).toBe(true);
      expect(inputs.some((path) => path.includes("node_modules/@smithy/"))).toBe(false);
    },
  );
});
