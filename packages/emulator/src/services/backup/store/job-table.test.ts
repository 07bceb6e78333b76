import { describe, expect, it } from "vitest";
import { isSealed } from "../../../core/protocol/json-body.js";
import { JobExtrasTable } from "./job-extras-table.js";
import { JobTable } from "./job-table.js";

const job = (id: string, CreationDate: number, ResourceArn = "arn:r1", State = "CREATED") => ({
  id,
  CreationDate,
  ResourceArn,
  State,
});

describe("JobTable", () => {
  it("is the Map of its jobs, with the jobs in creation order then id beside it", () => {
    const table = new JobTable<ReturnType<typeof job>>();
    table.set("b", job("b", 20)).set("c", job("c", 10)).set("a", job("a", 20));
    expect([...table.keys()]).toEqual(["b", "c", "a"]);
    const ordered = Array.from({ length: table.byCreation.size }, (_, i) => table.byCreation.itemAt(i).id);
    expect(ordered).toEqual(["c", "a", "b"]);
    table.delete("a");
    table.set("c", job("c", 30));
    expect(Array.from({ length: table.byCreation.size }, (_, i) => table.byCreation.itemAt(i).id)).toEqual(["b", "c"]);
    table.clear();
    expect([table.size, table.byCreation.size]).toEqual([0, 0]);
  });

  it("gives a resource's jobs that have not ended, dropping the ones replaced by an ended job", () => {
    const table = new JobTable<ReturnType<typeof job>>();
    table
      .set("1", job("1", 1))
      .set("2", job("2", 2, "arn:r2"))
      .set("3", job("3", 3, "arn:r1", "COMPLETED"));
    table.set("4", job("4", 4, "arn:r1", "RUNNING"));
    expect(table.openOf("arn:r1").map((j) => j.id)).toEqual(["1", "4"]);
    table.set("4", job("4", 4, "arn:r1", "FAILED"));
    expect(table.openOf("arn:r1").map((j) => j.id)).toEqual(["1"]);
    table.delete("1");
    expect([table.openOf("arn:r1"), table.openOf("arn:none")]).toEqual([[], []]);
  });

  it("seals the jobs it stores, and a job replaced keeps its places in creation order and among the open jobs", () => {
    const table = new JobTable<ReturnType<typeof job>>();
    table.set("a", job("a", 1)).set("b", job("b", 2)).set("c", job("c", 3));
    const stored = table.get("b");
    expect(stored && isSealed(stored)).toBe(true);
    expect(() => {
      (stored as { State: string }).State = "RUNNING";
    }).toThrow(TypeError);
    table.set("b", job("b", 2, "arn:r1", "RUNNING"));
    const running = table.get("b");
    expect(running === stored || running === undefined).toBe(false);
    expect(table.byCreation.itemAt(1)).toBe(running);
    expect(table.openOf("arn:r1").map((j) => [j.id, j.State])).toEqual([
      ["a", "CREATED"],
      ["b", "RUNNING"],
      ["c", "CREATED"],
    ]);
  });
});

describe("JobExtrasTable", () => {
  it("finds the jobs of a token, across kinds, and forgets a job whose extras are replaced or deleted", () => {
    const extras = new JobExtrasTable();
    extras.set("backup-1", { idempotencyToken: "t" }).set("copy-1", { idempotencyToken: "t" }).set("x", {});
    expect([extras.idsWithToken("t"), extras.idsWithToken("u")]).toEqual([["backup-1", "copy-1"], []]);
    extras.set("backup-1", { waiting: true });
    expect(extras.idsWithToken("t")).toEqual(["copy-1"]);
    extras.delete("copy-1");
    expect(extras.idsWithToken("t")).toEqual([]);
    extras.set("copy-2", { idempotencyToken: "t" });
    extras.clear();
    expect([extras.size, extras.idsWithToken("t")]).toEqual([0, []]);
  });
});
