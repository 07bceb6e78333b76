import { spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { awsRequest, createHarness } from "../../../test/helpers.js";
import { createEmulator } from "../../emulator.js";
import { StateFileError, writeFileAtomic } from "./state-file.js";

const dir = mkdtempSync(join(tmpdir(), "cloudhsm-emulator-state-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("--state-file persistence", () => {
  it("writes every acknowledged change before replying, and a new emulator starts from it", async () => {
    const stateFile = join(dir, "a.json");
    const h = createHarness({ stateFile });
    const { clusterId, backupId } = await h.activeCluster();
    await h.ok("TagResource", { ResourceId: backupId, TagList: [{ Key: "k", Value: "v" }] });
    // The file already holds the tag: it was written before the reply.
    expect(readFileSync(stateFile, "utf8")).toContain('"Key":"k"');
    await h.ok("DeleteBackup", { BackupId: backupId });
    const restarted = createHarness({ stateFile });
    const b = await restarted.describeBackup(backupId);
    expect(b).toMatchObject({ BackupState: "PENDING_DELETION", TagList: [{ Key: "k", Value: "v" }] });
    expect((await restarted.ok("DescribeClusters", {})).Clusters[0].ClusterId).toBe(clusterId);
    // Scheduled transitions survive too.
    await restarted.control.advance(7 * 86_400);
    expect((await restarted.describeBackup(backupId)).BackupState).toBe("DELETED");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes the file once at start, then not for reads or refused calls", async () => {
    const stateFile = join(dir, "b.json");
    const h = createHarness({ stateFile });
    // Each write renames a new file into place, so an unchanged inode means nothing was written.
    const written = statSync(stateFile).ino;
    await h.call("DescribeBackups", {});
    await h.call("DeleteBackup", { BackupId: "backup-abcdefghijk" });
    expect(statSync(stateFile).ino).toBe(written);
  });

  it("refuses to start with a state file it cannot write, read or load, naming the file and the reason", () => {
    const missingDir = join(dir, "no-such-dir", "x.json");
    expect(() => createEmulator({ stateFile: missingDir })).toThrow(
      new StateFileError(missingDir, "cannot be written: ENOENT: no such file or directory"),
    );
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const aDirectory = join(dir, "is-a-dir");
    mkdirSync(aDirectory);
    expect(() => createEmulator({ stateFile: aDirectory })).toThrow(/cannot be read: EISDIR/);
    const garbage = join(dir, "garbage.json");
    writeFileSync(garbage, "{not json");
    expect(() => createEmulator({ stateFile: garbage })).toThrow(/is not valid JSON/);
    const foreign = join(dir, "foreign.json");
    writeFileSync(foreign, JSON.stringify({ format: "other" }));
    expect(() => createEmulator({ stateFile: foreign })).toThrow(/is not a state document this version can load/);
  });

  it("persists transitions that fall due during a read, so what a read showed survives a restart", async () => {
    const stateFile = join(dir, "due.json");
    let realMs = 1_763_779_200_000;
    const options = { stateFile, realTimeMs: () => realMs };
    const h = createHarness(options);
    const { clusterId } = await h.activeCluster();
    const listed = async (harness: ReturnType<typeof createHarness>) =>
      (await harness.ok("DescribeBackups", { Filters: { clusterIds: [clusterId] } })).Backups.map(
        (b: { BackupId: string }) => b.BackupId,
      );
    // A day of real time passes with no call: the daily backup falls due and is made during the next read.
    realMs += 86_400_000;
    const shown = await listed(h);
    expect(shown).toHaveLength(2);
    // Another day; this time the read is a control API one.
    realMs += 86_400_000;
    await h.control.now();
    const shownByControl = await listed(h);
    expect(shownByControl).toHaveLength(3);
    const restarted = createHarness(options);
    expect(await listed(restarted)).toEqual(shownByControl);
  });

  it("replaces the file atomically", () => {
    const file = join(dir, "c.json");
    writeFileAtomic(file, "first");
    writeFileAtomic(file, "second");
    expect(readFileSync(file, "utf8")).toBe("second");
    expect(readdirSync(dir).filter((f) => f.startsWith("c.json."))).toEqual([]);
  });

  const cli = fileURLToPath(new URL("../../../dist/cli.js", import.meta.url));
  it.skipIf(!existsSync(cli))(
    "loses nothing acknowledged when the process is killed (SIGKILL) and restarted",
    async () => {
      const stateFile = join(dir, "crash.json");
      const start = async () => {
        const child = spawn(process.execPath, [cli, "--port", "0", "--state-file", stateFile], {
          stdio: ["ignore", "pipe", "pipe"],
        });
        const url = await new Promise<string>((resolve, reject) => {
          child.stdout.once("data", (d: Buffer) => resolve(d.toString().trim()));
          child.once("exit", (code) => reject(new Error(`emulator exited with ${code}`)));
        });
        return { child, url };
      };
      const call = async (url: string, op: string, input: unknown) => {
        const r = await fetch(new Request(new URL("/", url), awsRequest(op, input)));
        return (await r.json()) as Record<string, { ClusterId: string }>;
      };
      const first = await start();
      const created: string[] = [];
      for (let i = 0; i < 5; i++) {
        const out = await call(first.url, "CreateCluster", {
          HsmType: "hsm2m.medium",
          SubnetIds: ["subnet-0123456789abcdef0"],
        });
        created.push((out.Cluster as { ClusterId: string }).ClusterId);
      }
      first.child.kill("SIGKILL");
      await new Promise((resolve) => first.child.once("exit", resolve));
      const second = await start();
      try {
        const out = (await call(second.url, "DescribeClusters", {})) as unknown as {
          Clusters: { ClusterId: string }[];
        };
        expect(out.Clusters.map((c) => c.ClusterId).sort()).toEqual([...created].sort());
      } finally {
        second.child.kill("SIGTERM");
      }
    },
  );
});
