import { type BackupClient, createBackupClient } from "@cloudhsm-kit/client/backup";
import type { FetchLike } from "./faulty-fetch.js";
import { CREDENTIALS, ENDPOINT, PRIMARY, SECOND, type Walk } from "./traffic-walk.js";

/**
 * The AWS Backup plans part of the traffic scenario: plans whose copy actions and rules have lifecycles on and off
 * the 90-day rule, start windows at and beyond their bounds, a vault name as a copy destination, a repeated CreatorRequestId, GetBackupPlan, UpdateBackupPlan,
 * ListBackupPlans before and after a deletion, DeleteBackupPlan with a selection left; then a rule with two copy
 * actions and one without run now through the control protocol, and what the public API shows of their jobs.
 */
export async function walkBackupPlans(w: Walk, fetchImpl: FetchLike): Promise<void> {
  const asFetch = (request: Request) => fetchImpl(request);
  const client = (region: string): BackupClient =>
    createBackupClient({ region, endpoint: ENDPOINT, credentials: CREDENTIALS, fetch: asFetch, maxAttempts: 1 });
  const east = client(PRIMARY);
  const west = client(SECOND);
  const source = await east.createBackupVault({ BackupVaultName: "plan-src" });
  const first = await west.createBackupVault({ BackupVaultName: "plan-dst-1" });
  const second = await west.createBackupVault({ BackupVaultName: "plan-dst-2" });
  const account = (source.BackupVaultArn ?? "").split(":")[4] ?? "";
  const role = `arn:aws:iam::${account}:role/service-role/AWSBackupDefaultServiceRole`;
  const to = (vault: { BackupVaultArn?: string }, Lifecycle?: object) => ({
    DestinationBackupVaultArn: vault.BackupVaultArn ?? "",
    ...(Lifecycle ? { Lifecycle } : {}),
  });
  const rule = (copies: ReturnType<typeof to>[], Lifecycle?: object) => ({
    RuleName: "walk",
    TargetBackupVaultName: "plan-src",
    ...(copies.length > 0 ? { CopyActions: copies } : {}),
    ...(Lifecycle ? { Lifecycle } : {}),
  });
  let names = 0;
  const plan = async (rules: ReturnType<typeof rule>[], repeat?: { name: string; CreatorRequestId: string }) =>
    (
      await east.createBackupPlan({
        BackupPlan: { BackupPlanName: repeat?.name ?? `walk-${++names}`, Rules: rules },
        ...(repeat ? { CreatorRequestId: repeat.CreatorRequestId } : {}),
      })
    ).BackupPlanId ?? "";
  const select = (BackupPlanId: string, resource: string) =>
    east.createBackupSelection({
      BackupPlanId,
      BackupSelection: { SelectionName: "walk", IamRoleArn: role, Resources: [resource] },
    });

  await w.step("plans with lifecycles at and under the 90-day rule, and a vault name as destination", async () => {
    const cold = (DeleteAfterDays: number) => ({ MoveToColdStorageAfterDays: 30, DeleteAfterDays });
    await plan([rule([to(first, cold(119))])]).catch(() => undefined);
    await plan([rule([to(first)], cold(119))]).catch(() => undefined);
    await plan([rule([{ DestinationBackupVaultArn: "plan-dst-1" }])]).catch(() => undefined);
    const id = await plan([rule([to(first, cold(120))])]);
    await east.getBackupPlan({ BackupPlanId: id });
    const update = (lifecycle: object) =>
      east.updateBackupPlan({
        BackupPlanId: id,
        BackupPlan: { BackupPlanName: "walk-x", Rules: [rule([to(second, lifecycle)])] },
      });
    await update(cold(119)).catch(() => undefined);
    await update({ DeleteAfterDays: 365 });
    await east.getBackupPlan({ BackupPlanId: id });
  });
  await w.step("start windows and retention at and beyond their bounds", async () => {
    const window = (StartWindowMinutes: number) => ({
      ...rule([]),
      RuleName: `w${StartWindowMinutes}`,
      StartWindowMinutes,
    });
    await plan([window(59)]).catch(() => undefined);
    await plan([window(52_560_001)]).catch(() => undefined);
    await plan([window(60), window(52_560_000)]);
    await plan([rule([], { DeleteAfterDays: 36_501 })]).catch(() => undefined);
    await plan([rule([], { DeleteAfterDays: 36_500 })]);
  });
  await w.step("a repeated CreatorRequestId", async () => {
    const repeat = { name: "walk-repeated", CreatorRequestId: "walk-request" };
    await plan([rule([to(first)])], repeat);
    await plan([rule([to(first)])], repeat);
  });
  await w.step("list, delete with a selection left, delete, list again", async () => {
    const id = await plan([rule([to(first)])]);
    await east.listBackupPlans({});
    const { SelectionId = "" } = await select(
      id,
      `arn:aws:elasticfilesystem:${PRIMARY}:${account}:file-system/fs-0f1e2d3c4b5a69788`,
    );
    await east.deleteBackupPlan({ BackupPlanId: id }).catch(() => undefined);
    await east.deleteBackupSelection({ BackupPlanId: id, SelectionId });
    await east.deleteBackupPlan({ BackupPlanId: id });
    await east.listBackupPlans({});
  });
  await w.step("a rule with two copy actions and one without, run now", async () => {
    const run = async (copies: ReturnType<typeof to>[], resource: string) => {
      const id = await plan([rule(copies)]);
      await select(id, resource);
      const { BackupJobIds = [] } = await w.control.runBackupPlan(id, { AccountId: account, Region: PRIMARY });
      await east.listBackupJobs({ ByResourceArn: resource });
      await east.describeBackupJob({ BackupJobId: BackupJobIds[0] ?? "" });
      await w.control.advance(120);
      await w.control.advance(120);
      return (await east.listCopyJobs({ ByResourceArn: resource })).CopyJobs ?? [];
    };
    const efs = (n: number) => `arn:aws:elasticfilesystem:${PRIMARY}:${account}:file-system/fs-0a1b2c3d4e5f6070${n}`;
    const copies = await run([to(first, { DeleteAfterDays: 200 }), to(second)], efs(1));
    const copy = copies.find((c) => c.DestinationBackupVaultArn === first.BackupVaultArn);
    const done = (await east.describeCopyJob({ CopyJobId: copy?.CopyJobId ?? "" })).CopyJob;
    await west.describeRecoveryPoint({
      BackupVaultName: "plan-dst-1",
      RecoveryPointArn: done?.DestinationRecoveryPointArn ?? "",
    });
    await run([], efs(2));
  });
}
