import type { GroupRow } from "../../registry/define.js";
import { clusterLifecycleChecks } from "./checks/cluster-lifecycle.js";
import { copyResultChecks } from "./checks/copy-results.js";
import { copyTagChecks } from "./checks/copy-tags.js";
import { createClusterChecks } from "./checks/create-cluster.js";
import { deleteRestoreChecks } from "./checks/delete-restore.js";
import { describeBackupChecks } from "./checks/describe-backups.js";
import { idPrecedenceChecks } from "./checks/id-precedence.js";
import { partitionChecks } from "./checks/partitions.js";
import { retentionChecks } from "./checks/retention.js";
import { schemaChecks } from "./checks/schema.js";
import { sharingChecks } from "./checks/sharing.js";
import { statusTransitionChecks } from "./checks/status-transitions.js";
import { tagChecks } from "./checks/tags.js";
import { validationChecks } from "./checks/validation.js";
import { wireChecks } from "./checks/wire.js";
import type { CloudHsmContext } from "./context.js";

/**
 * The behaviour groups of CloudHSM v2, in the order they run and are reported: the one table that owns each group,
 * the prefix of its check ids, its title and its checks. The group ids (GroupId), the group list and the checks of
 * a group are all read from it.
 */
export const GROUP_TABLE = [
  {
    id: "id-precedence",
    prefix: "IDP",
    title: "ID precedence (BackupId, legacy ClusterId)",
    checks: idPrecedenceChecks,
  },
  { id: "status-transitions", prefix: "STATE", title: "Backup status transitions", checks: statusTransitionChecks },
  { id: "partitions", prefix: "PART", title: "Partition and region restrictions on copies", checks: partitionChecks },
  { id: "tags", prefix: "TAG", title: "Tag handling", checks: [...copyTagChecks, ...tagChecks] },
  { id: "copy-results", prefix: "COPY", title: "What a copy looks like", checks: copyResultChecks },
  { id: "delete-restore", prefix: "DEL", title: "Delete and restore window", checks: deleteRestoreChecks },
  { id: "retention", prefix: "RET", title: "NeverExpires and retention", checks: retentionChecks },
  {
    id: "describe-backups",
    prefix: "DESC",
    title: "DescribeBackups filters, order and pagination",
    checks: describeBackupChecks,
  },
  { id: "create-cluster", prefix: "CC", title: "CreateCluster from a backup", checks: createClusterChecks },
  { id: "cluster-lifecycle", prefix: "CLU", title: "Cluster and HSM lifecycle", checks: clusterLifecycleChecks },
  { id: "sharing", prefix: "SHARE", title: "Sharing through resource policies", checks: sharingChecks },
  { id: "validation", prefix: "VAL", title: "Input validation from the spec's constraints", checks: validationChecks },
  { id: "wire", prefix: "WIRE", title: "AWS JSON 1.1 wire rules", checks: wireChecks },
  { id: "schema", prefix: "SCHEMA", title: "Replies validated against the spec", checks: schemaChecks },
] as const satisfies readonly GroupRow<CloudHsmContext>[];

/** The id of a CloudHSM v2 behaviour group. */
export type GroupId = (typeof GROUP_TABLE)[number]["id"];
