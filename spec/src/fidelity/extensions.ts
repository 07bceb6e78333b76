import type { ServiceId } from "../service-ids.js";
import type { DeclaredExtension } from "./types.js";

/**
 * Members a service's spec describes although AWS's model has none: each must be declared here, under its service,
 * be deprecated and carry its marker, or the fidelity check fails.
 */
export const DECLARED_EXTENSIONS: Readonly<Record<ServiceId, readonly DeclaredExtension[]>> = {
  cloudhsmv2: [
    {
      shape: "CopyBackupToRegionRequest",
      member: "ClusterId",
      marker: "x-legacy-documented",
      reason:
        "The CloudHSM user guide documented a cluster ID on CopyBackupToRegion from 2018 to 2023 " +
        "(https://docs.aws.amazon.com/cloudhsm/latest/userguide/copy-backup-to-region.html); no model version has it.",
    },
  ],
  backup: [],
};

/**
 * Members an error schema may have beside its model members, because AWS JSON 1.1 puts them on the wire: the
 * error's name, and the lower-case `message` that AWS's framework errors send (observed-aws-behaviour.md §8:
 * "Framework errors use lowercase `message`. CloudHSM's modelled errors declare `Message`. botocore reads both").
 * Any other member on an error schema fails the fidelity check.
 */
export const ERROR_WIRE_MEMBERS: readonly string[] = ["__type", "message"];
