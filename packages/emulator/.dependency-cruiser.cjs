/**
 * This package's import rules: the repository's (no cycles, type-only included; every import resolves), and the
 * layers of the emulator, so that imports run one way (README, "Layout"):
 *   node/, cli.ts → emulator.ts (the composition root) → services/<id>/ → core/
 * Inside core/, the protocol layer stands alone; inside a service, the store holds records and knows no domain rule.
 */
const base = require("../../.dependency-cruiser.cjs");

const TEST = "\\.test\\.ts$";

module.exports = {
  ...base,
  forbidden: [
    ...base.forbidden,
    {
      name: "core-imports-no-service",
      comment: "The core serves any service: it learns of them only through ServiceDefinition, never by import.",
      severity: "error",
      from: { path: "^src/core/" },
      to: { path: "^src/services/" },
    },
    {
      name: "protocol-stands-alone",
      comment:
        "A wire protocol imports nothing outside src/core/protocol/ (no service, no pipeline): what it needs of a service is passed in.",
      severity: "error",
      from: { path: "^src/core/protocol/", pathNot: TEST },
      to: { path: "^(src|test)/", pathNot: "^src/core/protocol/" },
    },
    {
      name: "services-stay-apart",
      comment: "A service imports the core and itself, never another service.",
      severity: "error",
      from: { path: "^src/services/([^/]+)/" },
      to: { path: "^src/services/", pathNot: "^src/services/$1/" },
    },
    {
      name: "store-knows-no-domain",
      comment: "A service's store holds records; the domain's rules use the store, never the other way round.",
      severity: "error",
      from: { path: "^src/services/[^/]+/store/" },
      to: { path: "^src/services/[^/]+/(domain|control|seed|state)/" },
    },
    {
      name: "layers-below-the-root",
      comment: "The core and the services never reach up to the composition root or its adapters.",
      severity: "error",
      from: { path: "^src/(core|services)/", pathNot: TEST },
      to: { path: "^src/(emulator|emulator-options|index|cli)\\.ts$|^src/node/" },
    },
  ],
};
