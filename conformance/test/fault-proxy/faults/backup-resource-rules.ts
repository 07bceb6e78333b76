import { defineFault, type Fault, type Json, type ReplyView, type RequestView } from "../fault.js";
import { isBackup, isStartCopyJob, pathOf } from "./aws-backup.js";

/**
 * Faults against AWS Backup's partition, Region and resource-type rules on copies (aws-backup-copy.md B8–B12, the
 * feature-availability page; the seed page for the legacy ones). Each either makes a copy the rules forbid (the
 * StartCopyJob answered by the proxy, the job then reported COMPLETED) or refuses one they allow (a 400).
 */

/** What a fault knows of a StartCopyJob: where it is called, where it copies to, and what it copies. */
interface CopyView {
  region: string;
  to: { partition: string; region: string; account: string };
  /** Learnt from DescribeBackupJob replies; undefined for a recovery point the proxy has not seen made. */
  point: { type: string; resourceArn: string; account: string } | undefined;
}

/** Hong Kong, Bahrain, Milan and Cape Town: opt-in Regions, and the four the seed page excludes. */
const FOUR = ["ap-east-1", "me-south-1", "eu-south-1", "af-south-1"];
const crossRegion = (c: CopyView) => c.region !== c.to.region;
const fromPartition = (c: CopyView, prefix: string) => c.region.startsWith(prefix);

const refusal = {
  status: 400,
  output: { Code: "InvalidRequestException", Message: "The copy is not supported." },
  headers: { "x-amzn-errortype": "InvalidRequestException", "content-type": "application/json" },
};

interface CopyFault {
  name: string;
  level: Fault["level"];
  breaks: string;
  source: string;
  /** Run the emulator as the seed page describes AWS Backup (the legacy checks' target). */
  legacyBackupSeed?: boolean;
  matches(copy: CopyView): boolean;
  /** What the proxy does to a matching StartCopyJob: make the copy (report it COMPLETED) or refuse it. */
  outcome: "completed" | "refused";
}

/** A fault that answers the StartCopyJobs it `matches` itself, as made or as refused. */
function copyFault(f: CopyFault): Fault {
  return defineFault({
    name: f.name,
    level: f.level,
    breaks: f.breaks,
    source: f.source,
    groups: ["backup-partitions"],
    ...(f.legacyBackupSeed ? { legacyBackupSeed: true } : {}),
    operations: "any",
    create: () => {
      const points = new Map<string, CopyView["point"]>();
      const fakes = new Set<string>();
      return {
        request: (request: RequestView) => {
          const copy = isStartCopyJob(request) ? copyViewOf(request, points) : undefined;
          if (copy && f.matches(copy)) {
            if (f.outcome === "refused") {
              return { answer: refusal };
            }
            const id = `FAULT-${fakes.size + 1}`;
            fakes.add(id);
            return { answer: { status: 200, output: { CopyJobId: id, CreationDate: Date.now() / 1000 } } };
          }
          const id = pathOf(request).split("/")[2] ?? "";
          if (isBackup(request) && request.method === "GET" && fakes.has(id)) {
            const now = Date.now() / 1000;
            const job = { CopyJobId: id, State: "COMPLETED", CreationDate: now, CompletionDate: now };
            return { answer: { status: 200, output: { CopyJob: job } } };
          }
          return undefined;
        },
        response: (reply: ReplyView, request: RequestView) => {
          learnPoint(reply, request, points);
          return undefined;
        },
      };
    },
  });
}

/** Remembers the resource and account of each recovery point a DescribeBackupJob reply names. */
function learnPoint(reply: ReplyView, request: RequestView, points: Map<string, CopyView["point"]>) {
  const out = reply.output;
  if (isBackup(request) && pathOf(request).startsWith("/backup-jobs/") && typeof out?.RecoveryPointArn === "string") {
    points.set(out.RecoveryPointArn, {
      type: String(out.ResourceType ?? ""),
      resourceArn: String(out.ResourceArn ?? ""),
      account: String(out.BackupVaultArn ?? "").split(":")[4] ?? "",
    });
  }
}

function copyViewOf(request: RequestView, points: Map<string, CopyView["point"]>): CopyView | undefined {
  const input = request.input as Json | undefined;
  const [, partition = "", , region = "", account = ""] = String(input?.DestinationBackupVaultArn ?? "").split(":");
  return request.region === undefined
    ? undefined
    : {
        region: request.region,
        to: { partition, region, account },
        point: points.get(String(input?.RecoveryPointArn)),
      };
}

