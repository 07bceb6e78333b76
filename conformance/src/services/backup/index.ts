import { defineGroups } from "../../registry/define.js";
import type { ServiceDefinition } from "../../registry/service.js";
import { BackupContext } from "./context.js";
import { GROUP_TABLE } from "./groups.js";
import { sweep } from "./sweep.js";

export type { GroupId } from "./groups.js";

/** AWS Backup (restJson1), cross-Region copy: its behaviour groups and checks, and its sweep. */
export const backupService: ServiceDefinition = {
  id: "backup",
  title: "AWS Backup",
  groups: defineGroups("backup", (target, checkId) => new BackupContext(target, checkId), GROUP_TABLE),
  sweep,
};
