import { describe, expect, it } from "vitest";
import { isSealed, sealRecord } from "../../../core/protocol/json-body.js";
import type { RecoveryPoint } from "../store/records.js";
import { listedForm } from "./recovery-points.js";

const point = (DeleteAfterDays: number): RecoveryPoint =>
  sealRecord({
    RecoveryPointArn: "arn:aws:backup:us-east-1:111122223333:recovery-point:P",
    BackupVaultName: "v",
    ResourceArn: "arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-1",
    CreationDate: 10,
    Lifecycle: { DeleteAfterDays },
    StorageClass: "WARM",
    Status: "COMPLETED",
  });

describe("a recovery point as its vault's listing lists it", () => {
  it("is the point without StorageClass, sealed, made once per stored point", () => {
    const stored = point(7);
    const listed = listedForm(stored);
    const { StorageClass: _, ...expected } = stored;
    expect(listed).toEqual(expected);
    expect(Object.keys(listed)).toEqual(Object.keys(expected));
    expect([isSealed(listed), listedForm(stored) === listed]).toEqual([true, true]);
    const replaced = point(9);
    expect(listedForm(replaced)).not.toBe(listed);
    expect(listedForm(replaced).Lifecycle).toEqual({ DeleteAfterDays: 9 });
  });
});
