/**
 * This package's import rules: the repository's (no cycles, type-only included; every import resolves), and the
 * seam between the suite's core and its services — the core never imports a service. Services are listed in one
 * place, src/services/index.ts, which the entry points load (the CLI, the package index, the vitest suite, the
 * catalogue script); tests may load it too. Within a service, check modules do not import one another.
 */
const base = require("../.dependency-cruiser.cjs");

module.exports = {
  ...base,
  forbidden: [
    ...base.forbidden,
    {
      name: "core-imports-no-service",
      comment:
        "The core (harness, registry, runner, config, report, recordings) knows no service: a service registers itself through src/services/index.ts, which only entry points load.",
      severity: "error",
      from: {
        path: "^src/",
        pathNot: [
          "^src/services/",
          "^src/(index|main|catalogue-cli)\\.ts$",
          "^src/suites/conformance\\.suite\\.ts$",
          "\\.test\\.ts$",
        ],
      },
      to: { path: "^src/services/" },
    },
    {
      name: "check-imports-no-check",
      comment:
        "A group's check module imports no other check module: what checks share lives in the service's fixtures/. (cluster-lifecycle.ts and hsm-lifecycle.ts are one group's two halves.)",
      severity: "error",
      from: { path: "^src/services/([^/]+)/checks/", pathNot: "^src/services/[^/]+/checks/cluster-lifecycle\\.ts$" },
      to: { path: "^src/services/$1/checks/" },
    },
  ],
};
