import type { Fault } from "../fault.js";
import * as awsBackup from "./aws-backup.js";
import * as backupLists from "./backup-lists.js";
import * as backupPlanLimits from "./backup-plan-limits.js";
import * as backupPlanRuns from "./backup-plan-runs.js";
import * as backupPlans from "./backup-plans.js";
import * as backupRefusals from "./backup-refusals.js";
import * as backupResourceRules from "./backup-resource-rules.js";
import * as backupShapes from "./backup-shapes.js";
import * as backupValidation from "./backup-validation.js";
import * as clusterLifecycle from "./cluster-lifecycle.js";
import * as copyResults from "./copy-results.js";
import * as createCluster from "./create-cluster.js";
import * as deleteRestore from "./delete-restore.js";
import * as describeBackups from "./describe-backups.js";
import * as hsmChangeBackups from "./hsm-change-backups.js";
import * as hsmLifecycle from "./hsm-lifecycle.js";
import * as idPrecedence from "./id-precedence.js";
import * as partitions from "./partitions.js";
import * as replyShapes from "./reply-shapes.js";
import * as resourceShares from "./resource-shares.js";
import * as retention from "./retention.js";
import * as sharing from "./sharing.js";
import * as statusTransitions from "./status-transitions.js";
import * as tagBounds from "./tag-bounds.js";
import * as tags from "./tags.js";
import * as validation from "./validation.js";
import * as wire from "./wire.js";
import * as wireErrors from "./wire-errors.js";

/** Every fault, one documented behaviour each, in the order the kill-rate report prints them. */
export const ALL_FAULTS: readonly Fault[] = [
  idPrecedence,
  statusTransitions,
  deleteRestore,
  partitions,
  tags,
  tagBounds,
  copyResults,
  retention,
  describeBackups,
  createCluster,
  hsmLifecycle,
  clusterLifecycle,
  hsmChangeBackups,
  sharing,
  resourceShares,
  validation,
  wire,
  wireErrors,
  replyShapes,
  awsBackup,
  backupShapes,
  backupPlans,
  backupPlanLimits,
  backupPlanRuns,
  backupRefusals,
  backupResourceRules,
  backupLists,
  backupValidation,
].flatMap((module) => Object.values(module).filter(isFault));

/** A fault module may one day export a helper too; only faults are collected. */
function isFault(value: unknown): value is Fault {
  const fault = value as Partial<Fault> | null;
  return typeof fault?.name === "string" && typeof fault.create === "function" && Array.isArray(fault.groups);
}
