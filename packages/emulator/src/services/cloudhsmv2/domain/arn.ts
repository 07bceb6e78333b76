import { cloudHsmV2 } from "@cloudhsm-kit/spec";
import { type PartitionId, partitionOf } from "./partitions.js";

const NAMESPACE = cloudHsmV2.arnNamespace;

/** ARNs in the service's namespace (cloudhsmv2-api.md §1: `arn:aws:cloudhsm:<region>:<acct>:backup/backup-…`). */
export function backupArn(region: string, account: string, backupId: string): string {
  const partition: PartitionId = partitionOf(region) ?? "aws";
  return `arn:${partition}:${NAMESPACE}:${region}:${account}:backup/${backupId}`;
}

export interface ParsedArn {
  partition: string;
  region: string;
  account: string;
  resourceType: "backup" | "cluster" | "hsm";
  resourceId: string;
}

const ARN = new RegExp(
  `^arn:(aws(?:-[a-z-]+)?):${NAMESPACE}:([a-z0-9-]+):(\\d{12}):(backup|cluster|hsm)/((?:backup|cluster|hsm)-[2-7a-zA-Z]{11,16})$`,
);

/** Parses a CloudHsmArn/BackupArn; undefined when the text is not one. */
export function parseArn(text: string): ParsedArn | undefined {
  const m = ARN.exec(text);
  if (!m) {
    return undefined;
  }
  const [, partition, region, account, resourceType, resourceId] = m as unknown as [
    string,
    string,
    string,
    string,
    ParsedArn["resourceType"],
    string,
  ];
  if (!resourceId.startsWith(`${resourceType}-`)) {
    return undefined;
  }
  return { partition, region, account, resourceType, resourceId };
}
