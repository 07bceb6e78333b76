import type { components } from "@cloudhsm-kit/spec";
import { describe, expect, it } from "vitest";
import { type Discovered, NOTHING_DISCOVERED } from "../harness/discovery.js";
import { type CapabilityInputs, decideCapabilities } from "./capabilities.js";

const base: CapabilityInputs = {
  control: false,
  endpoint: true,
  regions: { primary: "us-east-1", second: "us-west-2" },
  readyBackups: {},
  discovered: NOTHING_DISCOVERED,
  partitionCredentials: new Set(),
  legacyClusterIdCopy: false,
  allowBillable: false,
  secondAccount: false,
};

const listing = (region: string, state: components["schemas"]["Backup"]["BackupState"]): Discovered => ({
  ...NOTHING_DISCOVERED,
  backups: new Map([
    [region, [{ BackupId: "backup-abcdefghijk", BackupState: state, ClusterId: "cluster-abcdefghijk" }]],
  ]),
});

describe("decideCapabilities", () => {
  it("takes a READY backup from what the target lists, not only from the config or the control protocol", () => {
    expect(decideCapabilities(base).has.has("ready-backup")).toBe(false);
    expect(decideCapabilities({ ...base, discovered: listing("us-east-1", "READY") }).has.has("ready-backup")).toBe(
      true,
    );
    expect(decideCapabilities({ ...base, discovered: listing("us-east-1", "DELETED") }).has.has("ready-backup")).toBe(
      false,
    );
    expect(decideCapabilities({ ...base, readyBackups: { "us-east-1": "backup-abcdefghijk" } }).has).toContain(
      "ready-backup",
    );
  });

  it("creates clusters on any emulator endpoint, and on AWS only with --allow-billable", () => {
    expect(decideCapabilities(base).has.has("billable")).toBe(true);
    const aws = { ...base, endpoint: false };
    expect(decideCapabilities(aws).missing.get("billable")).toContain("--allow-billable");
    expect(decideCapabilities({ ...aws, allowBillable: true }).has.has("billable")).toBe(true);
  });

  it("names what AWS bills for: CloudHSM's clusters and AWS Backup's recovery points", () => {
    const reason = decideCapabilities({ ...base, endpoint: false }).missing.get("billable");
    expect(reason).toContain("HSMs");
    expect(reason).toContain("AWS Backup recovery points");
  });

  it("backs up invented resources on an emulator, and on AWS only configured ones", () => {
    expect(decideCapabilities(base).has).toContain("backup-resource");
    expect(decideCapabilities(base).has).toContain("backup-dynamodb-table");
    const aws = { ...base, endpoint: false };
    expect(decideCapabilities(aws).missing.get("backup-resource")).toContain("backup.resourceArn");
    expect(decideCapabilities(aws).missing.get("backup-dynamodb-table")).toContain("backup.dynamoDbTableArn");
    const configured = decideCapabilities({ ...aws, backupResource: true, backupDynamoDbTable: true });
    expect(configured.has).toContain("backup-resource");
    expect(configured.has).toContain("backup-dynamodb-table");
    expect(decideCapabilities({ ...aws, backupResource: true }).has.has("backup-dynamodb-table")).toBe(false);
  });

  it("says what a missing capability would take, including a region that could not be listed", () => {
    const found = { ...NOTHING_DISCOVERED, problems: new Map([["us-east-1", "HTTP 500 InternalFailure"]]) };
    const reason = decideCapabilities({ ...base, discovered: found }).missing.get("ready-backup");
    expect(reason).toContain('config "readyBackups"');
    expect(reason).toContain("HTTP 500 InternalFailure");
  });

  it("needs the partition's credentials on AWS for GovCloud and China", () => {
    const gov = {
      ...base,
      endpoint: false,
      regions: { ...base.regions, govEast: "us-gov-east-1", govWest: "us-gov-west-1" },
      readyBackups: { "us-gov-west-1": "backup-abcdefghijk" },
    };
    expect(decideCapabilities(gov).has.has("govcloud-regions")).toBe(false);
    expect(
      decideCapabilities({ ...gov, partitionCredentials: new Set(["aws-us-gov"]) }).has.has("govcloud-regions"),
    ).toBe(true);
  });
});