const FA = "backup-feature-availability";
const SEED = "the seed page (cross-region-backup, earlier version)";

export const backupChinaCopyLeavesChina = copyFault({
  name: "backup-china-copy-leaves-china",
  level: "required",
  breaks: "A copy from a China Region into a standard Region is not made.",
  source: `aws-backup-copy.md B12; ${FA} (footnote 2)`,
  matches: (c) => fromPartition(c, "cn-") && c.to.partition === "aws",
  outcome: "completed",
});

export const backupChinaInternalCopyRefused = copyFault({
  name: "backup-china-internal-copy-refused",
  level: "required",
  breaks: "A copy from one China Region to the other is made.",
  source: `aws-backup-copy.md B12; ${FA} (footnote 2)`,
  matches: (c) => fromPartition(c, "cn-") && c.to.partition === "aws-cn" && crossRegion(c),
  outcome: "refused",
});

export const backupChinaCrossAccountCopied = copyFault({
  name: "backup-china-cross-account-copied",
  level: "required",
  breaks: "A copy from a China Region into another account is not made.",
  source: `aws-backup-copy.md B12; ${FA} (footnote 2)`,
  matches: (c) => fromPartition(c, "cn-") && c.point !== undefined && c.to.account !== c.point.account,
  outcome: "completed",
});

export const backupGovCloudCopyLeavesGovCloud = copyFault({
  name: "backup-govcloud-copy-leaves-govcloud",
  level: "required",
  breaks: "A copy from AWS GovCloud (US) into a standard Region is not made.",
  source: `aws-backup-copy.md B12; ${FA} (footnote 4)`,
  matches: (c) => fromPartition(c, "us-gov-") && c.to.partition === "aws",
  outcome: "completed",
});

export const backupGovCloudCopyEntersGovCloud = copyFault({
  name: "backup-govcloud-copy-enters-govcloud",
  level: "required",
  breaks: "A copy from a standard Region into AWS GovCloud (US) is not made.",
  source: `aws-backup-copy.md B12; ${FA} (footnote 4)`,
  matches: (c) => !fromPartition(c, "us-gov-") && c.to.partition === "aws-us-gov",
  outcome: "completed",
});

export const backupGovCloudInternalCopyRefused = copyFault({
  name: "backup-govcloud-internal-copy-refused",
  level: "required",
  breaks: "A copy from one AWS GovCloud (US) Region to the other is made.",
  source: `aws-backup-copy.md B12; ${FA} (footnote 4)`,
  matches: (c) => fromPartition(c, "us-gov-") && c.to.partition === "aws-us-gov" && crossRegion(c),
  outcome: "refused",
});

export const backupMultiAzClusterCopied = copyFault({
  name: "backup-multi-az-cluster-copied",
  level: "advisory",
  breaks: "A backup of an RDS Multi-AZ DB cluster is not copied (told apart by the emulator's convention).",
  source: `aws-backup-copy.md B10; ${FA} (footnote 3)`,
  matches: (c) => /:cluster:multi-az-/.test(c.point?.resourceArn ?? ""),
  outcome: "completed",
});

/** A cross-Region copy of `type` from or into one of the opt-in Regions the checks use. */
const optInCopyOf = (type: string) => (c: CopyView) =>
  c.point?.type === type && crossRegion(c) && (FOUR.includes(c.region) || FOUR.includes(c.to.region));

export const backupOptInDocumentDbCopied = copyFault({
  name: "backup-opt-in-documentdb-copied",
  level: "required",
  breaks: "DocumentDB is not copied across Regions from an opt-in Region.",
  source: `aws-backup-copy.md B8; ${FA} (Considerations for opt-in Regions)`,
  matches: optInCopyOf("DocumentDB"),
  outcome: "completed",
});

export const backupOptInFsxCopied = copyFault({
  name: "backup-opt-in-fsx-copied",
  level: "required",
  breaks: "FSx is not copied across Regions from an opt-in Region.",
  source: `aws-backup-copy.md B8; ${FA} (Considerations for opt-in Regions)`,
  matches: optInCopyOf("FSx"),
  outcome: "completed",
});

export const backupOptInNeptuneRefused = copyFault({
  name: "backup-opt-in-neptune-refused",
  level: "required",
  breaks: "Neptune is copied across Regions from Africa (Cape Town), an opt-in Region.",
  source: `aws-backup-copy.md B8; ${FA} (Considerations for opt-in Regions)`,
  matches: optInCopyOf("Neptune"),
  outcome: "refused",
});

