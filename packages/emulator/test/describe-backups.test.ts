import { describe, expect, it } from "vitest";
import { createHarness } from "./helpers.js";

type B = { BackupId: string; CreateTimestamp: number; BackupState: string };

/** DescribeBackups (API_DescribeBackups; observed §5). */
describe("DescribeBackups", () => {
  async function withBackups(n: number) {
    const h = createHarness({ delays: { backupCreate: 0 } });
    const { clusterId } = await h.activeCluster();
    for (let i = 1; i < n; i++) {
      await h.control.advance(1);
      await h.control.backupNow(clusterId);
    }
    await h.control.advance(1);
    return { h, clusterId };
  }

  async function listAll(
    h: ReturnType<typeof createHarness>,
    input: Record<string, unknown>,
    between?: () => Promise<void>,
  ) {
    const seen: B[] = [];
    let NextToken: string | undefined;
    do {
      const page = await h.ok("DescribeBackups", { ...input, ...(NextToken ? { NextToken } : {}) });
      if (page.NextToken !== undefined) {
        expect(page.Backups.length).toBe(input.MaxResults ?? 50);
      }
      seen.push(...page.Backups);
      NextToken = page.NextToken;
      await between?.();
    } while (NextToken);
    return seen;
  }

  it("lists newest first by default and oldest first with SortAscending", async () => {
    const { h } = await withBackups(5);
    const desc = (await h.ok("DescribeBackups", {})).Backups as B[];
    const times = desc.map((b) => b.CreateTimestamp);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const asc = (await h.ok("DescribeBackups", { SortAscending: true })).Backups as B[];
    expect(asc.map((b) => b.BackupId)).toEqual(desc.map((b) => b.BackupId).reverse());
  });

  it("has no NextToken on the last page, and pages yield every backup exactly once", async () => {
    const { h } = await withBackups(23);
    const single = await h.ok("DescribeBackups", {});
    expect(single).not.toHaveProperty("NextToken");
    for (const SortAscending of [true, false]) {
      const seen = await listAll(h, { MaxResults: 4, SortAscending });
      expect(seen).toHaveLength(23);
      expect(new Set(seen.map((b) => b.BackupId)).size).toBe(23);
    }
  });

  it("yields every backup that existed at the start exactly once while backups are added", async () => {
    const { h, clusterId } = await withBackups(12);
    const before = new Set(((await h.ok("DescribeBackups", {})).Backups as B[]).map((b) => b.BackupId));
    for (const SortAscending of [true, false]) {
      const seen = await listAll(h, { MaxResults: 3, SortAscending }, async () => {
        await h.control.backupNow(clusterId);
      });
      const ids = seen.map((b) => b.BackupId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of before) {
        expect(ids).toContain(id);
      }
    }
  });

  it("filters by backupIds, clusterIds, states, neverExpires and sourceBackupIds", async () => {
    const { h, clusterId } = await withBackups(4);
    const all = (await h.ok("DescribeBackups", {})).Backups as B[];
    const [a, b] = all as [B, B];
    expect(
      (await h.ok("DescribeBackups", { Filters: { backupIds: [a.BackupId, "backup-abcdefghijk"] } })).Backups,
    ).toEqual([a]);
    expect((await h.ok("DescribeBackups", { Filters: { clusterIds: [clusterId] } })).Backups).toHaveLength(4);
    expect((await h.ok("DescribeBackups", { Filters: { clusterIds: ["cluster-abcdefghijk"] } })).Backups).toEqual([]);
    await h.ok("DeleteBackup", { BackupId: b.BackupId });
    const pending = await h.ok("DescribeBackups", { Filters: { states: ["PENDING_DELETION"] } });
    expect(pending.Backups.map((x: B) => x.BackupId)).toEqual([b.BackupId]);
    const union = await h.ok("DescribeBackups", { Filters: { states: ["PENDING_DELETION", "READY"] } });
    expect(union.Backups).toHaveLength(4);
    const and = await h.ok("DescribeBackups", { Filters: { states: ["READY"], backupIds: [b.BackupId] } });
    expect(and.Backups).toEqual([]);
    await h.ok("ModifyBackupAttributes", { BackupId: a.BackupId, NeverExpires: true });
    expect(
      (await h.ok("DescribeBackups", { Filters: { neverExpires: ["true"] } })).Backups.map((x: B) => x.BackupId),
    ).toEqual([a.BackupId]);
    expect((await h.ok("DescribeBackups", { Filters: { neverExpires: ["false"] } })).Backups).toHaveLength(3);
    await h.ok("CopyBackupToRegion", { BackupId: a.BackupId, DestinationRegion: "us-east-2" });
    const copies = await h.ok(
      "DescribeBackups",
      { Filters: { sourceBackupIds: [a.BackupId] } },
      { region: "us-east-2" },
    );
    expect(copies.Backups).toHaveLength(1);
  });

  it("refuses bad filters, MaxResults out of 1–50 and foreign or tampered tokens", async () => {
    const { h } = await withBackups(3);
    for (const input of [
      { Filters: { colour: ["red"] } },
      { Filters: { states: ["GONE"] } },
      { Filters: { neverExpires: ["maybe"] } },
      { MaxResults: 0 },
      { MaxResults: 51 },
      { NextToken: "bm9wZQ.AAAAAAAAAAAAAAAA" },
    ]) {
      const r = await h.call("DescribeBackups", input);
      expect(r.status, JSON.stringify(input)).toBe(400);
      expect(r.body.__type).toBe("CloudHsmInvalidRequestException");
    }
    const page = await h.ok("DescribeBackups", { MaxResults: 1 });
    const other = await h.call("DescribeBackups", { MaxResults: 1, SortAscending: true, NextToken: page.NextToken });
    expect(other.body.__type).toBe("CloudHsmInvalidRequestException");
    const same = await h.ok("DescribeBackups", { MaxResults: 1, NextToken: page.NextToken });
    expect(same.Backups).toHaveLength(1);
  });

  it("keeps each account and region apart", async () => {
    const h = createHarness();
    await h.activeCluster({ accessKeyId: "111122223333" });
    expect((await h.ok("DescribeBackups", {}, { accessKeyId: "111122223333" })).Backups).toHaveLength(1);
    expect((await h.ok("DescribeBackups", {}, { accessKeyId: "444455556666" })).Backups).toEqual([]);
    expect((await h.ok("DescribeBackups", {}, { accessKeyId: "111122223333", region: "eu-west-1" })).Backups).toEqual(
      [],
    );
    const arn = (await h.ok("DescribeBackups", {}, { accessKeyId: "111122223333" })).Backups[0].BackupArn;
    expect(arn).toMatch(/^arn:aws:cloudhsm:us-east-1:111122223333:backup\/backup-[a-z2-7]{11}$/);
  });
});
