import { type RunningEmulator, startEmulator } from "@cloudhsm-kit/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareTarget } from "../runner/prepare.js";
import { CheckContext } from "./context.js";
import type { Target } from "./target.js";

let emulator: RunningEmulator;
let target: Target;

beforeAll(async () => {
  emulator = await startEmulator({ host: "127.0.0.1", port: 0, log: () => {} });
  target = await prepareTarget({ endpoint: emulator.url });
});

afterAll(async () => {
  await target.runCleanups.run();
  await emulator.close();
});

describe("CheckContext finding copies", () => {
  it("finds a new copy among more copies of the same source than one DescribeBackups page holds", async () => {
    const t = new CheckContext(target, "TEST-COPIES-001");
    const source = await t.fixtures.disposableBackup();
    const to = "us-west-2";
    for (let i = 0; i < 55; i++) {
      await t.client().copyBackupToRegion({ BackupId: source.BackupId, DestinationRegion: to });
    }
    // Copies of one source share its CreateTimestamp, so they can fill every page before a newer one appears.
    expect((await t.copiesOf(source.BackupId, to)).length).toBe(55);
    const before = await t.copyIds(source.BackupId, to);
    await t.client().copyBackupToRegion({ BackupId: source.BackupId, DestinationRegion: to });
    const fresh = await t.findCopy(source.BackupId, to, before);
    expect(before.has(fresh.BackupId)).toBe(false);
    await t.cleanups.run();
  }, 60_000);
});
