import { defineFault, type Json } from "../fault.js";
import { callerAccount, errorReply, without } from "../wire-json.js";
import { madeWithoutSource, parseBackupArn } from "./backup-arns.js";

export const createClusterIgnoresSourceBackup = defineFault({
  name: "create-cluster-ignores-source-backup",
  level: "required",
  breaks: "CreateCluster with SourceBackupId creates the cluster from that backup.",
  source: "cloudhsmv2-api.md §2.1 CreateCluster (SourceBackupId)",
  groups: ["create-cluster"],
  operations: ["CreateCluster"],
  create: () => ({
    request: ({ input }) =>
      input && "SourceBackupId" in input ? { input: without(input, "SourceBackupId") } : undefined,
  }),
});

export const absentSourceBackupAsEmptyString = defineFault({
  name: "absent-source-backup-as-empty-string",
  level: "required",
  breaks: "A cluster created without a backup has no SourceBackupId member.",
  source: "cloudhsmv2-api.md §3.1 Cluster (SourceBackupId: the backup the cluster was created from)",
  groups: ["create-cluster"],
  operations: ["CreateCluster", "DescribeClusters", "DeleteCluster", "ModifyCluster"],
  create: () => ({
    response: ({ output }) => {
      const blank = (c: Json) => ("SourceBackupId" in c ? c : { ...c, SourceBackupId: "" });
      if (Array.isArray(output?.Clusters) && output.Clusters.length > 0) {
        return { output: { ...output, Clusters: output.Clusters.map(blank) } };
      }
      const cluster = output?.Cluster as Json | undefined;
      return cluster && !("SourceBackupId" in cluster) ? { output: { ...output, Cluster: blank(cluster) } } : undefined;
    },
  }),
});

export const sharedBackupRefused = defineFault({
  name: "shared-backup-refused-to-other-account",
  level: "required",
  breaks: "Another account that a backup is shared with can create a cluster from it by its full ARN.",
  source: "cloudhsmv2-api.md §2.1 CreateCluster (SourceBackupId takes an ARN for a backup in another account)",
  groups: ["sharing"],
  operations: ["CreateCluster"],
  create: () => ({
    request: ({ input, headers }) => {
      const arn = parseBackupArn(input?.SourceBackupId);
      const caller = callerAccount(headers.get("authorization"));
      return arn && caller && caller !== arn.account
        ? { answer: errorReply("CloudHsmAccessDeniedException", "The backup belongs to another account.") }
        : undefined;
    },
  }),
});

export const unsharedBackupUsable = defineFault({
  name: "unshared-backup-usable-by-other-account",
  level: "required",
  breaks: "Another account cannot create a cluster from a backup that is not shared with it.",
  source: "cloudhsmv2-api.md §2.1 Get/Put/DeleteResourcePolicy (sharing); UG sharing backups",
  groups: ["sharing"],
  operations: ["CreateCluster"],
  create: () => ({
    response: (reply, { input }, context) => madeWithoutSource(reply, input, context),
  }),
});
