import type { DeclaredExtension } from "./types.js";

/**
 * Members the spec describes although AWS's model has none: each must be declared here, be deprecated and carry
 * its marker, or the fidelity check fails.
 */
export const DECLARED_EXTENSIONS: readonly DeclaredExtension[] = [
  {
    shape: "CopyBackupToRegionRequest",
    member: "ClusterId",
    marker: "x-legacy-documented",
    reason:
      "The CloudHSM user guide documented a cluster ID on CopyBackupToRegion from 2018 to 2023 " +
      "(https://docs.aws.amazon.com/cloudhsm/latest/userguide/copy-backup-to-region.html); no model version has it.",
  },
];
