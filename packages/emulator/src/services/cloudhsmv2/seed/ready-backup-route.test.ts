import { describe, expect, it } from "vitest";
import { control } from "../../../../test/control-helpers.js";
import { createHarness } from "../../../../test/helpers.js";

const tags = [{ Key: "team", Value: "payments" }];

describe("POST /fixtures/ready-backup", () => {
  it("returns a READY backup of a new ACTIVE cluster at once, in the account and region given, with the tags", async () => {
    const h = createHarness();
    const before = await h.control.now();
    const { status, body } = await control(h, "POST", "/fixtures/ready-backup", {
      Region: "eu-west-1",
      AccountId: "111122223333",
      TagList: tags,
    });
    expect(status).toBe(200);
    expect(body.Backup).toMatchObject({ BackupState: "READY", ClusterId: body.Cluster.ClusterId, TagList: tags });
    expect(body.Backup.BackupArn).toBe(`arn:aws:cloudhsm:eu-west-1:111122223333:backup/${body.Backup.BackupId}`);
    expect(body.Cluster).toMatchObject({ State: "ACTIVE", TagList: tags, Hsms: [{ State: "ACTIVE" }] });
    expect(body.Cluster.Certificates.ClusterCertificate).toMatch(/^-----BEGIN CERTIFICATE-----/);
    // Seen through the AWS API by that account in that region; the clock did not move.
    const opts = { region: "eu-west-1", accessKeyId: "111122223333" };
    expect((await h.describeBackup(body.Backup.BackupId, opts)).BackupState).toBe("READY");
    expect((await h.describeCluster(body.Cluster.ClusterId, opts)).State).toBe("ACTIVE");
    expect(await h.control.now()).toBe(before);
    expect((await h.ok("DescribeBackups", {})).Backups).toEqual([]); // nothing in the default account and region
  });

  it("defaults to us-east-1 and the default account, and takes an empty body", async () => {
    const h = createHarness();
    const { body } = await control(h, "POST", "/fixtures/ready-backup");
    expect(body.Backup.BackupArn).toMatch(/^arn:aws:cloudhsm:us-east-1:123456789012:backup\//);
    expect(body.Backup.TagList).toEqual([]);
    expect((await h.control.readyBackup()).Backup.BackupState).toBe("READY");
  });

  it("leaves every other transition to its time: a copy in progress stays CREATE_IN_PROGRESS", async () => {
    const h = createHarness();
    const { Backup } = await h.control.readyBackup();
    await h.ok("CopyBackupToRegion", { BackupId: Backup.BackupId, DestinationRegion: "us-west-2" });
    await h.control.readyBackup({ Region: "us-west-2" });
    const copies = await h.ok(
      "DescribeBackups",
      { Filters: { sourceBackupIds: [Backup.BackupId] } },
      { region: "us-west-2" },
    );
    expect(copies.Backups.map((b: { BackupState: string }) => b.BackupState)).toEqual(["CREATE_IN_PROGRESS"]);
  });

  it("backs up an ACTIVE cluster given by ID, with its tags unless TagList is given", async () => {
    const h = createHarness();
    const first = await h.control.readyBackup({ TagList: tags });
    const ClusterId = first.Cluster.ClusterId;
    const again = await h.control.readyBackup({ ClusterId });
    expect(again.Backup).toMatchObject({ ClusterId, BackupState: "READY", TagList: tags });
    expect(again.Backup.BackupId).not.toBe(first.Backup.BackupId);
    const retagged = await h.control.readyBackup({ ClusterId, Region: "us-east-1", TagList: [] });
    expect(retagged.Backup.TagList).toEqual([]);
    const backups = await h.ok("DescribeBackups", { Filters: { clusterIds: [ClusterId] } });
    expect(backups.Backups).toHaveLength(3);
  });

  it("answers 404 for a cluster not there and 409 for one that is not ACTIVE", async () => {
    const h = createHarness();
    const missing = await control(h, "POST", "/fixtures/ready-backup", { ClusterId: "cluster-abcdefghijk" });
    expect(missing).toMatchObject({ status: 404, body: { __type: "ResourceNotFound" } });
    const { Cluster } = await h.control.readyBackup();
    const elsewhere = await control(h, "POST", "/fixtures/ready-backup", {
      ClusterId: Cluster.ClusterId,
      Region: "us-west-2",
    });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.Message).toBe(`Cluster '${Cluster.ClusterId}' does not exist in region us-west-2.`);
    const fresh = await h.ok("CreateCluster", { HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"] });
    const early = await control(h, "POST", "/fixtures/ready-backup", { ClusterId: fresh.Cluster.ClusterId });
    expect(early).toMatchObject({ status: 409, body: { __type: "InvalidState" } });
  });

  it("refuses a wrong member with 400, naming it and what was expected", async () => {
    const h = createHarness();
    const cases: [unknown, string][] = [
      [[], "Expected {"],
      [{ Region: "atlantis-1" }, 'Region must be a region CloudHSM serves, e.g. "us-east-1"; got "atlantis-1".'],
      [{ AccountId: 1234 }, "AccountId must be string"],
      [{ AccountId: "1234" }, 'AccountId must match pattern "^\\d{12}$"'],
      [{ TagList: [{ Key: "", Value: "v" }] }, "TagList[0].Key must NOT have fewer than 1 characters"],
      [{ TagList: [{ Key: "aws:x", Value: "v" }] }, 'TagList[0].Key uses the reserved prefix "aws:".'],
      [{ TagList: { Key: "k" } }, "TagList must be array"],
      [{ ClusterId: "cluster-1" }, 'ClusterId must match pattern "^cluster-[2-7a-zA-Z]{11,16}$"'],
      [
        { Colour: "red" },
        'the body has an unknown member "Colour"; the members are Region, AccountId, TagList, ClusterId;',
      ],
    ];
    for (const [body, message] of cases) {
      const r = await control(h, "POST", "/fixtures/ready-backup", body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.__type).toBe("InvalidInput");
      expect(r.body.Message).toContain(message);
    }
    expect((await h.ok("DescribeClusters", {})).Clusters).toEqual([]);
  });
});
