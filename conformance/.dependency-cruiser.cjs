/** This package's import rules: the repository's (no cycles, type-only included; every import resolves). */
const base = require("../.dependency-cruiser.cjs");

module.exports = {
  ...base,
  forbidden: [...base.forbidden],
};
