import { defineFault } from "../fault.js";
import { errorReply, okReply, without } from "../wire-json.js";

const BACKUPS_MAX_RESULTS = 50;
const MAX_TAGS = 50;
/** The BackupId pattern of the model (cloudhsmv2-api.md §3.3). */
const BACKUP_ID = /^backup-[2-7a-zA-Z]{11,16}$/;

export const maxResultsBoundNotEnforced = defineFault({
  name: "max-results-bound-not-enforced",
  level: "required",
  breaks: "DescribeBackups MaxResults must be between 1 and 50.",
  source: "cloudhsmv2-api.md §3.3 (BackupsMaxSize 1–50)",
  groups: ["validation", "describe-backups"],
  operations: ["DescribeBackups"],
  create: () => ({
    request: ({ input }) => {
      const max = input?.MaxResults;
      if (!input || typeof max !== "number" || (max >= 1 && max <= BACKUPS_MAX_RESULTS)) {
        return undefined;
      }
      return { input: { ...input, MaxResults: Math.min(BACKUPS_MAX_RESULTS, Math.max(1, max)) } };
    },
  }),
});

export const tagListBoundNotEnforced = defineFault({
  name: "tag-list-bound-not-enforced",
  level: "required",
  breaks: "A TagList holds 1 to 50 tags; a request with more is refused.",
  source: "cloudhsmv2-api.md §5(d) (model limits)",
  groups: ["validation", "tags"],
  operations: ["TagResource", "CopyBackupToRegion", "CreateCluster"],
  create: () => ({
    // The extra tags are dropped silently and the request succeeds.
    request: ({ input }) =>
      input && Array.isArray(input.TagList) && input.TagList.length > MAX_TAGS
        ? { input: { ...input, TagList: input.TagList.slice(0, MAX_TAGS) } }
        : undefined,
  }),
});

export const emptyTagListAccepted = defineFault({
  name: "empty-tag-list-accepted",
  level: "required",
  breaks: "A TagList holds at least one tag; an empty list is invalid input.",
  source: "cloudhsmv2-api.md §5(d) (TagList: [] violates min 1)",
  groups: ["validation", "tags"],
  operations: ["TagResource", "CopyBackupToRegion"],
  create: () => ({
    request: ({ input, operation }) => {
      if (!input || !Array.isArray(input.TagList) || input.TagList.length > 0) {
        return undefined;
      }
      // A copy goes ahead as if no TagList were given; tagging with nothing succeeds.
      return operation === "CopyBackupToRegion" ? { input: without(input, "TagList") } : { answer: okReply({}) };
    },
  }),
});

export const backupIdPatternNotEnforced = defineFault({
  name: "backup-id-pattern-not-enforced",
  level: "required",
  breaks: "A BackupId that does not match the model's pattern is invalid input, not an unknown backup.",
  source: "cloudhsmv2-api.md §3.3 (BackupId pattern), §5(f)",
  groups: ["validation"],
  operations: ["CopyBackupToRegion", "DeleteBackup", "RestoreBackup", "ModifyBackupAttributes"],
  create: () => ({
    request: ({ input }) =>
      typeof input?.BackupId === "string" && !BACKUP_ID.test(input.BackupId)
        ? { answer: errorReply("CloudHsmResourceNotFoundException", `Backup ${input.BackupId} not found.`) }
        : undefined,
  }),
});
