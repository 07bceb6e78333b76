import { expectDefined, expectEqual, expectTrue } from "../../../harness/assert.js";
import { attempt, expectServiceError } from "../../../harness/service-error.js";
import { C } from "../citations.js";
import type { Check, CloudHsmContext } from "../context.js";
import { clusterFrom } from "../fixtures/clusters.js";
import { expectRejected } from "../fixtures/refusals.js";
import { sharePolicy } from "../fixtures/share-policy.js";

/**
 * A disposable backup shared with the second account by a resource policy; with `promoted`, its share also made a
 * RAM resource share (through the control protocol, which stands in for RAM's PromoteResourceShareCreatedFromPolicy:
 * RAM is not part of the CloudHSM API), so that the other account can describe it.
 */
async function sharedBackup(t: CloudHsmContext, { promoted = false } = {}) {
  const backup = await t.fixtures.disposableBackup();
  const arn = expectDefined("BackupArn", backup.BackupArn);
  const policy = sharePolicy(t.target.secondAccountId ?? "111122223333", arn);
  await t.client().putResourcePolicy({ ResourceArn: arn, Policy: policy });
  t.cleanups.push(`delete the policy of ${backup.BackupId}`, () =>
    t.client().deleteResourcePolicy({ ResourceArn: arn }),
  );
  if (promoted) {
    await t.control.promoteResourceShare(arn);
  }
  return { backup, arn, policy };
}

/** The ids the second account lists with DescribeBackups `Shared: true`, filtered to `backupId`. */
async function listedAsShared(t: CloudHsmContext, backupId: string): Promise<string[]> {
  const out = await t.secondAccountClient().describeBackups({ Shared: true, Filters: { backupIds: [backupId] } });
  return (out.Backups ?? []).map((b) => b.BackupId);
}

const noPolicy = (policy: string | undefined) => policy === undefined || policy === "" || policy === "{}";

