import { type BackupClient, createBackupClient } from "@cloudhsm-kit/client/backup";
import { CONTROL_PREFIX } from "@cloudhsm-kit/spec/control";
import type { FetchLike } from "./faulty-fetch.js";
import { CREDENTIALS, ENDPOINT, PRIMARY, SECOND, type Walk } from "./traffic-walk.js";

const DAY = 86_400;

/**
 * The part of the traffic scenario about copies AWS Backup refuses or fails: two copies of one resource at once,
 * copies into a locked vault (outside and within its bounds), a copy failed through the control API, a copy whose
 * destination vault is deleted, an on-demand copy of a continuous backup and of a recovery point in cold storage.
 */
export async function walkBackupRefusals(w: Walk, fetchImpl: FetchLike): Promise<void> {
  const asFetch = (request: Request) => fetchImpl(request);
  const client = (region: string): BackupClient =>
    createBackupClient({ region, endpoint: ENDPOINT, credentials: CREDENTIALS, fetch: asFetch, maxAttempts: 1 });
  const control = async (path: string, body: object) =>
    fetchImpl(
      new Request(`${ENDPOINT}${CONTROL_PREFIX}/services/backup${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      }),
    );
  const east = client(PRIMARY);
  const west = client(SECOND);
  const source = await east.createBackupVault({ BackupVaultName: "refusals-src" });
  const account = (source.BackupVaultArn ?? "").split(":")[4] ?? "";
  const role = `arn:aws:iam::${account}:role/service-role/AWSBackupDefaultServiceRole`;
  const vaultIn = async (name: string) =>
    (await west.createBackupVault({ BackupVaultName: name })).BackupVaultArn ?? "";
  const backUp = async (resource: string) => {
    const { RecoveryPointArn = "" } = await east.startBackupJob({
      BackupVaultName: "refusals-src",
      ResourceArn: resource,
      IamRoleArn: role,
    });
    await w.control.advance(120);
    return RecoveryPointArn;
  };
  const fileSystem = (n: number) =>
    `arn:aws:elasticfilesystem:${PRIMARY}:${account}:file-system/fs-0000000000000000${n}`;
  const copy = async (RecoveryPointArn: string, DestinationBackupVaultArn: string, Lifecycle?: object) =>
    (
      await east.startCopyJob({
        RecoveryPointArn,
        SourceBackupVaultName: "refusals-src",
        DestinationBackupVaultArn,
        IamRoleArn: role,
        ...(Lifecycle ? { Lifecycle } : {}),
      })
    ).CopyJobId ?? "";
  const describe = (CopyJobId: string) => east.describeCopyJob({ CopyJobId });
  const point = await backUp(fileSystem(1));
  const destination = await vaultIn("refusals-dst");

  await w.step("two copies of one resource at once", async () => {
    const jobs = [await copy(point, destination), await copy(point, destination)];
    await Promise.all(jobs.map(describe));
    await w.control.advance(30);
    await Promise.all(jobs.map(describe));
    await w.control.advance(200);
  });
  await w.step("two backup jobs of one resource at once", async () => {
    const input = { BackupVaultName: "refusals-src", ResourceArn: fileSystem(3), IamRoleArn: role };
    const jobs = [await east.startBackupJob(input), await east.startBackupJob(input)];
    await Promise.all(jobs.map(({ BackupJobId = "" }) => east.describeBackupJob({ BackupJobId })));
    await w.control.advance(200);
  });
  await w.step("copies into a locked vault, outside and within its bounds", async () => {
    const locked = await vaultIn("refusals-locked");
    await west.putBackupVaultLockConfiguration({
      BackupVaultName: "refusals-locked",
      MinRetentionDays: 7,
      MaxRetentionDays: 30,
    });
    const jobs = [
      await copy(point, locked, { DeleteAfterDays: 3 }),
      await copy(point, locked, { DeleteAfterDays: 14 }),
    ];
    await w.control.advance(300);
    await Promise.all(jobs.map(describe));
  });
  await w.step("a copy failed through the control API", async () => {
    await control("/copy-faults", { message: "scenario: failed on purpose" });
    const job = await copy(point, destination);
    await w.control.advance(150);
    await describe(job);
  });
  await w.step("a copy whose destination vault is deleted", async () => {
    const gone = await vaultIn("refusals-gone");
    const job = await copy(point, gone);
    await west.deleteBackupVault({ BackupVaultName: "refusals-gone" });
    await w.control.advance(150);
    await describe(job);
  });
  await w.step("an on-demand copy of a continuous backup", async () => {
    const database = `arn:aws:rds:${PRIMARY}:${account}:db:scenario`;
    const rule = { RuleName: "pitr", TargetBackupVaultName: "refusals-src", EnableContinuousBackup: true };
    const { BackupPlanId = "" } = await east.createBackupPlan({
      BackupPlan: { BackupPlanName: "refusals-pitr", Rules: [{ ...rule, Lifecycle: { DeleteAfterDays: 35 } }] },
    });
    await east.createBackupSelection({
      BackupPlanId,
      BackupSelection: { SelectionName: "db", IamRoleArn: role, Resources: [database] },
    });
    await control(`/plans/${BackupPlanId}/run`, { AccountId: account, Region: PRIMARY });
    await w.control.advance(120);
    const [job] = (await east.listBackupJobs({ ByResourceArn: database })).BackupJobs ?? [];
    await copy(job?.RecoveryPointArn ?? "", destination).catch(() => undefined);
  });
  await w.step("a copy of a recovery point in cold storage", async () => {
    const cold = await backUp(fileSystem(2));
    const lifecycle = { MoveToColdStorageAfterDays: 1, DeleteAfterDays: 91 };
    await east.updateRecoveryPointLifecycle({
      BackupVaultName: "refusals-src",
      RecoveryPointArn: cold,
      Lifecycle: lifecycle,
    });
    await w.control.advance(2 * DAY);
    await east.describeRecoveryPoint({ BackupVaultName: "refusals-src", RecoveryPointArn: cold });
    const job = await copy(cold, destination).catch(() => undefined);
    await (job ? describe(job) : undefined);
  });
}
