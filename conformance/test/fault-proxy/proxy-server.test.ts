import { startEmulator } from "@cloudhsm-kit/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendRaw } from "../../src/harness/raw.js";
import { notFoundAs500 } from "./faults/wire-errors.js";
import { type RunningFaultProxy, startFaultProxy } from "./proxy-server.js";

const credentials = async () => ({ accessKeyId: "test", secretAccessKey: "test" });
const deleteUnknown = { region: "us-east-1", target: "DeleteBackup", body: '{"BackupId":"backup-zzzzzzzzzz2"}' };

describe("startFaultProxy", () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  let plain: RunningFaultProxy;
  let faulty: RunningFaultProxy;

  beforeAll(async () => {
    emulator = await startEmulator({ host: "127.0.0.1", port: 0, log: () => {} });
    plain = await startFaultProxy({ upstream: emulator.url });
    faulty = await startFaultProxy({ upstream: emulator.url, fault: notFoundAs500 });
  });
  afterAll(async () => {
    await Promise.all([plain?.close(), faulty?.close()]);
    await emulator?.close();
  });

  it("binds 127.0.0.1 on a free port", () => {
    expect(plain.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(faulty.url).not.toBe(plain.url);
  });

  it("relays the control protocol and the API unchanged without a fault", async () => {
    const info = await fetch(`${plain.url}/_emulator/v1/info`);
    expect(info.status).toBe(200);
    expect(((await info.json()) as { name: string }).name).toBe("cloudhsm-kit-emulator");
    const direct = await sendRaw(emulator.url, credentials, deleteUnknown);
    const relayed = await sendRaw(plain.url, credentials, deleteUnknown);
    expect([relayed.status, relayed.errorName, relayed.headers.get("content-type")]).toEqual([
      direct.status,
      direct.errorName,
      direct.headers.get("content-type"),
    ]);
    expect(plain.log.changes).toEqual([]);
  });

  it("applies its fault to the API and leaves the control protocol alone", async () => {
    const relayed = await sendRaw(faulty.url, credentials, deleteUnknown);
    expect(relayed.status).toBe(500);
    const clock = await fetch(`${faulty.url}/_emulator/v1/clock`);
    expect(clock.status).toBe(200);
    expect(faulty.log.changes).toEqual([{ operation: "DeleteBackup", what: "reply" }]);
  });
});
