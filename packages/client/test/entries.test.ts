import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as backup from "../src/backup/index.js";
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

  it("@cloudhsm-kit/client/backup is the AWS Backup module, with types, its errors built on the core's base", () => {
    expect(manifest.exports["./backup"]).toEqual({
      types: "./dist/backup/index.d.ts",
      default: "./dist/backup/index.js",
    });
    expect(typeof backup.createBackupClient).toBe("function");
    const error = new backup.ResourceNotFoundException({ message: "m", $metadata: {} as never });
    expect(error).toBeInstanceOf(backup.BackupServiceError);
    expect(error).toBeInstanceOf(main.AwsServiceError);
  });

  it("the main entry stays CloudHSM v2's: AWS Backup's names live on their own entry", () => {
    expect(Object.keys(main)).not.toContain("createBackupClient");
  });
});
