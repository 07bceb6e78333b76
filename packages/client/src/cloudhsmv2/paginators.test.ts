import { targetOf } from "@cloudhsm-kit/spec";
import { describe, expect, it } from "vitest";
import { collect } from "../../test/collect.js";
import { clientWithServer } from "../../test/test-client.js";
import { ConfigurationError } from "../core/options/configuration-error.js";
import { PaginationLoopError } from "../core/pagination/create-paginator.js";
import { paginateDescribeBackups, paginateDescribeClusters, paginateListTags } from "./paginators.js";

function bodyOf(request: { body: string }) {
  return JSON.parse(request.body) as Record<string, unknown>;
}

describe("paginateDescribeBackups", () => {
  it("follows NextToken until a page has none, without touching the input", async () => {
    const tokens = ["t1", "t2", undefined];
    const { client, requests } = await clientWithServer((_r, i) => ({
      body: { Backups: [{ BackupId: `backup-${i}` }], NextToken: tokens[i] },
    }));
    const input = { Filters: { states: ["READY"] } };
    const pages = await collect(paginateDescribeBackups(client, input, { pageSize: 1 }));
    expect(pages.flatMap((p) => p.Backups?.map((b) => b.BackupId))).toEqual(["backup-0", "backup-1", "backup-2"]);
    expect(requests.map(bodyOf)).toEqual([
      { Filters: { states: ["READY"] }, MaxResults: 1 },
      { Filters: { states: ["READY"] }, MaxResults: 1, NextToken: "t1" },
      { Filters: { states: ["READY"] }, MaxResults: 1, NextToken: "t2" },
    ]);
    expect(input).toEqual({ Filters: { states: ["READY"] } });
  });

  it.each([[""], [null]])("stops on a NextToken of %j", async (token) => {
    const { client, requests } = await clientWithServer(() => ({ body: { Backups: [], NextToken: token } }));
    await collect(paginateDescribeBackups(client));
    expect(requests).toHaveLength(1);
  });

  it("starts from startingToken", async () => {
    const { client, requests } = await clientWithServer(() => ({ body: { Backups: [] } }));
    await collect(paginateDescribeBackups(client, {}, { startingToken: "resume-here" }));
    expect(bodyOf(requests[0] as { body: string })).toEqual({ NextToken: "resume-here" });
  });

  it("throws instead of looping when the server repeats a token", async () => {
    const { client, requests } = await clientWithServer((_r, i) => ({
      body: { Backups: [], NextToken: i % 2 === 0 ? "a" : "b" },
    }));
    const pages = paginateDescribeBackups(client);
    await expect(collect(pages)).rejects.toThrow(PaginationLoopError);
    expect(requests).toHaveLength(3);
  });

  it("throws when the server hands back the token it was sent", async () => {
    const { client, requests } = await clientWithServer(() => ({ body: { Backups: [], NextToken: "same" } }));
    await expect(collect(paginateDescribeBackups(client, { NextToken: "same" }))).rejects.toThrow(
      'DescribeBackups returned a NextToken already used in this pagination ("same")',
    );
    expect(requests).toHaveLength(1);
  });

  it("validates its options before asking for a page", async () => {
    const { client, requests } = await clientWithServer(() => ({ body: {} }));
    expect(() => paginateDescribeBackups(client, {}, { pageSize: 0 })).toThrow(
      new ConfigurationError("paginateDescribeBackups: pageSize must be an integer ≥ 1; got 0"),
    );
    expect(() => paginateListTags(client, { ResourceId: "x" }, { startingToken: "" })).toThrow(
      'paginateListTags: startingToken must be a non-empty string; got ""',
    );
    expect(requests).toHaveLength(0);
  });

  it("stops at once when the signal aborts", async () => {
    const controller = new AbortController();
    const { client, requests } = await clientWithServer(() => ({ body: { Backups: [], NextToken: "more" } }));
    const pages = paginateDescribeBackups(client, {}, { signal: controller.signal });
    await pages.next();
    controller.abort(new Error("enough"));
    await expect(pages.next()).rejects.toThrow("enough");
    expect(requests).toHaveLength(1);
  });
});

describe("paginateDescribeClusters and paginateListTags", () => {
  it("page through clusters", async () => {
    const { client, requests } = await clientWithServer((_r, i) => ({
      body: { Clusters: [{ ClusterId: `cluster-${i}` }], NextToken: i === 0 ? "next" : undefined },
    }));
    const pages = await collect(paginateDescribeClusters(client));
    expect(pages.map((p) => p.Clusters?.[0]?.ClusterId)).toEqual(["cluster-0", "cluster-1"]);
    expect(requests.map((r) => r.headers["x-amz-target"])).toEqual([
      targetOf("DescribeClusters"),
      targetOf("DescribeClusters"),
    ]);
  });

  it("page through the tags of one resource", async () => {
    const { client, requests } = await clientWithServer((_r, i) => ({
      body: { TagList: [{ Key: `k${i}`, Value: "v" }], NextToken: i === 0 ? "next" : undefined },
    }));
    const pages = await collect(paginateListTags(client, { ResourceId: "cluster-1234567890a" }, { pageSize: 1 }));
    expect(pages.flatMap((p) => p.TagList.map((t) => t.Key))).toEqual(["k0", "k1"]);
    expect(requests.map(bodyOf)[1]).toEqual({ ResourceId: "cluster-1234567890a", MaxResults: 1, NextToken: "next" });
  });
});
