import { partitionOf } from "../../../src/harness/regions.js";
import { defineFault } from "../fault.js";
import { errorReply } from "../wire-json.js";

/** A region of each partition other than the one a copy was sent from, to stand in for a refused destination. */
const STAND_INS: Record<string, readonly string[]> = {
  aws: ["us-west-2", "us-east-1"],
  "aws-us-gov": ["us-gov-west-1", "us-gov-east-1"],
  "aws-cn": ["cn-northwest-1", "cn-north-1"],
};

const GOVCLOUD = new Set(["us-gov-east-1", "us-gov-west-1"]);

export const crossPartitionCopyAllowed = defineFault({
  name: "cross-partition-copy-allowed",
  level: "required",
  breaks: "Backups cannot be copied between AWS restricted regions and standard regions.",
  source: "cloudhsmv2-api.md §5(c); UG copy-backup-to-region",
  groups: ["partitions"],
  operations: ["CopyBackupToRegion"],
  create: () => ({
    request: ({ input, region }) => {
      const destination = input?.DestinationRegion;
      if (!region || typeof destination !== "string" || partitionOf(destination) === partitionOf(region)) {
        return undefined;
      }
      // The refused copy is quietly made inside the caller's own partition, and the reply is a success.
      const standIn = (STAND_INS[partitionOf(region)] ?? []).find((r) => r !== region);
      return standIn ? { input: { ...input, DestinationRegion: standIn } } : undefined;
    },
  }),
});

export const govCloudEastWestRefused = defineFault({
  name: "govcloud-east-west-refused",
  level: "required",
  breaks: "Backups can be copied between the AWS GovCloud (US-East) and AWS GovCloud (US-West) regions.",
  source: "cloudhsmv2-api.md §5(c); UG copy-backup-to-region",
  groups: ["partitions"],
  operations: ["CopyBackupToRegion"],
  create: () => ({
    request: ({ input, region }) => {
      const destination = input?.DestinationRegion;
      const between = region !== undefined && GOVCLOUD.has(region) && typeof destination === "string";
      return between && GOVCLOUD.has(destination) && destination !== region
        ? { answer: errorReply("CloudHsmInvalidRequestException", "Backups cannot be copied to a restricted region.") }
        : undefined;
    },
  }),
});
