import type { CheckContext } from "../harness/context.js";
import { WELL_KNOWN } from "../harness/regions.js";
import { expectServiceError } from "../harness/service-error.js";
import { C } from "../registry/citations.js";
import type { Citation } from "../registry/types.js";
import { expectEqual } from "./assert.js";
import { defineGroup } from "./define.js";
import { expectCopyRefused, VALIDATION_NAMES } from "./shared.js";

/** A READY backup in `region` the suite may copy (built through the control protocol, or configured). */
const backupIn = (t: CheckContext, region: string) => t.fixtures.readyBackup(region);

function refused(
  id: string,
  title: string,
  from: (t: CheckContext) => string,
  to: (t: CheckContext) => string,
  citations: Citation[],
  needs: ("govcloud-regions" | "china-region" | "ready-backup")[],
) {
  return {
    id,
    level: "required" as const,
    title,
    asserts:
      "The copy is refused: either a synchronous HTTP 400 (CloudHsmInvalidRequestException, CloudHsmResourceNotFoundException, CloudHsmAccessDeniedException or ValidationException) or an accepted copy that ends DELETED; it never becomes READY.",
    citations,
    needs,
    async run(t: CheckContext) {
      const source = await backupIn(t, from(t));
      const how = await expectCopyRefused(t, source.BackupId, from(t), to(t));
      t.note(how.sync ? `refused synchronously: ${how.error.name}` : "accepted, then the copy ended DELETED");
    },
  };
}

function refusedSynchronously(
  id: string,
  title: string,
  from: (t: CheckContext) => string,
  to: (t: CheckContext) => string,
  citations: Citation[],
  needs: ("govcloud-regions" | "china-region" | "ready-backup")[],
) {
  return {
    id,
    level: "advisory" as const,
    title,
    asserts:
      "The refusal is synchronous: HTTP 400 CloudHsmInvalidRequestException (UNDOC; observed-aws-behaviour.md §2).",
    citations,
    needs,
    async run(t: CheckContext) {
      const source = await backupIn(t, from(t));
      await expectServiceError(
        `CopyBackupToRegion ${from(t)} → ${to(t)}`,
        () => t.client(from(t)).copyBackupToRegion({ BackupId: source.BackupId, DestinationRegion: to(t) }),
        { names: ["CloudHsmInvalidRequestException"] },
      );
    },
  };
}

function allowed(id: string, title: string, from: (t: CheckContext) => string, to: (t: CheckContext) => string) {
  return {
    id,
    level: "required" as const,
    title,
    asserts: "The copy is accepted and the copy in the destination region reaches READY.",
    citations: [C.govCloudEastWest],
    needs: ["govcloud-regions" as const],
    async run(t: CheckContext) {
      const source = await backupIn(t, from(t));
      const { copy } = await t.fixtures.copy(source.BackupId, from(t), to(t));
      const settled = await t.fixtures.settleCopy(copy.BackupId, to(t), "READY", "DELETED");
      expectEqual(`state of the copy in ${to(t)}`, settled.BackupState, "READY");
    },
  };
}

const primary = (t: CheckContext) => t.regions.primary;
const govEast = (t: CheckContext) => t.region("govEast");
const govWest = (t: CheckContext) => t.region("govWest");
const govWestName = (t: CheckContext) => t.regions.govWest ?? WELL_KNOWN.govWest;
const chinaName = (t: CheckContext) => t.regions.china ?? WELL_KNOWN.china;
const china = (t: CheckContext) => t.region("china");

