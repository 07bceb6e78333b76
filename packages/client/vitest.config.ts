import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Tests run on the sources: `#signer` is the Node signer's source, not the dist/ file package.json names.
  resolve: { alias: { "#signer": fileURLToPath(new URL("./src/core/signing/node.ts", import.meta.url)) } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Type tests (test/*.test-d.ts) run through tsc with this package's tsconfig.json.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
