// The browser build that the size measurement and the browser test share: what an app's bundler makes of an
// entry that imports the client (esbuild, platform browser, ESM, minified, tree-shaken, ES2022).
import { build } from "esbuild";

/**
 * Bundles `contents` (a JavaScript entry, resolved from `resolveDir`) for browsers; returns the code and
 * esbuild's metafile. `plugins` can replace modules (the benchmark swaps the signer that way).
 */
export async function browserBundle({ contents, resolveDir, plugins = [] }) {
  const result = await build({
    stdin: { contents, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    treeShaking: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    metafile: true,
    plugins,
    // An app's bundler never reads this package's tsconfig.json (it is not published): its `paths` are for
    // type-checking the sources only.
    tsconfigRaw: {},
    logLevel: "error",
  });
  return { code: result.outputFiles[0].contents, metafile: result.metafile };
}
