import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as cloudhsmv2 from "../src/cloudhsmv2/index.js";
import * as main from "../src/index.js";

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

describe("the package entries", () => {
  it("@cloudhsm-kit/client/cloudhsmv2 is the CloudHSM v2 module, with types", () => {
    expect(manifest.exports["./cloudhsmv2"]).toEqual({
      types: "./dist/cloudhsmv2/index.d.ts",
      default: "./dist/cloudhsmv2/index.js",
    });
  });

  it("the main entry gives every value of the service entry, the same objects, so instanceof holds across them", () => {
    const mainValues = new Map(Object.entries(main));
    for (const [name, value] of Object.entries(cloudhsmv2)) {
      expect(mainValues.get(name), name).toBe(value);
    }
    expect(new cloudhsmv2.CloudHsmTagException({ message: "m", $metadata: {} as never })).toBeInstanceOf(
      main.AwsServiceError,
    );
  });
});
