import { InvalidParameterValueException, InvalidRequestException } from "@cloudhsm-kit/client/backup";
import { describe, expect, it } from "vitest";
import { backupSetup, DESTINATION_ACCOUNT, SOURCE_ACCOUNT } from "./backup-harness.js";
import { control as documentedControl } from "./control-helpers.js";

/** Backup plans and selections (aws-backup-copy.md §3 notes, B1, B11, B17), through the typed client. */
const DESTINATION = `arn:aws:backup:us-west-2:${DESTINATION_ACCOUNT}:backup-vault:dr-vault`;
const rule = (lifecycle: Record<string, number>, copyLifecycle?: Record<string, number>) => ({
  RuleName: "daily",
  TargetBackupVaultName: "source",
  Lifecycle: lifecycle,
  CopyActions: [{ DestinationBackupVaultArn: DESTINATION, ...(copyLifecycle ? { Lifecycle: copyLifecycle } : {}) }],
});

const VOLUME = `arn:aws:ec2:us-east-1:${SOURCE_ACCOUNT}:volume/vol-0123456789abcdef0`;
const ROLE = "arn:aws:iam::111122223333:role/backup";
type Client = ReturnType<typeof backupSetup>["east"];

/** A vault "source", and a plan of one rule (no copies; `fields` over the defaults) selecting VOLUME: its id. */
async function planOnVolume(east: Client, fields: Record<string, unknown>): Promise<string> {
  await east.createBackupVault({ BackupVaultName: "source" });
  const one = { ...rule({ DeleteAfterDays: 35 }), CopyActions: [], ...fields };
  const { BackupPlanId } = await east.createBackupPlan({ BackupPlan: { BackupPlanName: "p", Rules: [one] } });
  await east.createBackupSelection({
    BackupPlanId: BackupPlanId as string,
    BackupSelection: { SelectionName: "v", IamRoleArn: ROLE, Resources: [VOLUME] },
  });
  return BackupPlanId as string;
}

