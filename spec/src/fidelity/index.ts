export { type BundledSpec, checkFidelity, formatCounts, formatDifferences } from "./check-fidelity.js";
export { DECLARED_EXTENSIONS } from "./extensions.js";
export type { BotocoreModel, DeclaredExtension, Difference, FidelityReport } from "./types.js";
