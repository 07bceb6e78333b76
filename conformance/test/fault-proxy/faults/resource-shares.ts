import { defineFault, type Json } from "../fault.js";
import { type Backup, callerAccount } from "../wire-json.js";
import { madeWithoutSource, parseBackupArn, principalAccounts } from "./backup-arns.js";

export const policyByNonOwnerAccepted = defineFault({
  name: "policy-by-non-owner-accepted",
  level: "required",
  breaks: "In order to share a backup you must own it; PutResourcePolicy by another account is refused.",
  source: "API_PutResourcePolicy (it must be in a 'READY' state and you must own it)",
  groups: ["sharing"],
  operations: ["PutResourcePolicy"],
  create: () => ({
    response: (reply, { input, headers }) => {
      const owner = parseBackupArn(input?.ResourceArn)?.account;
      const caller = callerAccount(headers.get("authorization"));
      const foreign = owner !== undefined && caller !== undefined && caller !== owner;
      return foreign && reply.status >= 400 && reply.status < 500
        ? { status: 200, output: { ResourceArn: input?.ResourceArn, Policy: input?.Policy } }
        : undefined;
    },
  }),
});

interface PolicyShare {
  region: string;
  accounts: Set<string>;
  backup: Backup;
}

export const policyShareListedAsShared = defineFault({
  name: "policy-share-listed-as-shared",
  level: "required",
  breaks:
    "A backup shared only by PutResourcePolicy is described by the other account only once its share is promoted to a RAM resource share.",
  source: "API_PutResourcePolicy (promote the backup to a standard RAM Resource Share)",
  groups: ["sharing"],
  operations: ["PutResourcePolicy", "DeleteResourcePolicy", "DescribeBackups"],
  create: () => {
    /** The backups a policy shares, by ARN, as the owner listed them when the policy was put. */
    const shares = new Map<string, PolicyShare>();
    return {
      response: async (reply, { operation, input, headers, region }, context) => {
        const arn = String(input?.ResourceArn ?? "");
        if (operation === "PutResourcePolicy" || operation === "DeleteResourcePolicy") {
          const parsed = parseBackupArn(arn);
          shares.delete(arn);
          if (operation === "PutResourcePolicy" && reply.status === 200 && parsed) {
            const own = await context.call("DescribeBackups", { Filters: { backupIds: [parsed.backupId] } });
            const backup = (own.output?.Backups as Backup[] | undefined)?.[0];
            const accounts = principalAccounts(input?.Policy);
            if (backup) {
              shares.set(arn, { region: parsed.region, accounts, backup });
            }
          }
          return undefined;
        }
        const caller = callerAccount(headers.get("authorization"));
        const listed = reply.output?.Backups;
        if (input?.Shared !== true || !caller || !Array.isArray(listed)) {
          return undefined;
        }
        const wanted = (input.Filters as Json | undefined)?.backupIds;
        const ids = new Set(listed.map((b: Backup) => b.BackupId));
        const extra = [...shares.values()]
          .filter((s) => s.region === region && s.accounts.has(caller) && !ids.has(s.backup.BackupId))
          .filter((s) => !Array.isArray(wanted) || wanted.includes(s.backup.BackupId))
          .map((s) => s.backup);
        return extra.length > 0 ? { output: { ...reply.output, Backups: [...listed, ...extra] } } : undefined;
      },
    };
  },
});

export const promotedShareNotListed = defineFault({
  name: "promoted-share-not-listed",
  level: "required",
  breaks: "DescribeBackups with Shared true lists the backups shared with the caller (through a RAM resource share).",
  source: "API_DescribeBackups (the backups shared with you when the Shared parameter is true)",
  groups: ["sharing"],
  operations: ["DescribeBackups"],
  create: () => ({
    response: ({ output }, { input }) =>
      input?.Shared === true && Array.isArray(output?.Backups) && output.Backups.length > 0
        ? { output: { ...output, Backups: [] } }
        : undefined,
  }),
});

export const shareKeptAfterPolicyDeleted = defineFault({
  name: "share-kept-after-policy-deleted",
  level: "required",
  breaks: "DeleteResourcePolicy ends the sharing: the other account can no longer create a cluster from the backup.",
  source: "API_DeleteResourcePolicy",
  groups: ["sharing"],
  operations: ["DeleteResourcePolicy", "CreateCluster"],
  create: () => {
    /** The accounts each deleted policy named, by backup ARN: they keep the use of the backup. */
    const kept = new Map<string, Set<string>>();
    return {
      request: async ({ operation, input }, context) => {
        if (operation === "DeleteResourcePolicy" && typeof input?.ResourceArn === "string") {
          const policy = (await context.call("GetResourcePolicy", { ResourceArn: input.ResourceArn })).output?.Policy;
          kept.set(input.ResourceArn, principalAccounts(policy));
        }
        return undefined;
      },
      response: (reply, { operation, input, headers }, context) => {
        const caller = callerAccount(headers.get("authorization"));
        const source = String(input?.SourceBackupId ?? "");
        return operation === "CreateCluster" && caller && kept.get(source)?.has(caller)
          ? madeWithoutSource(reply, input, context)
          : undefined;
      },
    };
  },
});
