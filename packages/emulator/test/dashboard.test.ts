import type { Dashboard } from "@cloudhsm-kit/spec/control";
import { describe, expect, it } from "vitest";
import { withBackup } from "./backup-copy-fixture.js";
import { control } from "./control-helpers.js";
import { BASE, createHarness } from "./helpers.js";

/** GET /_emulator/v1/dashboard through `emulator.fetch`, the reply checked against the control document. */
async function dashboard(h: Pick<ReturnType<typeof createHarness>, "emu">): Promise<Dashboard> {
  const r = await control(h as ReturnType<typeof createHarness>, "GET", "/dashboard");
  expect(r.status).toBe(200);
  return r.body as Dashboard;
}

const backupsOf = (d: Dashboard, region: string) =>
  d.services.cloudhsmv2.namespaces.find((n) => n.region === region)?.backups ?? [];

describe("GET /_emulator/v1/dashboard", () => {
  it("shows CloudHSM clusters and backups per account × Region, the lineage of a copy, and its timeline", async () => {
    const h = createHarness();
    const { Backup: source, Cluster } = await h.control.readyBackup({ TagList: [{ Key: "team", Value: "payments" }] });
    await h.ok("CopyBackupToRegion", { BackupId: source.BackupId, DestinationRegion: "us-west-2" });
    const copying = await dashboard(h);
    const [copy] = backupsOf(copying, "us-west-2");
    expect(copy).toMatchObject({
      BackupState: "CREATE_IN_PROGRESS",
      SourceBackup: source.BackupId,
      SourceRegion: "us-east-1",
    });
    expect(backupsOf(copying, "us-east-1")).toEqual([
      expect.objectContaining({
        BackupId: source.BackupId,
        BackupState: "READY",
        NeverExpires: false,
        TagList: [{ Key: "team", Value: "payments" }],
      }),
    ]);
    expect(copying.services.cloudhsmv2.namespaces[0]?.clusters).toEqual([
      expect.objectContaining({
        ClusterId: Cluster.ClusterId,
        State: "ACTIVE",
        Hsms: [expect.objectContaining({ State: "ACTIVE" })],
      }),
    ]);

    const copiedAt = await h.control.now();
    await h.control.advance(h.emu.settings().delays.copy);
    await h.ok(
      "CreateCluster",
      { HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"], SourceBackupId: copy?.BackupId },
      { region: "us-west-2" },
    );
    const done = await dashboard(h);
    expect(backupsOf(done, "us-west-2")[0]?.BackupState).toBe("READY");
    expect(done.lineage).toEqual([
      expect.objectContaining({
        kind: "backup",
        id: source.BackupId,
        region: "us-east-1",
        children: [
          expect.objectContaining({
            kind: "backup",
            id: copy?.BackupId,
            region: "us-west-2",
            state: "READY",
            via: { kind: "copy" },
            children: [expect.objectContaining({ kind: "cluster", region: "us-west-2", via: { kind: "from-backup" } })],
          }),
        ],
      }),
    ]);
    // The copy's READY is dated by the transition that made it, in emulated time.
    expect(done.timeline.filter((e) => e.id === copy?.BackupId)).toEqual([
      expect.objectContaining({ at: copiedAt, to: "CREATE_IN_PROGRESS", region: "us-west-2" }),
      expect.objectContaining({ at: copiedAt + h.emu.settings().delays.copy, from: "CREATE_IN_PROGRESS", to: "READY" }),
    ]);
  });

  it("counts down a PENDING_DELETION backup in emulated time, and shows a failed copy DELETED", async () => {
    const h = createHarness();
    const { Backup } = await h.control.readyBackup();
    await h.ok("DeleteBackup", { BackupId: Backup.BackupId });
    expect(backupsOf(await dashboard(h), "us-east-1")[0]).toMatchObject({
      BackupState: "PENDING_DELETION",
      secondsUntilDeletion: 7 * 86_400,
    });
    await h.control.advance(86_400);
    expect(backupsOf(await dashboard(h), "us-east-1")[0]?.secondsUntilDeletion).toBe(6 * 86_400);

    await h.ok("RestoreBackup", { BackupId: Backup.BackupId });
    await h.control.failNextCopy({ DestinationRegion: "eu-west-1" });
    expect((await dashboard(h)).services.cloudhsmv2.pendingCopyFaults).toBe(1);
    await h.ok("CopyBackupToRegion", { BackupId: Backup.BackupId, DestinationRegion: "eu-west-1" });
    await h.control.advance(h.emu.settings().delays.copy);
    const after = await dashboard(h);
    expect(backupsOf(after, "eu-west-1")[0]?.BackupState).toBe("DELETED");
    expect(after.lineage[0]?.children[0]).toMatchObject({ region: "eu-west-1", state: "DELETED" });
  });

  it("answers 304 to an unchanged If-None-Match, and a new revision after any change", async () => {
    const h = createHarness();
    const get = (etag?: string) =>
      h.emu.fetch(new Request(`${BASE}/_emulator/v1/dashboard`, etag ? { headers: { "If-None-Match": etag } } : {}));
    const first = await get();
    const etag = first.headers.get("etag") as string;
    expect(etag).toBe(`"${((await first.json()) as Dashboard).revision}"`);
    const idle = await get(etag);
    expect([idle.status, await idle.text(), idle.headers.get("etag")]).toEqual([304, "", etag]);
    await h.control.advance(1);
    expect((await get(etag)).status).toBe(200);
  });

  it("moves the revision on a tag change, which the tables show, without a state change on the timeline", async () => {
    const h = createHarness();
    const { Backup } = await h.control.readyBackup();
    const before = await dashboard(h);
    await h.ok("TagResource", { ResourceId: Backup.BackupId, TagList: [{ Key: "stage", Value: "prod" }] });
    const after = await dashboard(h);
    expect(after.revision).not.toBe(before.revision);
    expect(after.timeline).toEqual(before.timeline);
    expect(backupsOf(after, "us-east-1")[0]?.TagList).toEqual([{ Key: "stage", Value: "prod" }]);
  });

  it("shows AWS Backup vaults, recovery points and copy jobs, and the copy's lineage across Regions and accounts", async () => {
    const { copy, control: ctl, emu, recoveryPoint, destination } = await withBackup();
    await dashboard({ emu }); // someone watches: the timeline follows each step from here on
    const job = await copy();
    await ctl.advance(200);
    await emu.fetch(new Request(`${BASE}/_emulator/v1/services/backup/copy-faults`, { method: "POST", body: "{}" }));
    const failed = await copy({ IdempotencyToken: "second" });
    await ctl.advance(200);
    const d = await dashboard({ emu });
    const [east, west] = d.services.backup.namespaces;
    expect(east?.copyJobs.map((j) => [j.CopyJobId, j.State])).toEqual([
      [job.CopyJobId, "COMPLETED"],
      [failed.CopyJobId, "FAILED"],
    ]);
    expect(west?.vaults).toEqual([expect.objectContaining({ BackupVaultArn: destination, NumberOfRecoveryPoints: 1 })]);
    const made = west?.recoveryPoints[0];
    expect(made).toMatchObject({ Status: "COMPLETED", SourceBackupVaultArn: east?.vaults[0]?.BackupVaultArn });
    expect(d.lineage).toEqual([
      expect.objectContaining({
        service: "backup",
        id: recoveryPoint,
        region: "us-east-1",
        children: [
          expect.objectContaining({
            id: made?.RecoveryPointArn,
            region: "us-west-2",
            account: west?.account,
            via: { kind: "copy-job", id: job.CopyJobId, state: "COMPLETED" },
          }),
          expect.objectContaining({
            missing: true,
            region: "us-west-2",
            via: { kind: "copy-job", id: failed.CopyJobId, state: "FAILED" },
          }),
        ],
      }),
    ]);
    // One clock advance ran the job through RUNNING to COMPLETED: the timeline shows each step at its own time.
    const steps = d.timeline.filter((e) => e.id === job.CopyJobId);
    expect(steps.map((e) => [e.from, e.to])).toEqual([
      [undefined, "CREATED"],
      ["CREATED", "RUNNING"],
      ["RUNNING", "COMPLETED"],
    ]);
    expect(steps.map((e) => e.at)).toEqual([...steps.map((e) => e.at)].sort((a, b) => a - b));
  });

  it("starts again empty after a reset", async () => {
    const h = createHarness();
    await h.control.readyBackup();
    expect((await dashboard(h)).timeline.length).toBeGreaterThan(0);
    await h.control.reset();
    const d = await dashboard(h);
    expect([d.services.cloudhsmv2.namespaces, d.lineage, d.timeline]).toEqual([[], [], []]);
  });
});

describe("GET /_emulator/ui", () => {
  const get = (path: string, method = "GET") => createHarness().emu.fetch(new Request(`${BASE}${path}`, { method }));

  it("serves the page and its files from the package, allowing nothing from another origin", async () => {
    for (const path of ["/_emulator/ui", "/_emulator/ui/"]) {
      const page = await get(path);
      expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
      expect(await page.text()).toContain('<script type="module" src="/_emulator/ui/app.js"></script>');
    }
    expect((await get("/_emulator/ui/app.js")).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
  });

  it("refuses other files and methods in the control API's error shape", async () => {
    const missing = await get("/_emulator/ui/secret.txt");
    expect([missing.status, ((await missing.json()) as { __type: string }).__type]).toEqual([404, "ResourceNotFound"]);
    expect((await get("/_emulator/ui/../package.json")).status).toBe(404);
    expect((await get("/_emulator/ui", "POST")).status).toBe(405);
  });
});
