import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OptionError } from "../../../core/options/option-error.js";
import { delaysProblem } from "./delays.js";
import { TIMING_PROFILES } from "./profiles.js";
import { resolveTimings } from "./timings-option.js";

const dir = mkdtempSync(join(tmpdir(), "cloudhsm-timings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const refusal = (value: Parameters<typeof resolveTimings>[0]) => {
  try {
    resolveTimings(value);
  } catch (e) {
    expect(e).toBeInstanceOf(OptionError);
    expect((e as OptionError).option).toBe("timings");
    return (e as OptionError).reason;
  }
  throw new Error("accepted");
};

describe("the timings option", () => {
  it("is the fast profile when absent, a profile by name, a document or a file", () => {
    expect(resolveTimings(undefined)).toEqual(TIMING_PROFILES.fast);
    expect(resolveTimings("aws")).toEqual(TIMING_PROFILES.aws);
    expect(resolveTimings({ delays: { copy: 7 } })).toEqual({ ...TIMING_PROFILES.fast, copy: 7 });
    expect(resolveTimings({ profile: "aws" })).toEqual(TIMING_PROFILES.aws);
    const path = file("t.json", JSON.stringify({ profile: "aws", delays: { copy: 30, hsmCreate: 0.5 } }));
    expect(resolveTimings(path)).toEqual({ ...TIMING_PROFILES.aws, copy: 30, hsmCreate: 0.5 });
  });

  it("refuses what it cannot use, naming the member and what was expected", () => {
    expect(refusal("fsat")).toBe(
      '"fsat" is neither a timing profile (fast, aws) nor a readable timings file: ENOENT: no such file or directory',
    );
    expect(refusal("")).toMatch(/^expected a profile \(fast, aws\) or the path of a timings file; got an empty string/);
    const broken = file("broken.json", "{");
    expect(refusal(broken)).toMatch(new RegExp(`^file ${broken} is not valid JSON \\(.*\\); expected e\\.g\\. \\{`));
    expect(refusal(file("list.json", "[]"))).toMatch(/: expected \{"profile"\?: "fast" \| "aws", "delays"\?: \{…\}\}/);
    expect(refusal({ profile: "slow" } as never)).toBe('profile must be one of fast, aws; got "slow"');
    expect(refusal({ speed: 2 } as never)).toBe('unknown member "speed"; the members are profile and delays');
    expect(refusal({ delays: { copy: -1 } })).toBe("delays.copy must be a number of seconds ≥ 0; got -1");
    expect(refusal({ delays: { warp: 1 } as never })).toBe(
      'delays has an unknown delay "warp"; delays are backupCreate, copy, clusterCreate, clusterInitialize, clusterDelete, hsmCreate, hsmDelete',
    );
  });

  it("checks delays the same way wherever they come from", () => {
    expect(delaysProblem({ copy: 0, backupCreate: 2.5 }, "delays")).toBeUndefined();
    expect(delaysProblem([], "delays")).toBe('delays must be an object of seconds, e.g. {"copy": 3}; got []');
    expect(delaysProblem({ copy: "3" }, "x")).toBe('x.copy must be a number of seconds ≥ 0; got "3"');
    expect(delaysProblem({ copy: Number.POSITIVE_INFINITY }, "x")).toMatch(/^x\.copy must be a number/);
  });
});