export const partitionChecks = defineGroup("partitions", [
  refused(
    "PART-GOV-001",
    "CopyBackupToRegion refuses to copy from a standard region into AWS GovCloud (US)",
    primary,
    govWestName,
    [C.restrictedPartition],
    ["ready-backup"],
  ),
  refused(
    "PART-GOV-002",
    "CopyBackupToRegion refuses to copy from AWS GovCloud (US) into a standard region",
    govWest,
    primary,
    [C.restrictedPartition],
    ["govcloud-regions"],
  ),
  allowed(
    "PART-GOV-003",
    "CopyBackupToRegion copies from AWS GovCloud (US-East) to AWS GovCloud (US-West)",
    govEast,
    govWest,
  ),
  allowed(
    "PART-GOV-004",
    "CopyBackupToRegion copies from AWS GovCloud (US-West) to AWS GovCloud (US-East)",
    govWest,
    govEast,
  ),
  refusedSynchronously(
    "PART-GOV-005",
    "CopyBackupToRegion refuses a standard → GovCloud copy synchronously with CloudHsmInvalidRequestException",
    primary,
    govWestName,
    [C.restrictedPartition],
    ["ready-backup"],
  ),
  refusedSynchronously(
    "PART-GOV-006",
    "CopyBackupToRegion refuses a GovCloud → standard copy synchronously with CloudHsmInvalidRequestException",
    govWest,
    primary,
    [C.restrictedPartition],
    ["govcloud-regions"],
  ),
  {
    ...refused(
      "PART-CN-001",
      "CopyBackupToRegion refuses to copy from a standard region into China",
      primary,
      chinaName,
      [C.restrictedPartition],
      ["ready-backup"],
    ),
    level: "advisory" as const,
    asserts:
      "UNDOC: the documents never name China; a copy from aws into aws-cn is expected to be refused (synchronously or by ending DELETED).",
  },
  {
    ...refused(
      "PART-CN-002",
      "CopyBackupToRegion refuses to copy from China into a standard region",
      china,
      primary,
      [C.restrictedPartition],
      ["china-region"],
    ),
    level: "advisory" as const,
    asserts:
      "UNDOC: the documents never name China; a copy from aws-cn into aws is expected to be refused (synchronously or by ending DELETED).",
  },
  {
    ...refused(
      "PART-SAME-001",
      "CopyBackupToRegion refuses a destination equal to the source region",
      primary,
      primary,
      [C.copyDifferentRegion],
      ["ready-backup"],
    ),
    level: "advisory" as const,
    asserts:
      "UNDOC (the operation copies 'to a different region'): a same-region copy is refused synchronously or ends DELETED.",
  },
  {
    ...refused(
      "PART-UNKNOWN-001",
      "CopyBackupToRegion refuses a well-formed region that does not exist",
      primary,
      () => "zz-east-1",
      [C.regionPattern],
      ["ready-backup"],
    ),
    level: "advisory" as const,
    asserts: "UNDOC: a region name that matches the Region pattern but names no region (zz-east-1) is refused.",
  },
  {
    id: "PART-ISO-001",
    level: "required",
    title: "CopyBackupToRegion rejects an ISO region name, which the Region pattern does not admit",
    asserts:
      "DestinationRegion us-iso-east-1 fails the Region pattern and is rejected with HTTP 400 and a validation error name.",
    citations: [C.regionPattern],
    needs: ["ready-backup"],
    async run(t) {
      const source = await t.fixtures.readyBackup();
      await expectServiceError(
        "CopyBackupToRegion to us-iso-east-1",
        () => t.client().copyBackupToRegion({ BackupId: source.BackupId, DestinationRegion: "us-iso-east-1" }),
        { names: VALIDATION_NAMES },
      );
    },
  },
  {
    id: "PART-STD-001",
    level: "required",
    title: "CopyBackupToRegion copies between two standard regions",
    asserts: "A copy from the primary to the second standard region is accepted and reaches READY.",
    citations: [C.copyReady, C.copyDifferentRegion],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const source = await t.fixtures.readyBackup();
      const to = t.region("second");
      const { copy } = await t.fixtures.copy(source.BackupId, t.regions.primary, to);
      const settled = await t.fixtures.settleCopy(copy.BackupId, to, "READY", "DELETED");
      expectEqual("state of the copy", settled.BackupState, "READY");
    },
  },
]);