describe("backup plans and selections", () => {
  it("echoes each rule's CopyActions exactly, with the documented rule defaults and a RuleId (B11)", async () => {
    const { east } = backupSetup();
    const copyLifecycle = { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 120 };
    const created = await east.createBackupPlan({
      BackupPlan: { BackupPlanName: "p", Rules: [rule({ DeleteAfterDays: 35 }, copyLifecycle)] },
    });
    expect(created.BackupPlanArn).toBe(
      `arn:aws:backup:us-east-1:${SOURCE_ACCOUNT}:backup-plan:${created.BackupPlanId}`,
    );
    const got = await east.getBackupPlan({ BackupPlanId: created.BackupPlanId as string });
    const [stored] = got.BackupPlan?.Rules ?? [];
    expect(stored?.CopyActions).toEqual([{ DestinationBackupVaultArn: DESTINATION, Lifecycle: copyLifecycle }]);
    expect([stored?.ScheduleExpression, stored?.StartWindowMinutes, typeof stored?.RuleId]).toEqual([
      "cron(0 5 ? * * *)",
      480,
      "string",
    ]);
    const updated = await east.updateBackupPlan({
      BackupPlanId: created.BackupPlanId as string,
      BackupPlan: { BackupPlanName: "p", Rules: [rule({ DeleteAfterDays: 40 })] },
    });
    expect(updated.VersionId).not.toBe(created.VersionId);
  });

  it("refuses a rule or copy-action lifecycle under the 90-day rule, naming the rule with Context (B1)", async () => {
    const { east } = backupSetup();
    const refused = await east
      .createBackupPlan({
        BackupPlan: { BackupPlanName: "p", Rules: [rule({ MoveToColdStorageAfterDays: 30, DeleteAfterDays: 119 })] },
      })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidParameterValueException);
    expect((refused as Error).message).toMatch(/^Error in rule daily : Invalid lifecycle/);
    await expect(
      east.createBackupPlan({
        BackupPlan: {
          BackupPlanName: "p",
          Rules: [rule({ DeleteAfterDays: 35 }, { MoveToColdStorageAfterDays: 1, DeleteAfterDays: 2 })],
        },
      }),
    ).rejects.toBeInstanceOf(InvalidParameterValueException);
  });

  it("refuses to delete a plan while selections exist, and lists deleted plans only when asked", async () => {
    const { east } = backupSetup();
    const { BackupPlanId } = await east.createBackupPlan({
      BackupPlan: { BackupPlanName: "p", Rules: [rule({ DeleteAfterDays: 35 })] },
    });
    const id = BackupPlanId as string;
    const { SelectionId } = await east.createBackupSelection({
      BackupPlanId: id,
      BackupSelection: {
        SelectionName: "all-volumes",
        IamRoleArn: "arn:aws:iam::111122223333:role/backup",
        Resources: ["*"],
      },
    });
    expect(
      (await east.getBackupSelection({ BackupPlanId: id, SelectionId: SelectionId as string })).BackupSelection
        ?.Resources,
    ).toEqual(["*"]);
    expect((await east.listBackupSelections({ BackupPlanId: id })).BackupSelectionsList).toHaveLength(1);
    await expect(east.deleteBackupPlan({ BackupPlanId: id })).rejects.toBeInstanceOf(InvalidRequestException);
    await east.deleteBackupSelection({ BackupPlanId: id, SelectionId: SelectionId as string });
    expect((await east.deleteBackupPlan({ BackupPlanId: id })).DeletionDate).toEqual(expect.any(Number));
    expect((await east.listBackupPlans({})).BackupPlansList).toEqual([]);
    expect((await east.listBackupPlans({ IncludeDeleted: true })).BackupPlansList?.[0]?.BackupPlanName).toBe("p");
  });

  it("runs a due rule on the emulated clock: a backup job per selected resource, then one copy job per copy action", async () => {
    const { east, west, control } = backupSetup();
    await east.createBackupVault({ BackupVaultName: "source" });
    await west.createBackupVault({ BackupVaultName: "dr-vault" });
    const copyLifecycle = { DeleteAfterDays: 30 };
    const { BackupPlanId } = await east.createBackupPlan({
      BackupPlan: { BackupPlanName: "nightly", Rules: [rule({ DeleteAfterDays: 35 }, copyLifecycle)] },
    });
    const volume = `arn:aws:ec2:us-east-1:${SOURCE_ACCOUNT}:volume/vol-0123456789abcdef0`;
    await east.createBackupSelection({
      BackupPlanId: BackupPlanId as string,
      BackupSelection: {
        SelectionName: "volumes",
        IamRoleArn: "arn:aws:iam::111122223333:role/backup",
        Resources: [volume],
      },
    });
    await control.advance(86_400);
    const [job] = (await east.listBackupJobs({})).BackupJobs ?? [];
    expect(job).toMatchObject({ State: "COMPLETED", ResourceArn: volume, CreatedBy: { BackupPlanId } });
    const [copy] = (await east.listCopyJobs({})).CopyJobs ?? [];
    expect(copy).toMatchObject({
      State: "COMPLETED",
      CreatedByBackupJobId: job?.BackupJobId,
      DestinationBackupVaultArn: DESTINATION,
    });
    const [landed] = (await west.listRecoveryPointsByBackupVault({ BackupVaultName: "dr-vault" })).RecoveryPoints ?? [];
    expect([landed?.Lifecycle, landed?.CreationDate]).toEqual([copyLifecycle, job?.CreationDate]);
    expect((await east.getBackupPlan({ BackupPlanId: BackupPlanId as string })).LastExecutionDate).toEqual(
      expect.any(Number),
    );
  });

  it("refuses a schedule expression it cannot read", async () => {
    const { east } = backupSetup();
    const bad = { ...rule({ DeleteAfterDays: 35 }), ScheduleExpression: "cron(0 5 L * * *)" };
    await expect(east.createBackupPlan({ BackupPlan: { BackupPlanName: "p", Rules: [bad] } })).rejects.toBeInstanceOf(
      InvalidParameterValueException,
    );
  });

  it("refuses a ScheduleExpressionTimezone that is no time zone", async () => {
    const { east } = backupSetup();
    const bad = { ...rule({ DeleteAfterDays: 35 }), ScheduleExpressionTimezone: "Mars/Olympus_Mons" };
    await expect(east.createBackupPlan({ BackupPlan: { BackupPlanName: "p", Rules: [bad] } })).rejects.toBeInstanceOf(
      InvalidParameterValueException,
    );
  });

  it("runs a rule at its schedule's wall time in its ScheduleExpressionTimezone", async () => {
    const { east, control } = backupSetup();
    await planOnVolume(east, { ScheduleExpression: "cron(0 9 ? * * *)", ScheduleExpressionTimezone: "Asia/Tokyo" });
    await control.advance(86_400);
    const [job] = (await east.listBackupJobs({})).BackupJobs ?? [];
    // 09:00 in Tokyo (UTC+9, no daylight saving time) is 00:00 UTC.
    expect(new Date((job?.CreationDate as number) * 1000).toISOString()).toMatch(/T00:00:00/);
  });

  it("expires a rule's backup job still waiting to start when its StartWindowMinutes is over (StartBy)", async () => {
    const { east, control } = backupSetup({ backupDelays: { backupRun: 30 * 3600 } });
    await planOnVolume(east, { StartWindowMinutes: 60 });
    // An on-demand backup of the volume runs for 30 hours, across the rule's next 05:00 UTC run.
    const onDemand = await east.startBackupJob({ BackupVaultName: "source", ResourceArn: VOLUME, IamRoleArn: ROLE });
    const clock = await control.now();
    const today = Math.floor(clock / 86_400) * 86_400 + 5 * 3600;
    const runAt = today > clock + 1 ? today : today + 86_400;
    await control.advance(runAt - clock);
    const ruleJob = () =>
      east.listBackupJobs({}).then((r) => r.BackupJobs?.find((j) => j.BackupJobId !== onDemand.BackupJobId));
    expect(await ruleJob()).toMatchObject({ State: "CREATED", StartBy: runAt + 3600 });
    await control.advance(3600);
    expect(await ruleJob()).toMatchObject({ State: "EXPIRED", CompletionDate: runAt + 3600 });
    await control.advance(30 * 3600);
    expect((await east.describeBackupJob({ BackupJobId: onDemand.BackupJobId as string })).State).toBe("COMPLETED");
  });

  it("cancels a backup job still running when its completion window ends: a rule's from its start, StartBackupJob's from its request", async () => {
    const { east, control } = backupSetup({ backupDelays: { backupRun: 3 * 3600 } });
    const BackupPlanId = await planOnVolume(east, { CompletionWindowMinutes: 60 });
    const onDemand = await east.startBackupJob({
      BackupVaultName: "source",
      ResourceArn: `arn:aws:ec2:us-east-1:${SOURCE_ACCOUNT}:volume/vol-0fedcba9876543210`,
      IamRoleArn: ROLE,
      CompleteWindowMinutes: 90,
    });
    await control.runBackupPlan(BackupPlanId, { AccountId: SOURCE_ACCOUNT });
    const ruleJob = async () =>
      (await east.listBackupJobs({})).BackupJobs?.find((j) => j.BackupJobId !== onDemand.BackupJobId);
    const ends = async () => {
      const job = await ruleJob();
      const other = await east.describeBackupJob({ BackupJobId: onDemand.BackupJobId as string });
      return [job?.State, other.State];
    };
    const from = await control.now();
    await control.advance(3599);
    expect(await ends()).toEqual(["RUNNING", "RUNNING"]);
    await control.advance(2);
    expect(await ends()).toEqual(["ABORTED", "RUNNING"]);
    expect((await ruleJob())?.CompletionDate).toBe(from + 1 + 3600); // started a second after it was made
    await control.advance(1800);
    expect(await ends()).toEqual(["ABORTED", "ABORTED"]);
  });

  it("runs a plan now through the control API (RunBackupPlan, as documented)", async () => {
    const { emu, east, control } = backupSetup();
    await east.createBackupVault({ BackupVaultName: "source" });
    const { BackupPlanId } = await east.createBackupPlan({
      BackupPlan: { BackupPlanName: "p", Rules: [rule({ DeleteAfterDays: 35 })] },
    });
    const volume = `arn:aws:ec2:us-east-1:${SOURCE_ACCOUNT}:volume/vol-0123456789abcdef0`;
    await east.createBackupSelection({
      BackupPlanId: BackupPlanId as string,
      BackupSelection: { SelectionName: "v", IamRoleArn: "arn:aws:iam::111122223333:role/backup", Resources: [volume] },
    });
    const h = { emu } as Parameters<typeof documentedControl>[0];
    const ran = await documentedControl(h, "POST", `/services/backup/plans/${BackupPlanId}/run`, {
      AccountId: SOURCE_ACCOUNT,
    });
    expect(ran.status).toBe(200);
    const [jobId] = (ran.body as { BackupJobIds: string[] }).BackupJobIds;
    await control.advance(61);
    expect((await east.describeBackupJob({ BackupJobId: jobId as string })).State).toBe("COMPLETED");
    expect((await documentedControl(h, "POST", "/services/backup/plans/nope/run", {})).status).toBe(409);
  });
});
