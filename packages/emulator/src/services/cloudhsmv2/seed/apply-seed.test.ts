import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createHarness } from "../../../../test/helpers.js";
import { OptionError } from "../../../core/options/option-error.js";
import { createEmulator, type EmulatorOptions } from "../../../emulator.js";

const dir = mkdtempSync(join(tmpdir(), "cloudhsm-seed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};
const team = [{ Key: "team", Value: "payments" }];

describe("the start-up seed", () => {
  it("builds the clusters and backups a declarative seed names, READY and ACTIVE from the start", async () => {
    const h = createHarness({
      seed: file("seed.json", {
        clusters: [
          { tags: team, backups: 3 },
          { region: "us-west-2", state: "UNINITIALIZED", count: 2 },
        ],
        readyBackups: [
          { region: "us-west-2", accountId: "111122223333", tags: [{ Key: "ci", Value: "yes" }], count: 2 },
        ],
      }),
    });
    const [active] = (await h.ok("DescribeClusters", {})).Clusters;
    expect(active).toMatchObject({ State: "ACTIVE", TagList: team, Hsms: [{ State: "ACTIVE" }] });
    const backups = (await h.ok("DescribeBackups", {})).Backups;
    expect(backups.map((b: { BackupState: string }) => b.BackupState)).toEqual(["READY", "READY", "READY"]);
    expect(backups.every((b: { TagList: unknown }) => JSON.stringify(b.TagList) === JSON.stringify(team))).toBe(true);
    const west = (await h.ok("DescribeClusters", {}, { region: "us-west-2" })).Clusters;
    expect(west.map((c: { State: string }) => c.State)).toEqual(["UNINITIALIZED", "UNINITIALIZED"]);
    expect((await h.ok("DescribeBackups", {}, { region: "us-west-2" })).Backups).toEqual([]);
    const other = { region: "us-west-2", accessKeyId: "111122223333" };
    const ready = (await h.ok("DescribeBackups", {}, other)).Backups;
    expect(ready).toHaveLength(2);
    expect(ready[0]).toMatchObject({ BackupState: "READY", TagList: [{ Key: "ci", Value: "yes" }] });
    expect(new Set(ready.map((b: { ClusterId: string }) => b.ClusterId)).size).toBe(2);
  });

  it("loads a state document as the state, and takes a document as well as a file", async () => {
    const source = createHarness();
    const { Backup } = await source.control.readyBackup({ TagList: team });
    const h = createHarness({ seed: file("state.json", source.emu.exportState()) });
    expect((await h.describeBackup(Backup.BackupId)).TagList).toEqual(team);
    const inline = createHarness({ seed: { readyBackups: [{}] } });
    expect((await inline.ok("DescribeBackups", {})).Backups).toHaveLength(1);
  });

  it("is skipped when a state file holds a state already, and reset forgets what it made", async () => {
    const stateFile = join(dir, "kept.json");
    const seed = { readyBackups: [{ count: 2 }] };
    const first = createHarness({ stateFile, seed });
    expect((await first.ok("DescribeBackups", {})).Backups).toHaveLength(2);
    const restarted = createHarness({ stateFile, seed });
    expect((await restarted.ok("DescribeBackups", {})).Backups).toHaveLength(2);
    await restarted.control.reset();
    expect((await restarted.ok("DescribeBackups", {})).Backups).toEqual([]);
  });

  it("refuses a seed it cannot use: OptionError naming the file and the member", () => {
    const refused = (seed: EmulatorOptions["seed"]) => {
      try {
        createEmulator({ log: () => undefined, seed });
      } catch (e) {
        return e instanceof OptionError ? `${e.option}: ${e.reason}` : String(e);
      }
      return "accepted";
    };
    const missing = join(dir, "missing.json");
    expect(refused(missing)).toBe(`seed: file ${missing} cannot be read: ENOENT: no such file or directory`);
    const broken = file("broken.json", "{oops");
    expect(refused(broken)).toMatch(new RegExp(`^seed: file ${broken} is not valid JSON: `));
    const bad = file("bad.json", { clusters: [{ count: "two" }] });
    expect(refused(bad)).toBe(`seed: file ${bad}: clusters[0].count must be an integer from 1 to 100; got "two"`);
    const badState = file("bad-state.json", { format: "cloudhsm-kit-emulator-state", version: 99 });
    expect(refused(badState)).toMatch(
      new RegExp(`^seed: file ${badState}: a state document the emulator cannot load: `),
    );
    expect(refused({ readyBackups: [{ region: "moon-1" }] } as never)).toBe(
      'seed: readyBackups[0].region must be a region CloudHSM serves, e.g. "us-east-1"; got "moon-1"',
    );
  });
});
