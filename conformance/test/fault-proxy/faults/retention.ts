import { defineFault, type Json } from "../fault.js";
import { errorReply, without } from "../wire-json.js";
import { BACKUP_REPLIES, rewritingBackups } from "./backup-replies.js";

const MIN_DAYS = 7;
const MAX_DAYS = 379;

export const retentionRangeNotEnforced = defineFault({
  name: "retention-range-not-enforced",
  level: "required",
  breaks: "The backup retention period is a number of days between 7 and 379.",
  source: "cloudhsmv2-api.md §5(e); BackupRetentionPolicy.Value doc; UG manage-backup-retention",
  groups: ["retention", "validation"],
  operations: ["CreateCluster", "ModifyCluster"],
  create: () => ({
    // An out-of-range value is quietly clamped into range, so the request succeeds.
    request: ({ input }) => {
      const policy = input?.BackupRetentionPolicy as Json | undefined;
      const days = Number(policy?.Value);
      if (!input || !policy || !Number.isFinite(days) || (days >= MIN_DAYS && days <= MAX_DAYS)) {
        return undefined;
      }
      const clamped = String(Math.min(MAX_DAYS, Math.max(MIN_DAYS, days)));
      return { input: { ...input, BackupRetentionPolicy: { ...policy, Value: clamped } } };
    },
  }),
});

export const neverExpiresNotApplied = defineFault({
  name: "never-expires-not-applied",
  level: "required",
  breaks: "ModifyBackupAttributes with NeverExpires true exempts the backup from the retention policy.",
  source: "cloudhsmv2-api.md §5(e); ModifyBackupAttributes",
  groups: ["retention"],
  operations: ["ModifyBackupAttributes"],
  create: () => ({
    request: ({ input }) => (input?.NeverExpires === true ? { input: { ...input, NeverExpires: false } } : undefined),
  }),
});

export const neverExpiresFilterIgnored = defineFault({
  name: "never-expires-filter-ignored",
  level: "required",
  breaks: "DescribeBackups with the neverExpires filter returns only backups with that setting.",
  source: "cloudhsmv2-api.md §5(e); DescribeBackups Filters",
  groups: ["retention", "describe-backups"],
  operations: ["DescribeBackups"],
  create: () => ({
    request: ({ input }) => {
      const filters = input?.Filters as Json | undefined;
      return input && filters && "neverExpires" in filters
        ? { input: { ...input, Filters: without(filters, "neverExpires") } }
        : undefined;
    },
  }),
});

export const retentionBoundsExclusive = defineFault({
  name: "retention-bounds-exclusive",
  level: "required",
  breaks: "A retention period of exactly 7 or 379 days is accepted (the range is inclusive).",
  source: "cloudhsmv2-api.md §5(e); BackupRetentionPolicy.Value doc (a value between 7 - 379)",
  groups: ["retention"],
  operations: ["CreateCluster", "ModifyCluster"],
  create: () => ({
    request: ({ input }) => {
      const value = (input?.BackupRetentionPolicy as Json | undefined)?.Value;
      return value === String(MIN_DAYS) || value === String(MAX_DAYS)
        ? { answer: errorReply("CloudHsmInvalidRequestException", `Retention of ${value} days is out of range.`) }
        : undefined;
    },
  }),
});

export const copyFollowsSourceDeletion = defineFault({
  name: "copy-follows-source-deletion",
  level: "required",
  breaks: "A copied backup has no retention policy: it stays until deleted by hand, whatever happens to its source.",
  source: "cloudhsmv2-api.md §5(b),(e); UG manage-backup-retention",
  groups: ["retention"],
  operations: ["DescribeBackups"],
  create: () => ({
    // Each READY copy takes the state of its source when the source is on its way out, and is DELETED when the
    // source is no longer listed at all.
    response: async ({ output }, _request, context) => {
      const listed = output?.Backups;
      if (!Array.isArray(listed)) {
        return undefined;
      }
      let changed = false;
      const backups = await Promise.all(
        listed.map(async (b: Json) => {
          if (b.BackupState !== "READY" || typeof b.SourceBackup !== "string" || typeof b.SourceRegion !== "string") {
            return b;
          }
          const source = await context.call(
            "DescribeBackups",
            { Filters: { backupIds: [b.SourceBackup] } },
            b.SourceRegion,
          );
          const state = (source.output?.Backups as Json[] | undefined)?.[0]?.BackupState ?? "DELETED";
          if (state !== "PENDING_DELETION" && state !== "DELETED") {
            return b;
          }
          changed = true;
          return { ...b, BackupState: state };
        }),
      );
      return changed ? { output: { ...output, Backups: backups } } : undefined;
    },
  }),
});

export const neverExpiresFalseOmitted = defineFault({
  name: "never-expires-false-omitted",
  level: "required",
  breaks: 'A backup that was never exempted from the retention policy is listed with "NeverExpires": false.',
  source: 'UG delete-restore-backup.html (describe-backups example output: "NeverExpires": false)',
  groups: ["retention"],
  operations: BACKUP_REPLIES,
  create: rewritingBackups((b) => (b.NeverExpires === false ? without(b, "NeverExpires") : undefined)),
});
