// The client with each candidate SigV4 signer in place of the one `#signer` resolves to. The variants differ
// in that one module only, so that the benchmark compares signers, not builds.
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const at = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Signer modules by name. The first two ship: Node resolves `#signer` to the first, everything else to the second. */
export const SIGNERS = {
  "smithy + node:crypto": at("../dist/core/signing/node.js"),
  "aws4fetch (WebCrypto)": at("../dist/core/signing/web.js"),
  "smithy + WebCrypto": at("signers/smithy-webcrypto.mjs"),
  "smithy + sha256-js (previous)": at("signers/smithy-sha256-js.mjs"),
};

/** An esbuild plugin that resolves `#signer` to the given module. */
export function signerPlugin(path) {
  return {
    name: "signer",
    setup(build) {
      build.onResolve({ filter: /^#signer$/ }, () => ({ path }));
    },
  };
}

/**
 * The client (dist/index.js) bundled for Node with the given signer, its dependencies left to Node to load
 * (from a cache folder inside node_modules, so that they resolve); returns the module.
 */
export async function loadClientWith(signer) {
  const outfile = join(at("../node_modules/.cache/client-bench/"), `${signer.replace(/\W+/g, "-")}.mjs`);
  await build({
    entryPoints: [at("../dist/index.js")],
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    plugins: [signerPlugin(SIGNERS[signer])],
    logLevel: "error",
  });
  return import(pathToFileURL(outfile).href);
}
