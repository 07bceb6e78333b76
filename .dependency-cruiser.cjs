/**
 * Import rules every package keeps (checked by `npm run lint`, `depcruise` over each package's sources). Type-only
 * imports count: a cycle through `import type` is still two modules that cannot be understood apart. Packages add
 * their own layer rules in their own .dependency-cruiser.cjs, which extends this one.
 */
module.exports = {
  forbidden: [
    {
      name: "no-cycle",
      comment: "Imports run one way: no module reaches itself again through its imports (type-only included).",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-missing",
      comment: "Every import resolves (a `/// <reference types=\"node\" />` names types, not a module).",
      severity: "error",
      from: {},
      to: { couldNotResolve: true, pathNot: "^node$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(dist|node_modules|test-results)/" },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "types", "default", "node"],
      extensions: [".ts", ".js", ".mjs", ".json"],
    },
  },
};
