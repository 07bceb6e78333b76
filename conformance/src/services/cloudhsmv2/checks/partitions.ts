import { expectEqual } from "../../../harness/assert.js";
import { WELL_KNOWN } from "../../../harness/regions.js";
import { expectServiceError } from "../../../harness/service-error.js";
import type { Capability, Citation, Level } from "../../../registry/types.js";
import { C } from "../citations.js";
import type { Check, CloudHsmContext } from "../context.js";
import { expectCopyRefused, VALIDATION_NAMES } from "../fixtures/refusals.js";

/** A READY backup in `region` the suite may copy (built through the control protocol, or configured). */
const backupIn = (t: CloudHsmContext, region: string) => t.fixtures.readyBackup(region);

type Region = (t: CloudHsmContext) => string;

/** One copy route a check exercises: from where, to where, on what grounds, and what the target must offer. */
interface Route {
  id: string;
  title: string;
  from: Region;
  to: Region;
  citations?: Citation[];
  /** For an advisory route: what the documents leave open. */
  undocumented?: string;
  needs: Capability[];
}

const REFUSED_ASSERTS =
  "The copy is refused: either a synchronous HTTP 400 (CloudHsmInvalidRequestException, CloudHsmResourceNotFoundException, CloudHsmAccessDeniedException or ValidationException) or an accepted copy that ends DELETED; it never becomes READY.";

/** The copy is refused, synchronously or by ending DELETED (required unless `level` says otherwise). */
function refused(r: Route, level: Level = "required", asserts = REFUSED_ASSERTS) {
  return {
    id: r.id,
    level,
    title: r.title,
    asserts,
    citations: r.citations ?? [C.restrictedPartition],
    ...(r.undocumented ? { undocumented: r.undocumented } : {}),
    needs: r.needs,
    async run(t: CloudHsmContext) {
      const source = await backupIn(t, r.from(t));
      const how = await expectCopyRefused(t, source.BackupId, r.from(t), r.to(t));
      t.note(how.sync ? `refused synchronously: ${how.error.name}` : "accepted, then the copy ended DELETED");
    },
  };
}

/** The refusal is a synchronous HTTP 400 CloudHsmInvalidRequestException (advisory: the error is UNDOC). */
function refusedSynchronously(r: Route) {
  return {
    id: r.id,
    level: "advisory" as const,
    title: r.title,
    asserts:
      "The refusal is synchronous: HTTP 400 CloudHsmInvalidRequestException (UNDOC; observed-aws-behaviour.md §2).",
    citations: r.citations ?? [C.restrictedPartition],
    undocumented: "whether the refusal is synchronous, and its error name",
    needs: r.needs,
    async run(t: CloudHsmContext) {
      const source = await backupIn(t, r.from(t));
      await expectServiceError(
        `CopyBackupToRegion ${r.from(t)} → ${r.to(t)}`,
        () => t.client(r.from(t)).copyBackupToRegion({ BackupId: source.BackupId, DestinationRegion: r.to(t) }),
        { names: ["CloudHsmInvalidRequestException"] },
      );
    },
  };
}

/** The copy is accepted and reaches READY. */
function allowed(r: Route) {
  return {
    id: r.id,
    level: "required" as const,
    title: r.title,
    asserts: "The copy is accepted and the copy in the destination region reaches READY.",
    citations: r.citations ?? [C.govCloudEastWest],
    needs: r.needs,
    async run(t: CloudHsmContext) {
      const source = await backupIn(t, r.from(t));
      const { copy } = await t.copies.copy(source.BackupId, r.from(t), r.to(t));
      const settled = await t.copies.settleCopy(copy.BackupId, r.to(t), "READY", "DELETED");
      expectEqual(`state of the copy in ${r.to(t)}`, settled.BackupState, "READY");
    },
  };
}

