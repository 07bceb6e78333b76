import { describe, expect, it } from "vitest";
import { ControlApiError, createControlClient } from "../src/control/control-client.js";
import { CONTROL_PREFIX } from "../src/control/prefix.js";
import { probeControl } from "../src/control/probe.js";
import { controlInputSchemas, createControlInputCheck } from "../src/validation/control-inputs.js";
import { loadControlDocument } from "../src/validation/documents.js";

/** A transport that answers every request with `reply` and keeps what it was sent. */
function recording(reply: (request: Request) => Response) {
  const sent: { method: string; url: string; body: string }[] = [];
  const fetch = async (request: Request) => {
    sent.push({ method: request.method, url: request.url, body: await request.text() });
    return reply(request);
  };
  return { sent, fetch };
}
const json = (body: unknown, status = 200) => Response.json(body, { status });

describe("the control document", () => {
  it("serves every route under CONTROL_PREFIX", () => {
    for (const path of Object.keys(loadControlDocument().paths)) {
      expect(path.startsWith(`${CONTROL_PREFIX}/`), path).toBe(true);
    }
  });

  it("gives the request schema of each operation that takes a body", () => {
    expect([...controlInputSchemas().keys()].sort()).toEqual([
      "AdvanceClock",
      "CreateReadyBackup",
      "ImportState",
      "InjectBackupCopyFault",
      "InjectCopyFault",
      "PromoteResourceShare",
      "PutSettings",
      "RunBackupPlan",
    ]);
  });
});

describe("createControlInputCheck", () => {
  const check = createControlInputCheck();

  it("checks a body against its operation's schema", () => {
    expect(check("AdvanceClock", { seconds: 60 })).toBeUndefined();
    expect(check("AdvanceClock", { seconds: -1 })).toMatchObject({ keyword: "minimum", instancePath: "/seconds" });
    expect(check("AdvanceClock", {})).toMatchObject({ keyword: "required" });
    expect(check("PutSettings", { colour: "red" })).toMatchObject({ keyword: "additionalProperties" });
    expect(check("PutSettings", { delays: { copy: -1 } })).toMatchObject({ instancePath: "/delays/copy" });
  });

  it("wants at least one of BackupId and DestinationRegion in a copy fault, and ignores other members", () => {
    expect(check("InjectCopyFault", {})).toBeDefined();
    expect(check("InjectCopyFault", { colour: "red" })).toBeDefined();
    expect(check("InjectCopyFault", { DestinationRegion: "us-west-2", colour: "red" })).toBeUndefined();
    expect(check("InjectCopyFault", { BackupId: "nope" })).toMatchObject({ keyword: "pattern" });
  });

  it("takes anything for an operation without a body", () => {
    expect(check("Reset", "anything")).toBeUndefined();
  });
});

describe("createControlClient", () => {
  it("calls each route under the prefix of the endpoint, with a JSON body where there is one", async () => {
    const { sent, fetch } = recording(() => json({ now: 1763779260, Backup: { BackupId: "backup-6qjbcmkhcxm" } }));
    const control = createControlClient("http://emulator.test/", { fetch });
    expect(await control.advance(60)).toBe(1763779260);
    expect(await control.backupNow("cluster-rhuxbiveqa2")).toEqual({ BackupId: "backup-6qjbcmkhcxm" });
    await control.reset();
    expect(sent).toEqual([
      { method: "POST", url: `http://emulator.test${CONTROL_PREFIX}/clock/advance`, body: '{"seconds":60}' },
      { method: "POST", url: `http://emulator.test${CONTROL_PREFIX}/clusters/cluster-rhuxbiveqa2/backups`, body: "" },
      { method: "POST", url: `http://emulator.test${CONTROL_PREFIX}/reset`, body: "" },
    ]);
  });

  it("runs an AWS Backup plan under the service's prefix, the plan id encoded, the account and Region in the body", async () => {
    const { sent, fetch } = recording(() => json({ BackupJobIds: ["6D5C8B1E-3F2A-4B7C-9D0E-1F2A3B4C5D6E"] }));
    const control = createControlClient("http://emulator.test", { fetch });
    const run = await control.runBackupPlan("plan/1", { AccountId: "111122223333", Region: "us-west-2" });
    expect(run.BackupJobIds).toEqual(["6D5C8B1E-3F2A-4B7C-9D0E-1F2A3B4C5D6E"]);
    await control.runBackupPlan("p2");
    expect(sent).toEqual([
      {
        method: "POST",
        url: `http://emulator.test${CONTROL_PREFIX}/services/backup/plans/plan%2F1/run`,
        body: '{"AccountId":"111122223333","Region":"us-west-2"}',
      },
      { method: "POST", url: `http://emulator.test${CONTROL_PREFIX}/services/backup/plans/p2/run`, body: "{}" },
    ]);
  });

  it("fails the next AWS Backup copy under the service's prefix, the message in the body", async () => {
    const { sent, fetch } = recording(() => json({ pending: 1 }));
    const control = createControlClient("http://emulator.test", { fetch });
    expect(await control.failNextBackupCopy({ message: "disk full" })).toEqual({ pending: 1 });
    expect(sent).toEqual([
      {
        method: "POST",
        url: `http://emulator.test${CONTROL_PREFIX}/services/backup/copy-faults`,
        body: '{"message":"disk full"}',
      },
    ]);
  });

  it("reads the dashboard document with GET /dashboard", async () => {
    const document = { revision: "a.1", now: 1, services: {}, lineage: [], timeline: [], timelineLimit: 500 };
    const { sent, fetch } = recording(() => json(document));
    expect(await createControlClient("http://emulator.test", { fetch }).dashboard()).toEqual(document);
    expect(sent).toEqual([{ method: "GET", url: `http://emulator.test${CONTROL_PREFIX}/dashboard`, body: "" }]);
  });

  it("throws a ControlApiError named after the control error", async () => {
    const { fetch } = recording(() => json({ __type: "InvalidState", Message: "not ACTIVE" }, 409));
    const failed = createControlClient("http://emulator.test", { fetch }).activate("cluster-rhuxbiveqa2");
    await expect(failed).rejects.toBeInstanceOf(ControlApiError);
    await expect(failed).rejects.toMatchObject({
      name: "InvalidState",
      status: 409,
      message: "POST /clusters/cluster-rhuxbiveqa2/activate: not ACTIVE",
    });
  });
});

describe("probeControl", () => {
  it("returns the target's info when it serves protocol 1, and undefined otherwise", async () => {
    const info = { name: "x", version: "1", protocol: 1, capabilities: ["clock"], now: 1 };
    expect(await probeControl("http://e.test", { fetch: recording(() => json(info)).fetch })).toEqual(info);
    expect(await probeControl("http://e.test", { fetch: recording(() => json({}, 404)).fetch })).toBeUndefined();
    const other = recording(() => json({ ...info, protocol: 2 }));
    expect(await probeControl("http://e.test", { fetch: other.fetch })).toBeUndefined();
    expect(
      await probeControl("http://e.test", { fetch: recording(() => new Response("<html>")).fetch }),
    ).toBeUndefined();
  });
});
