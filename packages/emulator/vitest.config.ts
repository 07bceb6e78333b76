import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "ui/**/*.test.js", "bench/**/*.test.mjs"],
    testTimeout: 30_000,
  },
});