const primary = (t: CloudHsmContext) => t.regions.primary;
const govEast = (t: CloudHsmContext) => t.region("govEast");
const govWest = (t: CloudHsmContext) => t.region("govWest");
const govWestName = (t: CloudHsmContext) => t.regions.govWest ?? WELL_KNOWN.govWest;
const chinaName = (t: CloudHsmContext) => t.regions.china ?? WELL_KNOWN.china;
const china = (t: CloudHsmContext) => t.region("china");

export const partitionChecks: readonly Check[] = [
  refused({
    id: "PART-GOV-001",
    title: "CopyBackupToRegion refuses to copy from a standard region into AWS GovCloud (US)",
    from: primary,
    to: govWestName,
    needs: ["ready-backup"],
  }),
  refused({
    id: "PART-GOV-002",
    title: "CopyBackupToRegion refuses to copy from AWS GovCloud (US) into a standard region",
    from: govWest,
    to: primary,
    needs: ["govcloud-regions"],
  }),
  allowed({
    id: "PART-GOV-003",
    title: "CopyBackupToRegion copies from AWS GovCloud (US-East) to AWS GovCloud (US-West)",
    from: govEast,
    to: govWest,
    needs: ["govcloud-regions"],
  }),
  allowed({
    id: "PART-GOV-004",
    title: "CopyBackupToRegion copies from AWS GovCloud (US-West) to AWS GovCloud (US-East)",
    from: govWest,
    to: govEast,
    needs: ["govcloud-regions"],
  }),
  refusedSynchronously({
    id: "PART-GOV-005",
    title: "CopyBackupToRegion refuses a standard → GovCloud copy synchronously with CloudHsmInvalidRequestException",
    from: primary,
    to: govWestName,
    needs: ["ready-backup"],
  }),
  refusedSynchronously({
    id: "PART-GOV-006",
    title: "CopyBackupToRegion refuses a GovCloud → standard copy synchronously with CloudHsmInvalidRequestException",
    from: govWest,
    to: primary,
    needs: ["govcloud-regions"],
  }),
  refused(
    {
      id: "PART-CN-001",
      title: "CopyBackupToRegion refuses to copy from a standard region into China",
      from: primary,
      to: chinaName,
      undocumented: "copies into China (the documents name only GovCloud among the restricted regions)",
      needs: ["ready-backup"],
    },
    "advisory",
    "UNDOC: the documents never name China; a copy from aws into aws-cn is expected to be refused (synchronously or by ending DELETED).",
  ),
  refused(
    {
      id: "PART-CN-002",
      title: "CopyBackupToRegion refuses to copy from China into a standard region",
      from: china,
      to: primary,
      undocumented: "copies out of China (the documents name only GovCloud among the restricted regions)",
      needs: ["china-region"],
    },
    "advisory",
    "UNDOC: the documents never name China; a copy from aws-cn into aws is expected to be refused (synchronously or by ending DELETED).",
  ),
  refused(
    {
      id: "PART-SAME-001",
      title: "CopyBackupToRegion refuses a destination equal to the source region",
      from: primary,
      to: primary,
      undocumented: "what a copy to the source's own region does",
      citations: [C.copyDifferentRegion],
      needs: ["ready-backup"],
    },
    "advisory",
    "UNDOC (the operation copies 'to a different region'): a same-region copy is refused synchronously or ends DELETED.",
  ),
  refused(
    {
      id: "PART-UNKNOWN-001",
      title: "CopyBackupToRegion refuses a well-formed region that does not exist",
      from: primary,
      to: () => "zz-east-1",
      undocumented: "what a copy to a well-formed region that does not exist does",
      citations: [C.regionPattern],
      needs: ["ready-backup"],
    },
    "advisory",
    "UNDOC: a region name that matches the Region pattern but names no region (zz-east-1) is refused.",
  ),
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
      const { copy } = await t.copies.copy(source.BackupId, t.regions.primary, to);
      const settled = await t.copies.settleCopy(copy.BackupId, to, "READY", "DELETED");
      expectEqual("state of the copy", settled.BackupState, "READY");
    },
  },
];
