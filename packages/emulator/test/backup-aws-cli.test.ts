import { createControlClient } from "@cloudhsm-kit/spec/control";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmulator } from "../src/emulator.js";
import { awsCli, awsCliAvailable } from "./aws-cli-runner.js";
import { DESTINATION_ACCOUNT, SOURCE_ACCOUNT, serveChecked } from "./backup-harness.js";

/**
 * The AWS CLI's `backup` commands (botocore: the model's URIs with their final slash, query timestamps in ISO 8601),
 * unmodified, with `--endpoint-url`, copying a backup from us-east-1 to another account in us-west-2; every reply
 * checked against the Backup document on the way. Skipped, saying so, when `aws` is not on the PATH.
 */
const hasAws = await awsCliAvailable("backup-aws-cli.test.ts");

const emu = createEmulator({ log: () => undefined, realTimeMs: () => 0 });
const control = createControlClient("http://emulator.test", { fetch: (r) => emu.fetch(r) });
let server: Awaited<ReturnType<typeof serveChecked>>;
beforeAll(async () => {
  server = await serveChecked(emu);
});
afterAll(() => server.close());

const aws = (args: string[], region: string, account: string) =>
  awsCli(server.url, region, account, ["backup", ...args]);
const east = (...args: string[]) => aws(args, "us-east-1", SOURCE_ACCOUNT);
const west = (...args: string[]) => aws(args, "us-west-2", DESTINATION_ACCOUNT);

describe.skipIf(!hasAws)("the AWS CLI's backup commands against the emulator", () => {
  it("copies a backup across Regions and accounts", { timeout: 60_000 }, async () => {
    const role = `arn:aws:iam::${SOURCE_ACCOUNT}:role/backup`;
    const volume = `arn:aws:ec2:us-east-1:${SOURCE_ACCOUNT}:volume/vol-0123456789abcdef0`;
    expect((await east("create-backup-vault", "--backup-vault-name", "source")).code).toBe(0);
    const destination = (await west("create-backup-vault", "--backup-vault-name", "dr-vault")).out
      .BackupVaultArn as string;
    const job = await east(
      "start-backup-job",
      "--backup-vault-name",
      "source",
      "--resource-arn",
      volume,
      "--iam-role-arn",
      role,
    );
    await control.advance(61);
    const recoveryPoint = job.out.RecoveryPointArn as string;
    const copy = await east(
      "start-copy-job",
      ...["--recovery-point-arn", recoveryPoint, "--source-backup-vault-name", "source"],
      ...["--destination-backup-vault-arn", destination, "--iam-role-arn", role],
    );
    await control.advance(61);
    const described = (await east("describe-copy-job", "--copy-job-id", copy.out.CopyJobId as string)).out
      .CopyJob as Record<string, string>;
    expect(described.State).toBe("COMPLETED");
    const landed = await west(
      ...["describe-recovery-point", "--backup-vault-name", "dr-vault"],
      ...["--recovery-point-arn", described.DestinationRecoveryPointArn as string],
    );
    expect(landed.out.BackupVaultArn).toBe(destination);
    const listed = await east(
      "list-copy-jobs",
      "--by-created-after",
      "1970-01-01T00:00:00Z",
      "--by-state",
      "COMPLETED",
    );
    expect((listed.out.CopyJobs as unknown[]).length).toBe(1);
    expect(
      (await west("list-recovery-points-by-backup-vault", "--backup-vault-name", "dr-vault")).out.RecoveryPoints,
    ).toHaveLength(1);
    const missing = await east("describe-backup-vault", "--backup-vault-name", "nope");
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain("ResourceNotFoundException");
  });
});
