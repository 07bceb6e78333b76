import { expectDefined } from "../../../harness/assert.js";
import { CheckFailed } from "../../../harness/failure.js";
import { schemaFailure } from "../../../harness/observe.js";
import { attempt } from "../../../harness/service-error.js";
import type { Capability } from "../../../registry/types.js";
import { B } from "../citations.js";
import type { BackupContext, Check } from "../context.js";
import { BACKUP_SERVICE } from "../wire.js";

/** Fails with the SCHEMA verdict on the run's AWS Backup replies to `operation` (every error reply for `undefined`). */
function failOnViolations(t: BackupContext, operation: string | undefined): void {
  const failure = schemaFailure(t.target.violations, operation, BACKUP_SERVICE);
  if (failure) {
    throw new CheckFailed(failure);
  }
}

const idOf = (operation: string) => `BKP-SCHEMA-${operation.replace(/([a-z])([A-Z])/g, "$1-$2").toUpperCase()}-001`;

/**
 * One check per AWS Backup operation the suite calls: the call is made, and every successful reply to that operation
 * in the run (this check's and those other checks received) is validated against the operation's output shape in the
 * Backup document. A reply that breaks it is reported here, once; the check that received it shows it as evidence.
 */
function schemaCheck(operation: string, needs: Capability[], call: (t: BackupContext) => Promise<unknown>): Check {
  return {
    id: idOf(operation),
    level: "required",
    title: `${operation} replies match the spec`,
    asserts: `Every successful AWS Backup ${operation} reply of the run (at least the one this check asks for) validates against its output shape in the project's AWS Backup OpenAPI document (types, enums, patterns), which the spec's fidelity gate proves equal to AWS's model.`,
    citations: [B.model],
    needs,
    judgeRun: (violations) => schemaFailure(violations, operation, BACKUP_SERVICE),
    async run(t) {
      await call(t);
      failOnViolations(t, operation);
    },
  };
}

/** What a recovery point needs (AWS bills its storage and backs up only a real resource), and a copy of one. */
const POINT: Capability[] = ["billable", "backup-resource"];
const COPY: Capability[] = ["second-region", ...POINT];

const completed = (t: BackupContext) => t.copies.completedCopy();
const withPoint = async (t: BackupContext) => {
  const vault = await t.vaults.create(t.regions.primary, "schema");
  return t.copies.recoveryPoint(vault);
};

export const schemaChecks: readonly Check[] = [
  schemaCheck("CreateBackupVault", [], (t) => t.vaults.create(t.regions.primary, "schema")),
  schemaCheck("DescribeBackupVault", [], async (t) => {
    const vault = await t.vaults.create(t.regions.primary, "schema");
    await t.backup().describeBackupVault({ BackupVaultName: vault.name });
  }),
  schemaCheck("DeleteBackupVault", [], async (t) => {
    const vault = await t.vaults.create(t.regions.primary, "schema");
    await t.backup().deleteBackupVault({ BackupVaultName: vault.name });
  }),
  schemaCheck("ListCopyJobs", [], (t) => t.backup().listCopyJobs({ MaxResults: 5 })),
  schemaCheck("DescribeRegionSettings", [], (t) => t.backup().describeRegionSettings()),
  schemaCheck("StartBackupJob", POINT, withPoint),
  schemaCheck("DescribeBackupJob", POINT, withPoint),
  schemaCheck("DescribeRecoveryPoint", POINT, withPoint),
  schemaCheck("ListRecoveryPointsByBackupVault", POINT, async (t) => {
    const point = await withPoint(t);
    await t.backup().listRecoveryPointsByBackupVault({ BackupVaultName: point.vault.name });
  }),
  schemaCheck("UpdateRecoveryPointLifecycle", POINT, async (t) => {
    const point = await withPoint(t);
    await t.backup().updateRecoveryPointLifecycle({
      BackupVaultName: point.vault.name,
      RecoveryPointArn: point.arn,
      Lifecycle: { DeleteAfterDays: 400 },
    });
  }),
  schemaCheck("DeleteRecoveryPoint", POINT, async (t) => {
    const point = await withPoint(t);
    await t.backup().deleteRecoveryPoint({ BackupVaultName: point.vault.name, RecoveryPointArn: point.arn });
  }),
  schemaCheck("StartCopyJob", COPY, completed),
  schemaCheck("DescribeCopyJob", COPY, async (t) => {
    const { copy } = await completed(t);
    await t.backup().describeCopyJob({ CopyJobId: expectDefined("CopyJobId", copy.job.CopyJobId) });
  }),
  {
    id: "BKP-SCHEMA-ERROR-001",
    level: "required",
    title: "AWS Backup error replies match the spec's error shapes",
    asserts:
      "A ResourceNotFoundException reply (DescribeCopyJob of an unknown job), and every other AWS Backup error reply of the run, carries X-Amzn-ErrorType and, for an error the model gives the operation, a body that validates against that error's shape.",
    citations: [B.errorTypeHeader, B.notFound400],
    needs: [],
    judgeRun: (violations) => schemaFailure(violations, undefined, BACKUP_SERVICE),
    async run(t) {
      const outcome = await attempt(() =>
        t.backup().describeCopyJob({ CopyJobId: "00000000-0000-4000-8000-00000000c0de" }),
      );
      if (outcome.ok) {
        throw new CheckFailed("DescribeCopyJob of an unknown copy job succeeded");
      }
      failOnViolations(t, undefined);
    },
  },
];
