import { describe, expect, it } from "vitest";
import { control } from "../../../../test/control-helpers.js";
import { createHarness } from "../../../../test/helpers.js";
import { OptionError } from "../../../core/options/option-error.js";
import { createEmulator } from "../../../emulator.js";
import { TIMING_PROFILES } from "./profiles.js";

describe("an emulator's timings", () => {
  it("are the fast profile by default, and the control API still changes them", async () => {
    const h = createHarness();
    expect(h.emu.settings().delays).toEqual(TIMING_PROFILES.fast);
    const { body } = await control(h, "PUT", "/settings", { delays: { copy: 42 } });
    expect(body.delays).toEqual({ ...TIMING_PROFILES.fast, copy: 42 });
  });

  it("come from `timings`, with `delays` on top, and reset returns to them", async () => {
    const h = createHarness({ timings: "aws", delays: { copy: 1 } });
    expect(h.emu.settings().delays).toEqual({ ...TIMING_PROFILES.aws, copy: 1 });
    await control(h, "PUT", "/settings", { delays: { hsmCreate: 0 } });
    await control(h, "POST", "/reset");
    expect(h.emu.settings().delays).toEqual({ ...TIMING_PROFILES.aws, copy: 1 });
  });

  it("time the transitions: a cluster under fast timings is CREATE_IN_PROGRESS until clusterCreate has passed", async () => {
    const h = createHarness();
    const { Cluster } = await h.ok("CreateCluster", {
      HsmType: "hsm2m.medium",
      SubnetIds: ["subnet-0123456789abcdef0"],
    });
    await h.control.advance(TIMING_PROFILES.fast.clusterCreate - 0.5);
    expect((await h.describeCluster(Cluster.ClusterId)).State).toBe("CREATE_IN_PROGRESS");
    await h.control.advance(0.5);
    expect((await h.describeCluster(Cluster.ClusterId)).State).toBe("UNINITIALIZED");
  });

  it("refuses a timings or delays option it cannot use, naming it", () => {
    const refused = (options: Parameters<typeof createEmulator>[0]) => {
      try {
        createEmulator({ log: () => undefined, ...options });
      } catch (e) {
        return e instanceof OptionError ? `${e.option}: ${e.reason}` : String(e);
      }
      return "accepted";
    };
    expect(refused({ timings: "nope/none.json" })).toMatch(/^timings: "nope\/none.json" is neither a timing profile/);
    expect(refused({ delays: { copy: -2 } })).toBe("delays: delays.copy must be a number of seconds ≥ 0; got -2");
    expect(refused({ delays: { later: 2 } as never })).toMatch(/^delays: delays has an unknown delay "later"/);
  });
});
