import { describe, expect, it } from "vitest";
import { control } from "../../../../test/control-helpers.js";
import { createHarness } from "../../../../test/helpers.js";

const OWNER = { accessKeyId: "111122223333" };
const Policy = JSON.stringify({ Statement: [{ Effect: "Allow", Principal: { AWS: "444455556666" }, Action: "*" }] });

/** POST /_emulator/v1/resource-shares/promote against spec/control/control-api.yaml. */
describe("control API: resource-shares/promote", () => {
  it("promotes the share of a backup with a policy, in the account and region its ARN names", async () => {
    const h = createHarness();
    const { backupId } = await h.activeCluster(OWNER);
    const ResourceArn = (await h.describeBackup(backupId, OWNER)).BackupArn;
    await h.ok("PutResourcePolicy", { ResourceArn, Policy }, OWNER);
    const r = await control(h, "POST", "/resource-shares/promote", { ResourceArn });
    expect(r).toEqual({ status: 200, body: { ResourceArn, Promoted: true } });
    expect(h.emu.exportState().namespaces.find((n) => n.account === OWNER.accessKeyId)?.promotedShares).toEqual([
      backupId,
    ]);
  });

  it("refuses a body without a backup ARN (400), a backup that is not there (404), one without a policy (409)", async () => {
    const h = createHarness();
    const { clusterId, backupId } = await h.activeCluster(OWNER);
    const ResourceArn = (await h.describeBackup(backupId, OWNER)).BackupArn as string;
    for (const bad of [
      {},
      { ResourceArn: backupId },
      { ResourceArn: `arn:aws:cloudhsm:us-east-1:111122223333:cluster/${clusterId}` },
      { ResourceArn: 7 },
      [ResourceArn],
    ]) {
      const r = await control(h, "POST", "/resource-shares/promote", bad);
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(r.body.__type).toBe("InvalidInput");
    }
    for (const elsewhere of [
      ResourceArn.replace(":111122223333:", ":444455556666:"),
      ResourceArn.replace(":us-east-1:", ":us-west-2:"),
      ResourceArn.replace(backupId, "backup-abcdefghijk"),
      ResourceArn.replace("arn:aws:", "arn:aws-cn:"),
    ]) {
      const r = await control(h, "POST", "/resource-shares/promote", { ResourceArn: elsewhere });
      expect(r.status, elsewhere).toBe(404);
      expect(r.body.__type).toBe("ResourceNotFound");
    }
    const noPolicy = await control(h, "POST", "/resource-shares/promote", { ResourceArn });
    expect(noPolicy.status).toBe(409);
    expect(noPolicy.body.__type).toBe("InvalidState");
    expect((await control(h, "GET", "/resource-shares/promote")).status).toBe(405);
  });
});
