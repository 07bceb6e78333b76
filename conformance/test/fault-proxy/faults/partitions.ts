import { partitionOf } from "../../../src/harness/regions.js";
import { defineFault, type FaultHooks } from "../fault.js";
import { errorReply } from "../wire-json.js";

/** A region of each partition other than the one a copy was sent from, to stand in for a refused destination. */
const STAND_INS: Record<string, readonly string[]> = {
  aws: ["us-west-2", "us-east-1"],
  "aws-us-gov": ["us-gov-west-1", "us-gov-east-1"],
  "aws-cn": ["cn-northwest-1", "cn-north-1"],
};

/**
 * The hooks of a fault that quietly makes a copy the service must refuse: when `refused` holds for the destination,
 * the copy goes to another region of the caller's own partition instead, and the reply is a success.
 */
function redirectingCopy(refused: (destination: string, source: string) => boolean): () => FaultHooks {
  return () => ({
    request: ({ input, region }) => {
      const destination = input?.DestinationRegion;
      if (!region || typeof destination !== "string" || !refused(destination, region)) {
        return undefined;
      }
      const standIn = (STAND_INS[partitionOf(region)] ?? []).find((r) => r !== region);
      return standIn ? { input: { ...input, DestinationRegion: standIn } } : undefined;
    },
  });
}

const GOVCLOUD = new Set(["us-gov-east-1", "us-gov-west-1"]);

export const crossPartitionCopyAllowed = defineFault({
  name: "cross-partition-copy-allowed",
  level: "required",
  breaks: "Backups cannot be copied between AWS restricted regions and standard regions.",
  source: "cloudhsmv2-api.md §5(c); UG copy-backup-to-region",
  groups: ["partitions"],
  operations: ["CopyBackupToRegion"],
  create: redirectingCopy((destination, source) => partitionOf(destination) !== partitionOf(source)),
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

/** ISO-family region names, which the model's Region pattern does not admit (cloudhsmv2-api.md §5(c)). */
const ISO_REGION = /^[a-z]{2}-iso[a-z]?-/;

export const isoRegionAccepted = defineFault({
  name: "iso-region-accepted",
  level: "required",
  breaks: "An ISO-partition DestinationRegion fails the Region pattern and is refused as invalid input.",
  source: "cloudhsmv2-api.md §5(c) (the Region pattern rejects every ISO-family region name)",
  groups: ["partitions"],
  operations: ["CopyBackupToRegion"],
  create: redirectingCopy((destination) => ISO_REGION.test(destination)),
});

/** Standard regions a misrouted copy lands in. */
const ELSEWHERE = ["eu-west-1", "ap-southeast-2"];

export const copyToWrongRegion = defineFault({
  name: "copy-to-wrong-region",
  level: "required",
  breaks: "CopyBackupToRegion copies the backup to the DestinationRegion it names.",
  source: "cloudhsmv2-api.md §2.1 CopyBackupToRegion; API_CopyBackupToRegion (DestinationRegion)",
  groups: ["partitions"],
  operations: ["CopyBackupToRegion"],
  create: () => ({
    request: ({ input, region }) => {
      const destination = input?.DestinationRegion;
      if (
        !region ||
        typeof destination !== "string" ||
        partitionOf(destination) !== "aws" ||
        partitionOf(region) !== "aws"
      ) {
        return undefined;
      }
      const elsewhere = ELSEWHERE.find((r) => r !== destination && r !== region);
      return elsewhere && destination !== region ? { input: { ...input, DestinationRegion: elsewhere } } : undefined;
    },
  }),
});
