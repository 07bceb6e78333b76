import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Unit tests beside the sources, cross-cutting tests in test/, and the conformance suite itself
    // (src/suites/*.suite.ts), which the global setup points at the reference emulator.
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "src/suites/*.suite.ts"],
    globalSetup: ["test/reference-setup.ts"],
    // Registers the services (as the CLI and the package index do), so that the core's own tests see the checks.
    setupFiles: ["src/services/index.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
