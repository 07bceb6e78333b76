import type { Handlers } from "../handlers.js";
import { CopyBackupToRegion } from "./copy-backup-to-region.js";
import { CreateCluster } from "./create-cluster.js";
import { CreateHsm } from "./create-hsm.js";
import { DeleteBackup } from "./delete-backup.js";
import { DeleteCluster } from "./delete-cluster.js";
import { DeleteHsm } from "./delete-hsm.js";
import { DeleteResourcePolicy } from "./delete-resource-policy.js";
import { DescribeBackups } from "./describe-backups.js";
import { DescribeClusters } from "./describe-clusters.js";
import { GetResourcePolicy } from "./get-resource-policy.js";
import { InitializeCluster } from "./initialize-cluster.js";
import { ListTags } from "./list-tags.js";
import { ModifyBackupAttributes } from "./modify-backup-attributes.js";
import { ModifyCluster } from "./modify-cluster.js";
import { PutResourcePolicy } from "./put-resource-policy.js";
import { RestoreBackup } from "./restore-backup.js";
import { TagResource } from "./tag-resource.js";
import { UntagResource } from "./untag-resource.js";

/** All 18 operations; leaving one out is a compile error. */
export const handlers: Handlers = {
  CopyBackupToRegion,
  CreateCluster,
  CreateHsm,
  DeleteBackup,
  DeleteCluster,
  DeleteHsm,
  DeleteResourcePolicy,
  DescribeBackups,
  DescribeClusters,
  GetResourcePolicy,
  InitializeCluster,
  ListTags,
  ModifyBackupAttributes,
  ModifyCluster,
  PutResourcePolicy,
  RestoreBackup,
  TagResource,
  UntagResource,
};