/** An RDS or Aurora copy into another Region and another account at once. */
const rdsBoth = (c: CopyView) =>
  (c.point?.type === "RDS" || c.point?.type === "Aurora") && crossRegion(c) && c.to.account !== c.point.account;

export const backupRdsBothRefused = copyFault({
  name: "backup-rds-cross-region-and-account-refused",
  level: "required",
  breaks: "RDS is copied into another Region and another account in a single copy (the seed page's limit is gone).",
  source: `aws-backup-copy.md B10, §1 S4; ${FA} (footnote 3)`,
  matches: rdsBoth,
  outcome: "refused",
});

export const backupNeptuneMilanCopied = copyFault({
  name: "backup-opt-in-neptune-milan-copied",
  level: "advisory",
  breaks: "Neptune is not copied across Regions from an opt-in Region outside the page's list (Milan; inferred).",
  source: `aws-backup-copy.md B8; ${FA} (Considerations for opt-in Regions)`,
  matches: (c) => c.point?.type === "Neptune" && crossRegion(c) && c.region === "eu-south-1",
  outcome: "completed",
});

export const backupSeedRegionsRefused = copyFault({
  name: "backup-seed-region-limit-applied",
  level: "required",
  breaks:
    "Cross-Region copies are made from Hong Kong, Bahrain, Milan and Cape Town (the seed page's exclusion is gone).",
  source: `aws-backup-copy.md B8, §1 S7; ${FA} (Region table)`,
  matches: (c) => crossRegion(c) && FOUR.includes(c.region),
  outcome: "refused",
});

export const backupManagedDynamoDbRefused = copyFault({
  name: "backup-managed-dynamodb-copy-refused",
  level: "required",
  breaks: "A DynamoDB backup is copied across Regions once full AWS Backup management is on.",
  source: "aws-backup-copy.md B9; advanced-ddb-backup",
  matches: (c) => c.point?.type === "DynamoDB" && crossRegion(c),
  outcome: "refused",
});

export const backupSeedDynamoDbCopied = copyFault({
  name: "backup-seed-dynamodb-copied",
  level: "legacy",
  breaks: "On the seed page's AWS Backup, DynamoDB is not copied across Regions.",
  source: `aws-backup-copy.md §1 S3; ${SEED}`,
  legacyBackupSeed: true,
  matches: (c) => c.point?.type === "DynamoDB" && crossRegion(c),
  outcome: "completed",
});

export const backupSeedRdsBothCopied = copyFault({
  name: "backup-seed-rds-cross-region-and-account-copied",
  level: "legacy",
  breaks: "On the seed page's AWS Backup, RDS and Aurora are not copied into another Region and account at once.",
  source: `aws-backup-copy.md §1 S4, B10; ${SEED}`,
  legacyBackupSeed: true,
  matches: rdsBoth,
  outcome: "completed",
});

export const backupSeedCapeTownCopied = copyFault({
  name: "backup-seed-cape-town-copied",
  level: "legacy",
  breaks:
    "On the seed page's AWS Backup, nothing is copied across Regions from Hong Kong, Bahrain, Milan or Cape Town.",
  source: `aws-backup-copy.md §1 S7, B8; ${SEED}`,
  legacyBackupSeed: true,
  matches: (c) => crossRegion(c) && FOUR.includes(c.region),
  outcome: "completed",
});

/** On the seed page's AWS Backup, an EBS backup's cold-storage setting is honoured after all. */
export const backupSeedEbsCold = defineFault({
  name: "backup-seed-ebs-cold-storage-honoured",
  level: "legacy",
  breaks:
    "On the seed page's AWS Backup, only EFS backups move to cold storage; an EBS backup's cold setting is ignored.",
  source: `aws-backup-copy.md §1 S9, B3; ${SEED}`,
  groups: ["backup-partitions"],
  legacyBackupSeed: true,
  operations: "any",
  create: () => ({
    response: (reply: ReplyView, request: RequestView) => {
      const out = reply.output;
      const days = (out?.Lifecycle as Json | undefined)?.MoveToColdStorageAfterDays;
      const calculated = out?.CalculatedLifecycle as Json | undefined;
      const isPoint = isBackup(request) && /\/recovery-points\/[^/]+$/.test(pathOf(request));
      if (!isPoint || out?.ResourceType !== "EBS" || typeof days !== "number" || calculated?.MoveToColdStorageAt) {
        return undefined;
      }
      const moveAt = Number(out.CreationDate) + days * 86_400;
      return { output: { ...out, CalculatedLifecycle: { ...calculated, MoveToColdStorageAt: moveAt } } };
    },
  }),
});
