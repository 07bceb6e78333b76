import { describe, expect, it } from "vitest";
import { control } from "../../../../test/control-helpers.js";
import { createHarness } from "../../../../test/helpers.js";
import type { StateDocument } from "./state-members.js";

/** A state with clusters, HSMs, tagged backups and a copy in another Region, as the emulator exports it. */
async function someState(): Promise<StateDocument> {
  const h = createHarness();
  const { backupId } = await h.activeCluster({ tags: [{ Key: "team", Value: "hsm" }] });
  await h.ok("CopyBackupToRegion", { BackupId: backupId, DestinationRegion: "us-west-2" });
  await h.activeCluster({ tags: [{ Key: "team", Value: "pki" }] });
  return h.emu.exportState();
}

describe("state import and export", () => {
  it("give back exactly the document imported, unknown members and member order included", async () => {
    const state = await someState();
    const first = state.namespaces[0]?.backups[0] as unknown as Record<string, unknown>;
    first.Annotation = { note: "kept as given" };
    const text = JSON.stringify(state);
    const viaProgram = createHarness();
    viaProgram.emu.importState(JSON.parse(text));
    expect(JSON.stringify(viaProgram.emu.exportState())).toBe(text);
    const viaControl = createHarness();
    expect((await control(viaControl, "PUT", "/state", text)).status).toBe(200);
    expect(JSON.stringify(viaControl.emu.exportState())).toBe(text);
  });

  it("keep a program's document its own: changing it after the import changes nothing in the emulator", async () => {
    const state = await someState();
    const text = JSON.stringify(state);
    const h = createHarness();
    h.emu.importState(state);
    const backup = state.namespaces[0]?.backups[0] as StateDocument["namespaces"][number]["backups"][number];
    backup.BackupState = "DELETED";
    (backup.TagList[0] as { Value: string }).Value = "changed";
    state.namespaces[0]?.clusters.pop();
    expect(JSON.stringify(h.emu.exportState())).toBe(text);
  });
});
