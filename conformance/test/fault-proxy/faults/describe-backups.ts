import type { GroupId } from "../../../src/index.js";
import { defineFault, type Fault, type Json } from "../fault.js";
import { isCopy, okReply, without } from "../wire-json.js";
import { BACKUP_REPLIES, rewritingBackups } from "./backup-replies.js";

/** A fault that drops one DescribeBackups filter before forwarding, so the reply lists backups it should not. */
function filterIgnored(filter: string, groups: readonly GroupId[] = ["describe-backups"]): Fault {
  return defineFault({
    name: `${kebab(filter)}-filter-ignored`,
    level: "required",
    breaks: `DescribeBackups with the ${filter} filter returns only the backups that match it.`,
    source: "cloudhsmv2-api.md §2.1 DescribeBackups; API_DescribeBackups Filters",
    groups,
    operations: ["DescribeBackups"],
    create: () => ({
      request: ({ input }) => {
        const filters = input?.Filters as Json | undefined;
        return input && filters && filter in filters
          ? { input: { ...input, Filters: without(filters, filter) } }
          : undefined;
      },
    }),
  });
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export const statesFilterIgnored = filterIgnored("states");
export const backupIdsFilterIgnored = filterIgnored("backupIds");
/** Copies are listed under no cluster, so ignoring the filter shows in the destination region (COPY-OUT-004). */
export const clusterIdsFilterIgnored = filterIgnored("clusterIds", ["describe-backups", "copy-results"]);
export const sourceBackupIdsFilterIgnored = filterIgnored("sourceBackupIds");

export const sortAscendingIgnored = defineFault({
  name: "sort-ascending-ignored",
  level: "required",
  breaks: "DescribeBackups with SortAscending sorts the backups by ascending chronological order of generation.",
  source: "cloudhsmv2-api.md §2.1 DescribeBackups",
  groups: ["describe-backups"],
  operations: ["DescribeBackups"],
  create: () => ({
    response: ({ output }, { input }) => {
      const backups = output?.Backups;
      return input?.SortAscending === true && Array.isArray(backups) && backups.length > 1
        ? { output: { ...output, Backups: [...backups].reverse() } }
        : undefined;
    },
  }),
});

export const pageRepeatsItem = defineFault({
  name: "page-repeats-item",
  level: "required",
  breaks: "Paginated DescribeBackups returns every backup exactly once across its pages.",
  source: "cloudhsmv2-api.md §2.1 DescribeBackups, §4 pagination",
  groups: ["describe-backups"],
  operations: ["DescribeBackups"],
  create: () => {
    /** The last backup of each page, keyed by the NextToken that page handed out. */
    const lastOfPage = new Map<string, unknown>();
    return {
      response: ({ output }, { input }) => {
        const backups = output?.Backups;
        if (!output || !Array.isArray(backups)) {
          return undefined;
        }
        if (typeof output.NextToken === "string" && backups.length > 0) {
          lastOfPage.set(output.NextToken, backups[backups.length - 1]);
        }
        const repeated = typeof input?.NextToken === "string" ? lastOfPage.get(input.NextToken) : undefined;
        return repeated ? { output: { ...output, Backups: [repeated, ...backups] } } : undefined;
      },
    };
  },
});

export const nextTokenDropped = defineFault({
  name: "next-token-dropped",
  level: "required",
  breaks: "DescribeBackups returns a NextToken while more backups remain; none means there are no more.",
  source: "cloudhsmv2-api.md §2.1 DescribeBackups (NextToken doc)",
  groups: ["describe-backups"],
  operations: ["DescribeBackups"],
  create: () => ({
    response: ({ output }) => (output && "NextToken" in output ? { output: without(output, "NextToken") } : undefined),
  }),
});

/** The token the endless-pages fault hands out; it answers it itself, so the target never sees it. */
const ENDLESS_TOKEN = "fault-proxy-endless";

export const nextTokenNeverEnds = defineFault({
  name: "next-token-never-ends",
  level: "required",
  breaks: "A DescribeBackups reply without NextToken ends the listing; the last page carries none.",
  source: "cloudhsmv2-api.md §2.1 DescribeBackups (NextToken doc)",
  groups: ["describe-backups"],
  operations: ["DescribeBackups"],
  create: () => ({
    request: ({ input }) =>
      input?.NextToken === ENDLESS_TOKEN ? { answer: okReply({ Backups: [], NextToken: ENDLESS_TOKEN }) } : undefined,
    // Only paged listings (MaxResults given) never end, so single-backup lookups still work.
    response: ({ output }, { input }) =>
      output && Array.isArray(output.Backups) && !output.NextToken && input?.MaxResults !== undefined
        ? { output: { ...output, NextToken: ENDLESS_TOKEN } }
        : undefined,
  }),
});

export const maxResultsIgnored = defineFault({
  name: "max-results-ignored",
  level: "required",
  breaks: "DescribeBackups returns at most MaxResults backups per page.",
  source: "cloudhsmv2-api.md §2.1 DescribeBackups, §4 pagination",
  groups: ["describe-backups"],
  operations: ["DescribeBackups"],
  create: () => ({
    request: ({ input }) => (input && "MaxResults" in input ? { input: without(input, "MaxResults") } : undefined),
  }),
});

export const sharedBackupsListedAsOwn = defineFault({
  name: "shared-backups-listed-as-own",
  level: "required",
  breaks: "DescribeBackups lists the backups shared with the caller only when Shared is set.",
  source: "cloudhsmv2-api.md §2.1 DescribeBackups (Shared)",
  groups: ["sharing"],
  operations: ["DescribeBackups"],
  create: () => ({
    response: async (reply, { input }, context) => {
      const listed = reply.output?.Backups;
      if (reply.status !== 200 || input?.Shared === true) {
        return undefined;
      }
      const own = Array.isArray(listed) ? listed : [];
      const shared = (await context.call("DescribeBackups", { ...input, Shared: true })).output?.Backups;
      const ids = new Set(own.map((b: Json) => b.BackupId));
      const extra = Array.isArray(shared) ? shared.filter((b: Json) => !ids.has(b.BackupId)) : [];
      return extra.length > 0 ? { output: { ...reply.output, Backups: [...own, ...extra] } } : undefined;
    },
  }),
});

export const pendingDeletionHiddenByStatesFilter = defineFault({
  name: "pending-deletion-hidden-by-states-filter",
  level: "required",
  breaks: "DescribeBackups with the states filter PENDING_DELETION lists the backups pending deletion.",
  source: "cloudhsmv2-api.md §2.1 DescribeBackups (Filters: states), §5(b)",
  groups: ["delete-restore"],
  operations: ["DescribeBackups"],
  create: () => ({
    response: ({ output }, { input }) => {
      const states = (input?.Filters as Json | undefined)?.states;
      const backups = output?.Backups;
      if (!Array.isArray(states) || !states.includes("PENDING_DELETION") || !Array.isArray(backups)) {
        return undefined;
      }
      const shown = backups.filter((b: Json) => b.BackupState !== "PENDING_DELETION");
      return shown.length < backups.length ? { output: { ...output, Backups: shown } } : undefined;
    },
  }),
});

export const backupClusterIdMissing = defineFault({
  name: "backup-cluster-id-missing",
  level: "required",
  breaks: "A backup of a cluster names that cluster in ClusterId.",
  source: "cloudhsmv2-api.md §3.1 Backup (ClusterId: the cluster that was backed up)",
  groups: ["describe-backups"],
  operations: BACKUP_REPLIES,
  create: rewritingBackups((b) => (!isCopy(b) && "ClusterId" in b ? without(b, "ClusterId") : undefined)),
});
