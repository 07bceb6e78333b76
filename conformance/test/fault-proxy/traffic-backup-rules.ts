import { type BackupClient, createBackupClient } from "@cloudhsm-kit/client/backup";
import type { FetchLike } from "./faulty-fetch.js";
import { CREDENTIALS, ENDPOINT, PRIMARY, SECOND, SECOND_ACCOUNT, type Walk } from "./traffic-walk.js";

/**
 * The part of the traffic scenario for AWS Backup's partition, Region and resource-type rules: copies out of and
 * between the China and GovCloud Regions, from China into another account, into GovCloud, of a Multi-AZ DB cluster, of DocumentDB, FSx, Neptune and
 * EFS out of Cape Town, of RDS into another Region and account, and an EBS backup with a cold-storage setting.
 */
export async function walkBackupRules(w: Walk, fetchImpl: FetchLike): Promise<void> {
  const clients = new Map<string, BackupClient>();
  const client = (region: string) => {
    const made =
      clients.get(region) ??
      createBackupClient({
        region,
        endpoint: ENDPOINT,
        credentials: CREDENTIALS,
        fetch: (request) => fetchImpl(request),
        maxAttempts: 1,
      });
    clients.set(region, made);
    return made;
  };
  const vaults = new Map<string, string>();
  /** The rules vault of `region` (made once), by ARN. */
  const vault = async (region: string) => {
    const known = vaults.get(region);
    if (known) {
      return known;
    }
    const { BackupVaultArn = "" } = await client(region).createBackupVault({ BackupVaultName: "scenario-rules" });
    vaults.set(region, BackupVaultArn);
    return BackupVaultArn;
  };
  const accountOf = (arn: string) => arn.split(":")[4] ?? "";
  const partitionOf = (region: string) =>
    region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";

  /** Backs up a resource (`kind` and id as the emulator reads them) in `region`; returns the recovery point ARN. */
  const backUp = async (region: string, resource: string, Lifecycle?: { MoveToColdStorageAfterDays: number }) => {
    const account = accountOf(await vault(region));
    const ResourceArn = `arn:${partitionOf(region)}:${resource.replace("{at}", `${region}:${account}`)}`;
    const { BackupJobId = "" } = await client(region).startBackupJob({
      BackupVaultName: "scenario-rules",
      ResourceArn,
      IamRoleArn: `arn:${partitionOf(region)}:iam::${account}:role/service-role/AWSBackupDefaultServiceRole`,
      ...(Lifecycle ? { Lifecycle: { ...Lifecycle, DeleteAfterDays: Lifecycle.MoveToColdStorageAfterDays + 90 } } : {}),
    });
    await w.control.advance(120);
    return (await client(region).describeBackupJob({ BackupJobId })).RecoveryPointArn ?? "";
  };
  /** Copies `point` from `region` into `destination` (a vault ARN) and looks at the job once. */
  const copy = async (region: string, point: string, destination: string) => {
    const account = accountOf(await vault(region));
    const { CopyJobId = "" } = await client(region).startCopyJob({
      RecoveryPointArn: point,
      SourceBackupVaultName: "scenario-rules",
      DestinationBackupVaultArn: destination,
      IamRoleArn: `arn:${partitionOf(region)}:iam::${account}:role/service-role/AWSBackupDefaultServiceRole`,
    });
    await client(region).describeCopyJob({ CopyJobId });
  };
  const efs = "elasticfilesystem:{at}:file-system/fs-0123456789abcdef0";
  const between = (from: string, to: string) =>
    w.step(`an EFS copy from ${from} to ${to}`, async () => copy(from, await backUp(from, efs), await vault(to)));

  await between("cn-north-1", PRIMARY);
  await between("cn-north-1", "cn-northwest-1");
  await w.step("an EFS copy from cn-north-1 into another account", async () => {
    const point = await backUp("cn-north-1", efs);
    await copy("cn-north-1", point, `arn:aws-cn:backup:cn-northwest-1:${SECOND_ACCOUNT}:backup-vault:scenario-rules`);
  });
  await between("us-gov-west-1", PRIMARY);
  await between(PRIMARY, "us-gov-east-1");
  await between("us-gov-east-1", "us-gov-west-1");
  await between("af-south-1", PRIMARY);
  const clusters = [
    ["multi-az-", PRIMARY],
    ["docdb-", "af-south-1"],
    ["neptune-", "af-south-1"],
    ["neptune-", "eu-south-1"],
  ];
  for (const [prefix, region = PRIMARY] of clusters) {
    await w.step(`a copy of the ${prefix} cluster in ${region}`, async () =>
      copy(region, await backUp(region, `rds:{at}:cluster:${prefix}scenario`), await vault(SECOND)),
    );
  }
  await w.step("a copy of FSx out of Cape Town", async () =>
    copy("af-south-1", await backUp("af-south-1", "fsx:{at}:file-system/fs-0123456789abcdef0"), await vault(SECOND)),
  );
  await w.step("an RDS copy into another Region and account", async () => {
    const point = await backUp(PRIMARY, "rds:{at}:db:scenario");
    await copy(PRIMARY, point, `arn:aws:backup:${SECOND}:${SECOND_ACCOUNT}:backup-vault:scenario-rules`);
  });
  await w.step("an EBS backup with a cold-storage setting", async () => {
    const point = await backUp(PRIMARY, "ec2:{at}:volume/vol-0123456789abcdef0", { MoveToColdStorageAfterDays: 30 });
    await client(PRIMARY).describeRecoveryPoint({ BackupVaultName: "scenario-rules", RecoveryPointArn: point });
  });
}
