import { describe, expect, it, vi } from "vitest";
import { OptionError } from "../src/core/options/option-error.js";
import { createEmulator } from "../src/emulator.js";

const quiet = { log: () => undefined };

describe("the onStateImported option", () => {
  it("is called after each whole state taken in: a seed at start, importState, PUT /_emulator/v1/state", async () => {
    const document = createEmulator(quiet).exportState();
    const onStateImported = vi.fn();
    const emu = createEmulator({ ...quiet, seed: document, onStateImported });
    expect(onStateImported).toHaveBeenCalledTimes(1);

    emu.importState(document);
    expect(onStateImported).toHaveBeenCalledTimes(2);

    const put = await emu.fetch(
      new Request("http://emulator.test/_emulator/v1/state", {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(document),
      }),
    );
    expect(put.status).toBe(200);
    expect(onStateImported).toHaveBeenCalledTimes(3);
  });

  it("is not called for a state document the emulator refuses", async () => {
    const onStateImported = vi.fn();
    const emu = createEmulator({ ...quiet, onStateImported });
    const put = await emu.fetch(
      new Request("http://emulator.test/_emulator/v1/state", { method: "PUT", body: '{"version":"no such"}' }),
    );
    expect(put.status).toBe(400);
    expect(onStateImported).not.toHaveBeenCalled();
  });

  it("must be a function: anything else is an OptionError naming it", () => {
    const bad = () => createEmulator({ ...quiet, onStateImported: "gc" as unknown as () => void });
    expect(bad).toThrow(OptionError);
    expect(bad).toThrow(/expected a function; got "gc"/);
    try {
      bad();
    } catch (error) {
      expect((error as OptionError).option).toBe("onStateImported");
    }
  });
});
