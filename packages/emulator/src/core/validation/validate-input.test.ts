import type { OperationName } from "@cloudhsm-kit/spec";
import { loadServiceDocument } from "@cloudhsm-kit/spec/validation";
import { describe, expect, it } from "vitest";
import { withUndoc } from "../../../test/helpers.js";
import { FrameworkError } from "../protocol/framework-errors.js";
import { WIRE_LIMITS } from "../protocol/limits.js";
import { createValidator, memberPath } from "./validate-input.js";

/** The modelled error a service answers violations with (CloudHSM v2: InvalidRequest). */
class InvalidRequest extends Error {}

describe("spec-driven validation", () => {
  const validate = createValidator(loadServiceDocument(), (message) => new InvalidRequest(message));

  it("names members as Coral does", () => {
    expect(memberPath("/TagList/0/Key")).toBe("tagList.1.member.key");
    expect(memberPath("", "BackupId")).toBe("backupId");
    expect(memberPath("/Filters/states/2")).toBe("filters.states.3.member");
  });

  it("accepts valid input and ignores unknown members", () => {
    expect(() => validate("DeleteBackup", { BackupId: "backup-abcdefghijk", Extra: 1 })).not.toThrow();
    expect(() => validate("DescribeBackups", {})).not.toThrow();
  });

  it("reports missing members alone with the service's own error for them, when it has one", () => {
    class Missing extends Error {}
    const strict = createValidator(
      loadServiceDocument(),
      (message) => new InvalidRequest(message),
      (message, operation) => new Missing(`${operation}: ${message}`),
    );
    expect(() => strict("DeleteBackup", {})).toThrow(Missing);
    expect(() => strict("DeleteBackup", {})).toThrow(
      /^DeleteBackup: 1 validation error detected: Value null at 'backupId'/,
    );
    expect(() => strict("CreateCluster", { SubnetIds: [] })).toThrow(InvalidRequest);
    expect(() => validate("DeleteBackup", {})).toThrow(InvalidRequest);
  });

  it("collects every violation into one modelled error", () => {
    try {
      validate("CreateCluster", { SubnetIds: [], HsmType: "x".repeat(40) });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidRequest);
      expect((e as Error).message).toMatch(/^\d+ validation errors detected: /);
      expect((e as Error).message).toContain(
        "at 'subnetIds' failed to satisfy constraint: Member must have length greater than or equal to 1",
      );
      expect((e as Error).message).toContain(
        "at 'hsmType' failed to satisfy constraint: Member must have length less than or equal to 32",
      );
    }
  });

  it("answers a wrong JSON type as SerializationException, or as a violation when UNDOC says otherwise", async () => {
    const wrong = { BackupId: 42 };
    expect(() => validate("DeleteBackup", wrong)).toThrow(FrameworkError);
    await withUndoc("wrongJsonTypeIsSerializationError", false, () => {
      expect(() => validate("DeleteBackup", wrong)).toThrow(InvalidRequest);
      expect(() => validate("DeleteBackup", wrong)).toThrow(/^1 validation error detected: Value 42 at 'backupId'/);
    });
  });

  it("quotes at most WIRE_LIMITS.maxEchoedValueChars of an offending value", () => {
    const long = "x".repeat(100_000);
    const messageOf = (operation: OperationName, input: unknown) => {
      try {
        validate(operation, input);
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error(`${operation} accepted ${JSON.stringify(input).slice(0, 80)}`);
    };
    const pattern = messageOf("DeleteBackup", { BackupId: long });
    expect(pattern).toContain(
      `Value '${"x".repeat(WIRE_LIMITS.maxEchoedValueChars)}… (${100_000 - WIRE_LIMITS.maxEchoedValueChars} more characters)' at 'backupId'`,
    );
    expect(pattern.length).toBeLessThan(WIRE_LIMITS.maxEchoedValueChars + 300);
    const key = messageOf("DescribeBackups", { Filters: { [`${long}!`]: ["v"] } });
    expect(key.length).toBeLessThan(WIRE_LIMITS.maxEchoedValueChars + 300);
    const wrongType = messageOf("DescribeBackups", { Filters: { states: [[long]] } });
    expect(wrongType).toMatch(/^Cannot deserialize \["x+… \(\d+ more characters\) at 'filters\.states\.1\.member'/);
    expect(wrongType.length).toBeLessThan(WIRE_LIMITS.maxEchoedValueChars + 300);
  });

  it("reports filter keys and Unicode tag patterns", () => {
    expect(() => validate("DescribeBackups", { Filters: { "bad key!": ["x"] } })).toThrow(/Map keys must satisfy/);
    expect(() =>
      validate("TagResource", { ResourceId: "backup-abcdefghijk", TagList: [{ Key: "ключ", Value: "値" }] }),
    ).not.toThrow();
  });

  it("lets a caller waive a required member (the legacy ClusterId copy)", () => {
    expect(() =>
      validate("CopyBackupToRegion", { DestinationRegion: "us-west-2", ClusterId: "cluster-abcdefghijk" }, [
        "BackupId",
      ]),
    ).not.toThrow();
  });

  it("turns a wrong JSON type into a SerializationException", () => {
    expect(() => validate("ModifyBackupAttributes", { BackupId: "backup-abcdefghijk", NeverExpires: "yes" })).toThrow(
      FrameworkError,
    );
  });
});
