/**
 * This package's import rules: the repository's (no cycles, type-only included; every import resolves), and the
 * direction between the core and the service modules: `src/core/` is what every AWS service shares and names none of
 * them, so nothing in it (tests included) imports a service module; a service module builds on the core.
 */
const base = require("../../.dependency-cruiser.cjs");

module.exports = {
  ...base,
  forbidden: [
    ...base.forbidden,
    {
      name: "core-imports-no-service",
      comment: "src/core/ is service-independent: it never imports a service module (src/<service>/).",
      severity: "error",
      from: { path: "^src/core/" },
      to: { path: "^src/(?!core/)[^/]+/" },
    },
  ],
};