export const sharingChecks: readonly Check[] = [
  {
    id: "SHARE-POLICY-001",
    level: "required",
    title: "GetResourcePolicy returns the policy PutResourcePolicy attached to a backup",
    asserts:
      "PutResourcePolicy on a READY backup answers with its ARN, and GetResourcePolicy returns a policy equal (as JSON) to the one sent.",
    citations: [C.sharePolicyPurpose, C.getPolicy],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      const arn = expectDefined("BackupArn", backup.BackupArn);
      const policy = sharePolicy(t.target.secondAccountId ?? "111122223333", arn);
      const put = await t.client().putResourcePolicy({ ResourceArn: arn, Policy: policy });
      t.cleanups.push("delete the policy", () => t.client().deleteResourcePolicy({ ResourceArn: arn }));
      expectEqual("ResourceArn in the PutResourcePolicy response", put.ResourceArn, arn);
      const got = await t.client().getResourcePolicy({ ResourceArn: arn });
      expectEqual(
        "policy returned",
        JSON.stringify(JSON.parse(got.Policy ?? "null")),
        JSON.stringify(JSON.parse(policy)),
      );
    },
  },
  {
    id: "SHARE-POLICY-002",
    level: "required",
    title: "PutResourcePolicy refuses a backup that is not READY",
    asserts: "PutResourcePolicy on a PENDING_DELETION backup is rejected with HTTP 400 and no policy is attached.",
    citations: [C.shareReadyOwned],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      const arn = expectDefined("BackupArn", backup.BackupArn);
      await t.client().deleteBackup({ BackupId: backup.BackupId });
      await expectServiceError(
        "PutResourcePolicy on a PENDING_DELETION backup",
        () => t.client().putResourcePolicy({ ResourceArn: arn, Policy: sharePolicy("111122223333", arn) }),
        { names: ["CloudHsmInvalidRequestException", "CloudHsmAccessDeniedException"] },
      );
      const got = await attempt(() => t.client().getResourcePolicy({ ResourceArn: arn }));
      expectTrue("no policy is attached", !got.ok || noPolicy(got.value.Policy), got.ok ? got.value : got.error);
    },
  },
  {
    id: "SHARE-POLICY-003",
    level: "required",
    title: "DeleteResourcePolicy removes a backup's policy",
    asserts: 'After DeleteResourcePolicy, GetResourcePolicy returns no policy (absent, empty or "{}").',
    citations: [C.deletePolicy],
    needs: ["ready-backup"],
    async run(t) {
      const { arn } = await sharedBackup(t);
      await t.client().deleteResourcePolicy({ ResourceArn: arn });
      const got = await t.client().getResourcePolicy({ ResourceArn: arn });
      expectTrue("no policy after DeleteResourcePolicy", noPolicy(got.Policy), got.Policy);
    },
  },
  {
    id: "SHARE-POLICY-004",
    level: "advisory",
    title: 'GetResourcePolicy on a backup without a policy returns "{}"',
    asserts: 'The Policy member is the string "{}" (observed on AWS), not absent and not an error.',
    citations: [C.emptyPolicyObserved, C.getPolicy],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      const got = await t.client().getResourcePolicy({ ResourceArn: expectDefined("BackupArn", backup.BackupArn) });
      expectEqual("Policy", got.Policy, "{}");
    },
  },
  {
    id: "SHARE-XACCT-001",
    level: "required",
    title: "Another account creates a cluster from a shared backup by its ARN",
    asserts:
      "After PutResourcePolicy names the second account, CreateCluster called by that account with the full backup ARN succeeds and records the backup as SourceBackupId.",
    citations: [C.crossAccountArn, C.sharePolicyPurpose],
    needs: ["ready-backup", "second-account", "billable"],
    async run(t) {
      const { backup, arn } = await sharedBackup(t);
      const cluster = await clusterFrom(t, arn, backup, t.regions.primary, t.secondAccountClient());
      expectEqual("SourceBackupId", cluster.SourceBackupId, backup.BackupId);
    },
  },
  {
    id: "SHARE-XACCT-002",
    level: "required",
    title: "Another account cannot create a cluster from a backup that is not shared with it",
    asserts:
      "Without a resource policy, CreateCluster by the second account with the backup's ARN is rejected with HTTP 400.",
    citations: [C.crossAccountArn, C.shareReadyOwned],
    needs: ["ready-backup", "second-account", "billable"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      const arn = expectDefined("BackupArn", backup.BackupArn);
      await expectRejected(t, "CreateCluster by another account from an unshared backup", () =>
        clusterFrom(t, arn, backup, t.regions.primary, t.secondAccountClient()),
      );
    },
  },
  {
    id: "SHARE-XACCT-003",
    level: "required",
    title: "Another account cannot delete a backup, even one shared with it",
    asserts: "DeleteBackup by the second account is rejected with HTTP 400, and the backup stays READY.",
    citations: [C.notCrossAccount],
    needs: ["ready-backup", "second-account"],
    async run(t) {
      const { backup } = await sharedBackup(t);
      await expectRejected(t, "DeleteBackup by another account", () =>
        t.secondAccountClient().deleteBackup({ BackupId: backup.BackupId }),
      );
      expectEqual("state of the backup", (await t.describeBackup(backup.BackupId))?.BackupState, "READY");
    },
  },
  {
    id: "SHARE-XACCT-004",
    level: "required",
    title: "DescribeBackups lists only the caller's own backups unless Shared is set",
    asserts:
      "The owner's DescribeBackups filtered by the backup's id lists it; the second account's (without Shared) does not, although the backup is shared with it (its share promoted to RAM where the control protocol can do that).",
    citations: [C.describeShared],
    needs: ["ready-backup", "second-account"],
    async run(t) {
      const { backup } = await sharedBackup(t, { promoted: t.hasControl });
      const filter = { Filters: { backupIds: [backup.BackupId] } };
      const own = await t.client().describeBackups(filter);
      expectEqual(
        "backups listed for the owner",
        (own.Backups ?? []).map((b) => b.BackupId).join(","),
        backup.BackupId,
      );
      const out = await t.secondAccountClient().describeBackups(filter);
      expectEqual("backups listed for the other account", (out.Backups ?? []).length, 0);
    },
  },
  {
    id: "SHARE-OWNER-001",
    level: "required",
    title: "PutResourcePolicy refuses a backup the caller does not own",
    asserts:
      "The second account's PutResourcePolicy on the first account's backup ARN is rejected with HTTP 400, and the owner's GetResourcePolicy shows no policy.",
    citations: [C.shareReadyOwned],
    needs: ["ready-backup", "second-account"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      const arn = expectDefined("BackupArn", backup.BackupArn);
      const policy = sharePolicy(t.target.secondAccountId ?? "111122223333", arn);
      t.cleanups.push(`delete any policy of ${backup.BackupId}`, () =>
        t.client().deleteResourcePolicy({ ResourceArn: arn }),
      );
      await expectRejected(t, "PutResourcePolicy by another account", () =>
        t.secondAccountClient().putResourcePolicy({ ResourceArn: arn, Policy: policy }),
      );
      const got = await t.client().getResourcePolicy({ ResourceArn: arn });
      expectTrue("no policy is attached", noPolicy(got.Policy), got.Policy);
    },
  },
  {
    id: "SHARE-LIST-001",
    level: "required",
    title: "DescribeBackups with Shared lists a backup shared with the caller through a RAM resource share",
    asserts:
      "Once the share PutResourcePolicy made is promoted to a RAM resource share (control protocol), the second account's DescribeBackups with Shared true lists the backup; the owner's own backups are not listed that way for the owner.",
    citations: [C.describeShared, C.promoteToRam],
    needs: ["ready-backup", "second-account", "control"],
    async run(t) {
      const { backup } = await sharedBackup(t, { promoted: true });
      expectEqual(
        "backups the other account lists as shared",
        (await listedAsShared(t, backup.BackupId)).join(","),
        backup.BackupId,
      );
      const own = await t.client().describeBackups({ Shared: true, Filters: { backupIds: [backup.BackupId] } });
      expectEqual("the owner's own backup listed as shared with the owner", (own.Backups ?? []).length, 0);
    },
  },
  {
    id: "SHARE-LIST-002",
    level: "required",
    title: "DescribeBackups with Shared does not list a backup shared only by PutResourcePolicy",
    asserts:
      "A backup whose policy names the second account, but whose share was never promoted to a RAM resource share, is not listed by the second account's DescribeBackups with Shared true.",
    citations: [C.promoteToRam],
    needs: ["ready-backup", "second-account"],
    async run(t) {
      const { backup } = await sharedBackup(t);
      expectEqual("backups the other account lists as shared", (await listedAsShared(t, backup.BackupId)).length, 0);
    },
  },
  {
    id: "SHARE-END-001",
    level: "required",
    title: "DeleteResourcePolicy ends the sharing of a backup",
    asserts:
      "After DeleteResourcePolicy, the second account can no longer create a cluster from the backup's ARN (HTTP 400), and, where the share had been promoted to RAM (control protocol), no longer lists it with Shared true.",
    citations: [C.deletePolicyUnshares],
    needs: ["ready-backup", "second-account", "billable"],
    async run(t) {
      const { backup, arn } = await sharedBackup(t, { promoted: t.hasControl });
      await t.client().deleteResourcePolicy({ ResourceArn: arn });
      await expectRejected(t, "CreateCluster by the other account once the policy is deleted", () =>
        clusterFrom(t, arn, backup, t.regions.primary, t.secondAccountClient()),
      );
      if (t.hasControl) {
        expectEqual("backups the other account lists as shared", (await listedAsShared(t, backup.BackupId)).length, 0);
      }
    },
  },
];
