import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JobTable } from "../store/job-table.js";
import { byCreation, matching, page, pageFor, pageOfIndex, within } from "./paging.js";

describe("Backup listings", () => {
  const items = ["c", "a", "d", "b"];

  it("pages by key with a NextToken bound to the filters", () => {
    const first = page("k", items, (i) => i, { MaxResults: 3 }, { f: 1 });
    expect(first.items).toEqual(["a", "b", "c"]);
    const rest = page("k", items, (i) => i, { MaxResults: 3, NextToken: first.NextToken as string }, { f: 1 });
    expect(rest).toEqual({ items: ["d"] });
    expect(() => page("k", items, (i) => i, { NextToken: first.NextToken as string }, { f: 2 })).toThrow(/NextToken/);
  });

  it("filters by equality and by open date bounds, and sorts by creation date", () => {
    const read: string[] = [];
    const name = (r: { name: string; kind: string }) => {
      read.push("name");
      return r.name;
    };
    const sameAs = matching<{ name: string; kind: string }>([
      [undefined, name],
      ["a", (r) => r.kind],
    ]);
    expect([sameAs({ name: "x", kind: "a" }), sameAs({ name: "x", kind: "b" })]).toEqual([true, false]);
    expect(read).toEqual([]);
    expect(matching([])("anything")).toBe(true);
    expect([within(5, 4, 6), within(5, 5), within(undefined, 1)]).toEqual([true, false, false]);
    expect(byCreation(9, "z") < byCreation(10, "a")).toBe(true);
  });
});

type Job = { id: string; CreationDate: number; ResourceArn: string; State: string };
const job = fc.record({
  id: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
  CreationDate: fc.integer({ min: 1_700_000_000, max: 1_700_000_005 }),
  ResourceArn: fc.constantFrom("arn:r1", "arn:r2"),
  State: fc.constantFrom("CREATED", "RUNNING", "COMPLETED"),
});
const filter = fc.record(
  { ByResourceArn: fc.constantFrom("arn:r1", "arn:r2"), ByState: fc.constantFrom("RUNNING", "COMPLETED") },
  { requiredKeys: [] },
);
const matches = (f: { ByResourceArn?: string; ByState?: string }) =>
  matching<Job>([
    [f.ByResourceArn, (j) => j.ResourceArn],
    [f.ByState, (j) => j.State],
  ]);

/** Every page of a listing, each asked for with the previous page's NextToken. */
function walk(
  list: (input: { NextToken?: string; MaxResults: number }) => { items: Job[]; next: { NextToken?: string } },
  size: number,
) {
  const pages: Job[][] = [];
  for (let token: string | undefined, more = true; more; ) {
    const { items, next } = list({ MaxResults: size, ...(token !== undefined ? { NextToken: token } : {}) });
    pages.push(items);
    token = next.NextToken;
    more = token !== undefined;
  }
  return pages;
}

describe("pages of a creation index", () => {
  it("are exactly the pages of a filter and sort of every job, with the same tokens as pageFor", () => {
    fc.assert(
      fc.property(fc.array(job, { maxLength: 40 }), filter, fc.integer({ min: 1, max: 7 }), (jobs, f, size) => {
        const table = new JobTable<Job>();
        for (const j of jobs) {
          table.set(j.id, j);
        }
        const expected = [...table.values()]
          .filter(matches(f))
          .sort((a, b) => a.CreationDate - b.CreationDate || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        const chunks = Array.from({ length: Math.max(1, Math.ceil(expected.length / size)) }, (_, i) =>
          expected.slice(i * size, (i + 1) * size),
        );
        const indexed = walk((input) => pageOfIndex("jobs", table.byCreation, matches(f), { ...f, ...input }), size);
        expect(indexed).toEqual(chunks);
        const arrays = (input: { NextToken?: string; MaxResults: number }) =>
          pageFor("jobs", [...table.values()].filter(matches(f)), (j) => byCreation(j.CreationDate, j.id), {
            ...f,
            ...input,
          });
        expect(walk(arrays, size)).toEqual(chunks);
        const first = pageOfIndex("jobs", table.byCreation, matches(f), { ...f, MaxResults: size });
        expect(first.next).toEqual(arrays({ MaxResults: size }).next);
      }),
    );
  });

  it("keep refusing a token of another request, of another listing or forged", () => {
    const table = new JobTable<Job>();
    for (const id of ["A", "B", "C"]) {
      table.set(id, { id, CreationDate: 1, ResourceArn: "arn:r1", State: "COMPLETED" });
    }
    const all = () => true;
    const { next } = pageOfIndex("jobs", table.byCreation, all, { ByState: "COMPLETED", MaxResults: 1 });
    const token = next.NextToken as string;
    expect(pageOfIndex("jobs", table.byCreation, all, { ByState: "COMPLETED", NextToken: token }).items).toHaveLength(
      2,
    );
    expect(() => pageOfIndex("jobs", table.byCreation, all, { ByState: "RUNNING", NextToken: token })).toThrow(
      /NextToken is invalid/,
    );
    expect(() => pageOfIndex("other", table.byCreation, all, { ByState: "COMPLETED", NextToken: token })).toThrow(
      /NextToken is invalid/,
    );
    const forged = `${Buffer.from(JSON.stringify({ k: "jobs", f: "x", p: "" })).toString("base64url")}.AAAA`;
    expect(() => pageOfIndex("jobs", table.byCreation, all, { NextToken: forged })).toThrow(/NextToken is invalid/);
  });
});
