import type { BackupInputs, BackupOutputs } from "@cloudhsm-kit/spec";
import { type BackupContext, here } from "./context.js";

/**
 * Region settings: ResourceTypeManagementPreference (full AWS Backup management per type). DynamoDB starts false
 * (UNDOC: AWS turns it on for accounts without a vault before 2021-11-21, B9), so that a plain DynamoDB copy is
 * refused until UpdateRegionSettings turns it on; EFS is always fully managed.
 */
export const describeRegionSettings = (ctx: BackupContext): BackupOutputs["DescribeRegionSettings"] => ({
  ResourceTypeManagementPreference: { ...here(ctx).settings.ResourceTypeManagementPreference },
});

export function updateRegionSettings(ctx: BackupContext, input: BackupInputs["UpdateRegionSettings"]): void {
  const settings = here(ctx).settings;
  settings.ResourceTypeManagementPreference = {
    ...settings.ResourceTypeManagementPreference,
    ...input.ResourceTypeManagementPreference,
  };
}
