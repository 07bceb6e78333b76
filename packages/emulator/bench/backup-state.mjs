// A state document (the format of GET /_emulator/v1/state and of `--seed <file>`) with AWS Backup's copy jobs in
// bulk: a source vault in us-east-1 holding `points` recovery points of EFS file systems, a destination vault in
// us-west-2 of the same account, and `jobs` COMPLETED cross-Region copies of those points (one a second, oldest first),
// each with its destination recovery point. Records are written in the shape the emulator keeps them (wire shape,
// services/backup/store/records.ts); the benchmark checks every reply it measures against the Backup document.

export const ACCOUNT = "123456789012";
export const SOURCE_REGION = "us-east-1";
export const DESTINATION_REGION = "us-west-2";
export const SOURCE_VAULT = "bench-source";
export const DESTINATION_VAULT = "bench-dr";
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/bench-backup`;
const SIZE = 1_073_741_824;

const vaultArn = (region, name) => `arn:aws:backup:${region}:${ACCOUNT}:backup-vault:${name}`;
export const SOURCE_VAULT_ARN = vaultArn(SOURCE_REGION, SOURCE_VAULT);
export const DESTINATION_VAULT_ARN = vaultArn(DESTINATION_REGION, DESTINATION_VAULT);

/** A deterministic upper-case UUID (version 4 layout) for the i-th record of a kind (a hex digit). */
const uuid = (kind, i) =>
  `${kind.toUpperCase()}0000000-0000-4000-8000-${i.toString(16).toUpperCase().padStart(12, "0")}`;
const keyArn = (region) => `arn:aws:kms:${region}:${ACCOUNT}:key/${uuid("b", region.length)}`;

/** The ARN of the i-th source recovery point (what StartCopyJob copies). */
export const sourcePointArn = (i) => `arn:aws:backup:${SOURCE_REGION}:${ACCOUNT}:recovery-point:${uuid("a", i)}`;
/** The id of the i-th seeded copy job. */
export const copyJobId = (i) => uuid("c", i);

const vault = (region, name, creationDate) => ({
  BackupVaultName: name,
  BackupVaultArn: vaultArn(region, name),
  VaultType: "BACKUP_VAULT",
  VaultState: "AVAILABLE",
  EncryptionKeyArn: keyArn(region),
  CreationDate: creationDate,
  CreatorRequestId: uuid("d", region.length),
  Locked: false,
});

const namespace = (region, vaults) => ({
  account: ACCOUNT,
  region,
  settings: { ResourceTypeManagementPreference: { DynamoDB: false, EFS: true } },
  vaults: Object.fromEntries(vaults.map((v) => [v.BackupVaultName, v])),
  vaultExtras: {},
  recoveryPoints: {},
  backupJobs: {},
  copyJobs: {},
  jobExtras: {},
  tags: {},
  plans: {},
  selections: {},
});

/**
 * `base` is a new emulator's exported state (for CloudHSM's settings); `now` is its clock in epoch seconds. Every
 * point is created `jobs + 3600` seconds before `now`, the copies one a second after that, a minute each.
 */
export function backupState(base, { jobs, points, now }) {
  const start = Math.floor(now) - jobs - 3600;
  const source = namespace(SOURCE_REGION, [vault(SOURCE_REGION, SOURCE_VAULT, start - 60)]);
  const destination = namespace(DESTINATION_REGION, [vault(DESTINATION_REGION, DESTINATION_VAULT, start - 60)]);
  const resourceOf = (p) =>
    `arn:aws:elasticfilesystem:${SOURCE_REGION}:${ACCOUNT}:file-system/fs-${p.toString(16).padStart(17, "0")}`;
  for (let p = 0; p < points; p++) {
    const arn = sourcePointArn(p);
    source.recoveryPoints[arn] = {
      RecoveryPointArn: arn,
      BackupVaultName: SOURCE_VAULT,
      BackupVaultArn: SOURCE_VAULT_ARN,
      ResourceArn: resourceOf(p),
      ResourceType: "EFS",
      IamRoleArn: ROLE,
      Status: "COMPLETED",
      CreationDate: start,
      InitiationDate: start,
      CompletionDate: start + 60,
      BackupSizeInBytes: SIZE,
      CalculatedLifecycle: {},
      EncryptionKeyArn: keyArn(SOURCE_REGION),
      IsEncrypted: true,
      StorageClass: "WARM",
      VaultType: "BACKUP_VAULT",
    };
  }
  for (let i = 0; i < jobs; i++) {
    const p = i % points;
    const created = start + 60 + i;
    const copyArn = `arn:aws:backup:${DESTINATION_REGION}:${ACCOUNT}:recovery-point:${uuid("e", i)}`;
    source.copyJobs[copyJobId(i)] = {
      AccountId: ACCOUNT,
      CopyJobId: copyJobId(i),
      SourceBackupVaultArn: SOURCE_VAULT_ARN,
      SourceRecoveryPointArn: sourcePointArn(p),
      DestinationBackupVaultArn: DESTINATION_VAULT_ARN,
      ResourceArn: resourceOf(p),
      ResourceType: "EFS",
      IamRoleArn: ROLE,
      CreationDate: created,
      State: "COMPLETED",
      BackupSizeInBytes: SIZE,
      IsParent: false,
      CompletionDate: created + 60,
      DestinationRecoveryPointArn: copyArn,
      DestinationVaultType: "BACKUP_VAULT",
      DestinationVaultLockState: "UNLOCKED",
      DestinationEncryptionKeyArn: keyArn(DESTINATION_REGION),
      MessageCategory: "SUCCESS",
    };
    source.jobExtras[copyJobId(i)] = {};
    destination.recoveryPoints[copyArn] = {
      RecoveryPointArn: copyArn,
      BackupVaultName: DESTINATION_VAULT,
      BackupVaultArn: DESTINATION_VAULT_ARN,
      ResourceArn: resourceOf(p),
      ResourceType: "EFS",
      IamRoleArn: ROLE,
      Status: "COMPLETED",
      CreationDate: start,
      InitiationDate: created,
      CompletionDate: created + 60,
      BackupSizeInBytes: SIZE,
      EncryptionKeyArn: keyArn(DESTINATION_REGION),
      IsEncrypted: true,
      VaultType: "BACKUP_VAULT",
      SourceBackupVaultArn: SOURCE_VAULT_ARN,
      CalculatedLifecycle: {},
      StorageClass: "WARM",
    };
  }
  return { ...base, now, clockOffsetMs: 0, events: [], backup: { copyFaults: [], namespaces: [source, destination] } };
}
