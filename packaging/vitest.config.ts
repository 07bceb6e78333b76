import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Packing, installing from the registry (or the npm cache) and two conformance runs: minutes, not seconds.
    testTimeout: 180_000,
    hookTimeout: 420_000,
  },
});
