import { describe, expect, it } from "vitest";
import { createHarness } from "./helpers.js";

/** Tags (cloudhsmv2-api.md §5(d); observed §4). */
describe("tags", () => {
  it("TagResource adds or overwrites, UntagResource removes, and Describe* agrees with ListTags", async () => {
    const h = createHarness();
    const { clusterId, backupId } = await h.activeCluster();
    for (const ResourceId of [clusterId, backupId]) {
      await h.ok("TagResource", {
        ResourceId,
        TagList: [
          { Key: "a", Value: "1" },
          { Key: "b", Value: "2" },
        ],
      });
      await h.ok("TagResource", {
        ResourceId,
        TagList: [
          { Key: "b", Value: "3" },
          { Key: "c", Value: "" },
        ],
      });
      await h.ok("UntagResource", { ResourceId, TagKeyList: ["a", "not-there"] });
      const expected = [
        { Key: "b", Value: "3" },
        { Key: "c", Value: "" },
      ];
      expect((await h.ok("ListTags", { ResourceId })).TagList).toEqual(expected);
    }
    expect((await h.describeBackup(backupId)).TagList).toEqual([
      { Key: "b", Value: "3" },
      { Key: "c", Value: "" },
    ]);
    const cluster = (await h.ok("DescribeClusters", { Filters: { clusterIds: [clusterId] } })).Clusters[0];
    expect(cluster.TagList).toEqual([
      { Key: "b", Value: "3" },
      { Key: "c", Value: "" },
    ]);
  });

  it("ListTags pages through every tag exactly once", async () => {
    const h = createHarness();
    const { backupId } = await h.activeCluster();
    const TagList = Array.from({ length: 23 }, (_, i) => ({ Key: `k${String(i).padStart(2, "0")}`, Value: `v${i}` }));
    await h.ok("TagResource", { ResourceId: backupId, TagList });
    const seen: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await h.ok("ListTags", { ResourceId: backupId, MaxResults: 5, ...(NextToken ? { NextToken } : {}) });
      expect(page.TagList.length).toBeLessThanOrEqual(5);
      seen.push(...page.TagList.map((t: { Key: string }) => t.Key));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(seen).toEqual(TagList.map((t) => t.Key));
    const wrong = await h.call("ListTags", { ResourceId: backupId, NextToken: "not-a-token" });
    expect(wrong.body.__type).toBe("CloudHsmInvalidRequestException");
  });

  it("caps a resource at 50 tags with CloudHsmResourceLimitExceededException", async () => {
    const h = createHarness();
    const { backupId } = await h.activeCluster();
    const TagList = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: "" }));
    await h.ok("TagResource", { ResourceId: backupId, TagList });
    await h.ok("TagResource", { ResourceId: backupId, TagList: [{ Key: "k0", Value: "overwrite is fine" }] });
    const r = await h.call("TagResource", { ResourceId: backupId, TagList: [{ Key: "one-more", Value: "" }] });
    expect(r.status).toBe(400);
    expect(r.body.__type).toBe("CloudHsmResourceLimitExceededException");
    expect((await h.ok("ListTags", { ResourceId: backupId })).TagList).toHaveLength(50);
  });

  it("refuses the reserved aws: prefix and unknown resources", async () => {
    const h = createHarness();
    const { backupId } = await h.activeCluster();
    const reserved = await h.call("TagResource", { ResourceId: backupId, TagList: [{ Key: "aws:owner", Value: "x" }] });
    expect(reserved.body.__type).toBe("CloudHsmInvalidRequestException");
    for (const op of ["ListTags", "TagResource", "UntagResource"]) {
      const r = await h.call(op, {
        ResourceId: "cluster-abcdefghijk",
        TagList: [{ Key: "k", Value: "" }],
        TagKeyList: ["k"],
      });
      expect(r.body.__type, op).toBe("CloudHsmResourceNotFoundException");
    }
  });

  it("accepts Unicode letters, separators and numbers in keys and values", async () => {
    const h = createHarness();
    const { backupId } = await h.activeCluster();
    await h.ok("TagResource", { ResourceId: backupId, TagList: [{ Key: "équipe données", Value: "東京 ٣" }] });
    expect((await h.ok("ListTags", { ResourceId: backupId })).TagList).toEqual([
      { Key: "équipe données", Value: "東京 ٣" },
    ]);
  });
});
