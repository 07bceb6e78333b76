import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../src/index.js";
import { awsCli, awsCliAvailable } from "./aws-cli-runner.js";

/**
 * The AWS CLI (v1 on this project's machines; its model has all 18 operations, including the resource-policy ones the
 * official JS SDK available here lacks), unmodified, with `--endpoint-url`. Skipped, saying so, when `aws` is not on
 * the PATH.
 */
const hasAws = await awsCliAvailable("aws-cli.test.ts");

let running: RunningEmulator;
beforeAll(async () => {
  running = await startEmulator({ port: 0, log: () => undefined });
});
afterAll(() => running.close());

/** The members of the CLI's replies this test reads. */
interface CliReply {
  Cluster: { ClusterId: string };
  Backups: { BackupId: string; BackupArn: string }[];
  DestinationBackup: { SourceBackup: string };
  ResourceArn: string;
}
const aws = (args: string[], region = "us-east-1") =>
  awsCli<CliReply>(running.url, region, "111122223333", ["cloudhsmv2", ...args]);

describe.skipIf(!hasAws)("AWS CLI v1 against the emulator", () => {
  it("describes, shares and copies backups, and reports errors by name", { timeout: 90_000 }, async () => {
    expect((await aws(["describe-backups"])).out).toEqual({ Backups: [] });
    const d = (await running.control.getSettings()).delays;
    const created = await aws([
      "create-cluster",
      "--hsm-type",
      "hsm2m.medium",
      "--subnet-ids",
      "subnet-0123456789abcdef0",
    ]);
    const clusterId = created.out.Cluster.ClusterId as string;
    await running.control.advance(d.clusterCreate);
    await aws(["create-hsm", "--cluster-id", clusterId, "--availability-zone", "us-east-1a"]);
    await running.control.advance(d.hsmCreate);
    await aws(["initialize-cluster", "--cluster-id", clusterId, "--signed-cert", "c", "--trust-anchor", "t"]);
    await running.control.advance(d.clusterInitialize);
    const { Backup } = await running.control.activate(clusterId);
    await running.control.advance(d.backupCreate);

    const listed = await aws(["describe-backups", "--filters", `clusterIds=${clusterId}`]);
    expect(listed.out.Backups[0]).toMatchObject({ BackupId: Backup.BackupId, BackupState: "READY" });
    const arn = listed.out.Backups[0]?.BackupArn as string;
    const policy = JSON.stringify({
      Statement: [{ Effect: "Allow", Principal: { AWS: "444455556666" }, Action: "*" }],
    });
    const put = await aws(["put-resource-policy", "--resource-arn", arn, "--policy", policy]);
    expect(put.out).toEqual({ ResourceArn: arn, Policy: policy });
    expect((await aws(["get-resource-policy", "--resource-arn", arn])).out).toEqual({ Policy: policy });
    expect((await aws(["delete-resource-policy", "--resource-arn", arn])).out.ResourceArn).toBe(arn);

    const copy = await aws([
      "copy-backup-to-region",
      "--backup-id",
      Backup.BackupId,
      "--destination-region",
      "us-west-2",
    ]);
    expect(copy.out.DestinationBackup.SourceBackup).toBe(Backup.BackupId);
    const west = await aws(["describe-backups", "--filters", `sourceBackupIds=${Backup.BackupId}`], "us-west-2");
    expect(west.out.Backups).toHaveLength(1);

    const missing = await aws(["delete-backup", "--backup-id", "backup-abcdefghijk"]);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain("(CloudHsmResourceNotFoundException) when calling the DeleteBackup operation");
  });
});
