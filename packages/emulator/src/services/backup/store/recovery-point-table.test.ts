import { describe, expect, it } from "vitest";
import { isSealed } from "../../../core/protocol/json-body.js";
import type { RecoveryPoint } from "./records.js";
import { RecoveryPointTable } from "./recovery-point-table.js";

const point = (RecoveryPointArn: string, BackupVaultName: string, CreationDate: number): RecoveryPoint => ({
  RecoveryPointArn,
  BackupVaultName,
  CreationDate,
  ResourceArn: "arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-1",
});

const arns = (table: RecoveryPointTable, vault: string) => {
  const index = table.inVault(vault);
  return Array.from({ length: index.size }, (_, i) => index.itemAt(i).RecoveryPointArn);
};

describe("RecoveryPointTable", () => {
  it("is the Map of its points, with each vault's points oldest first beside it", () => {
    const table = new RecoveryPointTable();
    table
      .set("p3", point("p3", "v1", 30))
      .set("p1", point("p1", "v1", 10))
      .set("p2", point("p2", "v2", 20));
    expect([...table.keys()]).toEqual(["p3", "p1", "p2"]);
    expect([arns(table, "v1"), arns(table, "v2"), arns(table, "none")]).toEqual([["p1", "p3"], ["p2"], []]);
    table.delete("p1");
    table.set("p2", point("p2", "v1", 40));
    expect([arns(table, "v1"), arns(table, "v2")]).toEqual([["p3", "p2"], []]);
    table.clear();
    expect([table.size, table.inVault("v1").size]).toEqual([0, 0]);
  });

  it("seals the points it stores; a point replaced keeps its place in its vault's order", () => {
    const table = new RecoveryPointTable();
    table.set("p1", point("p1", "v1", 10)).set("p2", point("p2", "v1", 20));
    const first = table.get("p1");
    expect(first && isSealed(first)).toBe(true);
    table.set("p1", { ...point("p1", "v1", 10), Lifecycle: { DeleteAfterDays: 7 } });
    const replaced = table.get("p1");
    expect(replaced !== first && replaced !== undefined && isSealed(replaced)).toBe(true);
    expect(table.inVault("v1").itemAt(0)).toBe(replaced);
    expect(arns(table, "v1")).toEqual(["p1", "p2"]);
  });
});
