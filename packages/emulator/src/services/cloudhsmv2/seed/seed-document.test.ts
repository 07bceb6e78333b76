import { loadServiceDocument } from "@cloudhsm-kit/spec/validation";
import { describe, expect, it } from "vitest";
import { isStateDocument, seedProblem } from "./seed-document.js";
import { createTagListCheck } from "./tag-check.js";

const check = createTagListCheck(loadServiceDocument());
const problem = (doc: unknown) => seedProblem(doc, check);

describe("a declarative seed", () => {
  it("accepts every member, all optional", () => {
    expect(problem({})).toBeUndefined();
    expect(
      problem({
        clusters: [
          { region: "us-west-2", accountId: "111122223333", state: "ACTIVE", tags: [], backups: 3, count: 2 },
          { state: "UNINITIALIZED" },
        ],
        readyBackups: [{ region: "eu-central-1", tags: [{ Key: "ci", Value: "yes" }], count: 100 }],
      }),
    ).toBeUndefined();
  });

  it("is told apart from a state document by its format", () => {
    expect(isStateDocument({ format: "cloudhsm-kit-emulator-state" })).toBe(true);
    expect(isStateDocument({ clusters: [] })).toBe(false);
  });

  it("is refused with the member at fault and what was expected", () => {
    const cases: [unknown, string][] = [
      [[], 'expected a seed document {"clusters"?: […], "readyBackups"?: […]} or a state document; got []'],
      [{ format: "other" }, 'format must be "cloudhsm-kit-emulator-state" for a state document'],
      [{ backups: [] }, 'the seed document has an unknown member "backups"; the members are clusters, readyBackups'],
      [{ clusters: {} }, "clusters must be a list of objects; got {}"],
      [{ clusters: [1] }, "clusters[0] must be an object; got 1"],
      [
        { clusters: [{}, { region: "mars-1" }] },
        'clusters[1].region must be a region CloudHSM serves, e.g. "us-east-1"; got "mars-1"',
      ],
      [
        { clusters: [{ accountId: "42" }] },
        'clusters[0].accountId must be an AWS account ID of 12 digits, e.g. "111122223333"; got "42"',
      ],
      [{ clusters: [{ state: "READY" }] }, 'clusters[0].state must be one of ACTIVE, UNINITIALIZED; got "READY"'],
      [{ clusters: [{ count: 0 }] }, "clusters[0].count must be an integer from 1 to 100; got 0"],
      [{ clusters: [{ backups: 1.5 }] }, "clusters[0].backups must be an integer from 1 to 100; got 1.5"],
      [
        { clusters: [{ state: "UNINITIALIZED", backups: 1 }] },
        "clusters[0].backups must be left out for an UNINITIALIZED cluster",
      ],
      [
        { clusters: [{ hsms: 2 }] },
        'clusters[0] has an unknown member "hsms"; the members are region, accountId, tags, count, state, backups',
      ],
      [{ readyBackups: [{ tags: [{ Key: "k" }] }] }, "readyBackups[0].tags[0] must have required property 'Value'"],
      [
        { readyBackups: [{ tags: [{ Key: "aws:k", Value: "" }] }] },
        'readyBackups[0].tags[0].Key uses the reserved prefix "aws:"',
      ],
      [
        { readyBackups: [{ state: "ACTIVE" }] },
        'readyBackups[0] has an unknown member "state"; the members are region, accountId, tags, count',
      ],
      [{ readyBackups: [{ count: 101 }] }, "readyBackups[0].count must be an integer from 1 to 100; got 101"],
    ];
    for (const [doc, message] of cases) {
      expect(problem(doc), JSON.stringify(doc)).toContain(message);
    }
  });
});
