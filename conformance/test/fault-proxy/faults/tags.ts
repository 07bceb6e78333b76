import { defineFault, type FaultContext } from "../fault.js";
import { okReply } from "../wire-json.js";

type Tag = { Key: string; Value: string };

const MAX_TAGS = 50;

/** The tags of a resource as ListTags reports them (the fault's own call). */
async function tagsOf(context: FaultContext, resourceId: unknown, region?: string): Promise<Tag[]> {
  const reply = await context.call("ListTags", { ResourceId: resourceId }, region);
  return Array.isArray(reply.output?.TagList) ? (reply.output.TagList as Tag[]) : [];
}

function isTagList(value: unknown): value is Tag[] {
  return Array.isArray(value) && value.length > 0;
}

export const givenTagsMerged = defineFault({
  name: "given-tags-merged-with-source",
  level: "required",
  breaks: "If you specify tags on CopyBackupToRegion, only these tags are applied to the destination backup.",
  source: "cloudhsmv2-api.md §5(d); API_CopyBackupToRegion TagList",
  groups: ["tags"],
  operations: ["CopyBackupToRegion"],
  create: () => ({
    request: async ({ input }, context) => {
      if (!input || !isTagList(input.TagList)) {
        return undefined;
      }
      const given = input.TagList;
      const inherited = (await tagsOf(context, input.BackupId)).filter((t) => !given.some((g) => g.Key === t.Key));
      return inherited.length > 0
        ? { input: { ...input, TagList: [...inherited, ...given].slice(0, MAX_TAGS) } }
        : undefined;
    },
  }),
});

export const tagsNotInherited = defineFault({
  name: "tags-not-inherited",
  level: "required",
  breaks: "If you do not specify tags, CopyBackupToRegion copies the source backup's tags to the destination backup.",
  source: "cloudhsmv2-api.md §5(d); API_CopyBackupToRegion TagList",
  groups: ["tags"],
  operations: ["CopyBackupToRegion"],
  create: () => ({
    // A TagList of the fault's own replaces the inherited tags (an empty list would be invalid input).
    request: ({ input }) =>
      input && !("TagList" in input) && typeof input.BackupId === "string"
        ? { input: { ...input, TagList: [{ Key: "fault-proxy", Value: "tags-not-inherited" }] } }
        : undefined,
  }),
});

export const sourceTagsChangedByCopy = defineFault({
  name: "source-tags-changed-by-copy",
  level: "required",
  breaks: "CopyBackupToRegion with a TagList leaves the source backup's tags unchanged.",
  source: "cloudhsmv2-api.md §5(d)",
  groups: ["tags"],
  operations: ["CopyBackupToRegion"],
  create: () => ({
    response: async (reply, { input }, context) => {
      // The reply is unchanged; the damage is done by the fault's own TagResource call on the source.
      if (reply.status === 200 && input && isTagList(input.TagList)) {
        await context.call("TagResource", { ResourceId: input.BackupId, TagList: input.TagList });
      }
      return undefined;
    },
  }),
});

export const tagOverwriteIgnored = defineFault({
  name: "tag-overwrite-ignored",
  level: "required",
  breaks: "TagResource overwrites the value of a tag key the resource already has.",
  source: "cloudhsmv2-api.md §5(d); API_TagResource (adds or overwrites)",
  groups: ["tags"],
  operations: ["TagResource"],
  create: () => ({
    request: async ({ input }, context) => {
      if (!input || !isTagList(input.TagList)) {
        return undefined;
      }
      const existing = new Set((await tagsOf(context, input.ResourceId)).map((t) => t.Key));
      const fresh = input.TagList.filter((t) => !existing.has(t.Key));
      if (fresh.length === input.TagList.length) {
        return undefined;
      }
      return fresh.length > 0 ? { input: { ...input, TagList: fresh } } : { answer: okReply({}) };
    },
  }),
});

export const untagIgnored = defineFault({
  name: "untag-ignored",
  level: "required",
  breaks: "UntagResource removes the named tag keys from the resource.",
  source: "cloudhsmv2-api.md §5(d); API_UntagResource",
  groups: ["tags"],
  operations: ["UntagResource"],
  create: () => ({ request: () => ({ answer: okReply({}) }) }),
});

export const tagLimitNotEnforced = defineFault({
  name: "tag-limit-not-enforced",
  level: "advisory",
  breaks: "A resource cannot hold more than 50 tags; TagResource beyond that is refused as a limit.",
  source: "cloudhsmv2-api.md §5(d); API_TagResource CloudHsmResourceLimitExceededException",
  groups: ["tags"],
  operations: ["TagResource"],
  create: () => ({
    response: (reply) =>
      reply.status === 400 && reply.output?.__type === "CloudHsmResourceLimitExceededException"
        ? { status: 200, output: {} }
        : undefined,
  }),
});

export const listTagsDisagrees = defineFault({
  name: "list-tags-disagrees-with-describe",
  level: "required",
  breaks: "ListTags reports the same tags as the resource's TagList in DescribeBackups and DescribeClusters.",
  source: "cloudhsmv2-api.md §3.1 (Backup.TagList, Cluster.TagList), §2.1 ListTags",
  groups: ["tags"],
  operations: ["ListTags"],
  create: () => ({
    response: ({ output }) =>
      output && isTagList(output.TagList) ? { output: { ...output, TagList: output.TagList.slice(1) } } : undefined,
  }),
});

export const listTagsPageSizeIgnored = defineFault({
  name: "list-tags-page-size-ignored",
  level: "required",
  breaks: "ListTags returns at most MaxResults tags per page and a NextToken for the rest.",
  source: "cloudhsmv2-api.md §2.1 ListTags, §4 pagination",
  groups: ["tags"],
  operations: ["ListTags"],
  create: () => ({
    request: ({ input }) => {
      if (!input || !("MaxResults" in input)) {
        return undefined;
      }
      const { MaxResults: _ignored, ...rest } = input;
      return { input: rest };
    },
  }),
});
