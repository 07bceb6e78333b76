import { clusterLifecycleChecks } from "../checks/cluster-lifecycle.js";
import { copyResultChecks } from "../checks/copy-results.js";
import { createClusterChecks } from "../checks/create-cluster.js";
import { deleteRestoreChecks } from "../checks/delete-restore.js";
import { describeBackupChecks } from "../checks/describe-backups.js";
import { idPrecedenceChecks } from "../checks/id-precedence.js";
import { partitionChecks } from "../checks/partitions.js";
import { retentionChecks } from "../checks/retention.js";
import { schemaChecks } from "../checks/schema.js";
import { sharingChecks } from "../checks/sharing.js";
import { statusTransitionChecks } from "../checks/status-transitions.js";
import { tagChecks } from "../checks/tags.js";
import { validationChecks } from "../checks/validation.js";
import { wireChecks } from "../checks/wire.js";
import { CAPABILITIES, type CheckDefinition, type GroupId, type GroupInfo, LEVELS } from "./types.js";

/** The behaviour groups, in the order they run and are reported. */
export const GROUPS: readonly GroupInfo[] = [
  { id: "id-precedence", prefix: "IDP", title: "ID precedence (BackupId, legacy ClusterId)" },
  { id: "status-transitions", prefix: "STATE", title: "Backup status transitions" },
  { id: "partitions", prefix: "PART", title: "Partition and region restrictions on copies" },
  { id: "tags", prefix: "TAG", title: "Tag handling" },
  { id: "copy-results", prefix: "COPY", title: "What a copy looks like" },
  { id: "delete-restore", prefix: "DEL", title: "Delete and restore window" },
  { id: "retention", prefix: "RET", title: "NeverExpires and retention" },
  { id: "describe-backups", prefix: "DESC", title: "DescribeBackups filters, order and pagination" },
  { id: "create-cluster", prefix: "CC", title: "CreateCluster from a backup" },
  { id: "cluster-lifecycle", prefix: "CLU", title: "Cluster and HSM lifecycle" },
  { id: "sharing", prefix: "SHARE", title: "Sharing through resource policies" },
  { id: "validation", prefix: "VAL", title: "Input validation from the spec's constraints" },
  { id: "wire", prefix: "WIRE", title: "AWS JSON 1.1 wire rules" },
  { id: "schema", prefix: "SCHEMA", title: "Replies validated against the spec" },
];

const BY_GROUP: Record<GroupId, CheckDefinition[]> = {
  "id-precedence": idPrecedenceChecks,
  "status-transitions": statusTransitionChecks,
  partitions: partitionChecks,
  tags: tagChecks,
  "copy-results": copyResultChecks,
  "delete-restore": deleteRestoreChecks,
  retention: retentionChecks,
  "describe-backups": describeBackupChecks,
  "create-cluster": createClusterChecks,
  "cluster-lifecycle": clusterLifecycleChecks,
  sharing: sharingChecks,
  validation: validationChecks,
  wire: wireChecks,
  schema: schemaChecks,
};

const ID_PATTERN = /^[A-Z]+(-[A-Z0-9]+)*-\d{3}$/;

/** Enforced when the registry loads: unique well-formed ids, known levels and capabilities, cited sources. */
export function validateRegistry(checks: readonly CheckDefinition[]): void {
  const seen = new Set<string>();
  for (const c of checks) {
    const problems: string[] = [];
    if (!ID_PATTERN.test(c.id)) {
      problems.push("the id is not PREFIX-TOPIC-NNN");
    }
    if (seen.has(c.id)) {
      problems.push("the id is used twice");
    }
    if (!LEVELS.includes(c.level)) {
      problems.push(`unknown level ${c.level}`);
    }
    if (c.citations.length === 0) {
      problems.push("no citation");
    }
    if (c.citations.some((x) => !/^https:\/\//.test(x.url) || x.quote.trim() === "")) {
      problems.push("a citation lacks a URL or quote");
    }
    if (c.needs.some((n) => !CAPABILITIES.includes(n))) {
      problems.push("unknown capability");
    }
    const emulatorOnly = c.validated.status === "emulator-only";
    if (emulatorOnly !== c.needs.includes("control")) {
      problems.push("emulator-only is the validation status of exactly the checks that need the control protocol");
    }
    if (c.validated.status === "aws" && !/^\d{4}-\d{2}-\d{2}$/.test(c.validated.on)) {
      problems.push("an aws validation needs the date of the run (YYYY-MM-DD)");
    }
    if (!c.title || /\.$/.test(c.title)) {
      problems.push("the title is empty or ends with a period");
    }
    if (problems.length > 0) {
      throw new Error(`check ${c.id}: ${problems.join("; ")}`);
    }
    seen.add(c.id);
  }
}

/** Every check, grouped and ordered as GROUPS. */
export const CHECKS: readonly CheckDefinition[] = GROUPS.flatMap((g) => BY_GROUP[g.id]);
validateRegistry(CHECKS);

export function checksOf(group: GroupId): readonly CheckDefinition[] {
  return BY_GROUP[group];
}
