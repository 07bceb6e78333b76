import { describe, expect, it } from "vitest";
import { withBackup } from "./backup-copy-fixture.js";

/** The store's indexes (store/*-table.ts) are not in the state document: an import rebuilds them. */
describe("AWS Backup's jobs and recovery points after a state document's import", () => {
  it("keep their tokens (B17), their turn per resource (B15) and their listing order", async () => {
    const { copy, state, control, emu, east, recoveryPoint } = await withBackup();
    const first = await copy({ IdempotencyToken: "a" });
    const second = await copy({ IdempotencyToken: "b" });
    await control.advance(1);
    const doc = emu.exportState();
    emu.reset();
    emu.importState(doc);

    expect((await copy({ IdempotencyToken: "b" })).CopyJobId).toBe(second.CopyJobId);
    const points = await east.listRecoveryPointsByBackupVault({ BackupVaultName: "source" });
    expect(points.RecoveryPoints?.map((p) => p.RecoveryPointArn)).toEqual([recoveryPoint]);
    expect((await east.describeBackupVault({ BackupVaultName: "source" })).NumberOfRecoveryPoints).toBe(1);
    const third = await copy({ IdempotencyToken: "c" });
    await control.advance(60);
    const states = async () => Promise.all([first, second, third].map(async (j) => (await state(j.CopyJobId))?.State));
    expect(await states()).toEqual(["COMPLETED", "RUNNING", "CREATED"]);
    await control.advance(60);
    expect(await states()).toEqual(["COMPLETED", "COMPLETED", "RUNNING"]);

    const listed: (string | undefined)[] = [];
    for (let NextToken: string | undefined, more = true; more; more = NextToken !== undefined) {
      const page = await east.listCopyJobs({ MaxResults: 1, ...(NextToken ? { NextToken } : {}) });
      listed.push(...(page.CopyJobs ?? []).map((j) => j.CopyJobId));
      NextToken = page.NextToken;
    }
    // Oldest first; the first two share a creation date, so their ids order them.
    const ids = (a: string | undefined, b: string | undefined) => ((a as string) < (b as string) ? -1 : 1);
    expect(listed).toEqual([...[first.CopyJobId, second.CopyJobId].sort(ids), third.CopyJobId]);
  });
});
