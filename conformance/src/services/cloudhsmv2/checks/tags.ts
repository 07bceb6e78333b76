import { expectDefined, expectEqual, expectSameTags, expectTrue } from "../../../harness/assert.js";
import { expectServiceError } from "../../../harness/service-error.js";
import { C } from "../citations.js";
import type { Check, Tag } from "../context.js";
import { expectRejected, UNKNOWN_BACKUP_ID, VALIDATION_NAMES } from "../fixtures/refusals.js";
import { listAllTags, numberedTags } from "../fixtures/tag-lists.js";

/** TagResource, UntagResource and ListTags on backups and clusters (the "tags" group, after copyTagChecks). */
export const tagChecks: readonly Check[] = [
  {
    id: "TAG-ADD-001",
    level: "required",
    title: "TagResource adds tags to a backup that ListTags then returns",
    asserts: "After TagResource with two tags, ListTags on the backup returns the earlier tags plus both new ones.",
    citations: [C.tagOverwrite, C.backupTagList],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      const before = (await listAllTags(t, backup.BackupId)).tags;
      const added = numberedTags("conformance-add-", 2);
      await t.client().tagResource({ ResourceId: backup.BackupId, TagList: added });
      expectSameTags("tags after TagResource", (await listAllTags(t, backup.BackupId)).tags, [...before, ...added]);
    },
  },
  {
    id: "TAG-OVERWRITE-001",
    level: "required",
    title: "TagResource with an existing key overwrites the tag's value",
    asserts: "Tagging key K with a new value leaves one tag K whose value is the new one.",
    citations: [C.tagOverwrite, C.tagOverwriteUg],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      await t.client().tagResource({ ResourceId: backup.BackupId, TagList: [{ Key: "conformance-k", Value: "old" }] });
      await t.client().tagResource({ ResourceId: backup.BackupId, TagList: [{ Key: "conformance-k", Value: "new" }] });
      const matching = (await listAllTags(t, backup.BackupId)).tags.filter((tag) => tag.Key === "conformance-k");
      expectSameTags("tags with key conformance-k", matching, [{ Key: "conformance-k", Value: "new" }]);
    },
  },
  {
    id: "TAG-UNTAG-001",
    level: "required",
    title: "UntagResource removes the named keys and keeps the others",
    asserts: "After tagging keys a, b, c and untagging a and c, ListTags returns b (plus tags set before).",
    citations: [C.untag],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      const before = (await listAllTags(t, backup.BackupId)).tags;
      const [a, b, c] = numberedTags("conformance-untag-", 3) as [Tag, Tag, Tag];
      await t.client().tagResource({ ResourceId: backup.BackupId, TagList: [a, b, c] });
      await t.client().untagResource({ ResourceId: backup.BackupId, TagKeyList: [a.Key, c.Key] });
      expectSameTags("tags after UntagResource", (await listAllTags(t, backup.BackupId)).tags, [...before, b]);
    },
  },
  {
    id: "TAG-LIMIT-001",
    level: "required",
    title: "TagResource rejects a TagList of 51 tags",
    asserts:
      "A single TagResource request with 51 tags breaks the TagList maximum of 50 and is rejected with HTTP 400.",
    citations: [C.tagListMax],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      await expectServiceError(
        "TagResource with 51 tags",
        () => t.client().tagResource({ ResourceId: backup.BackupId, TagList: numberedTags("conformance-many-", 51) }),
        { names: VALIDATION_NAMES },
      );
    },
  },
  {
    id: "TAG-LIMIT-002",
    level: "required",
    title: "TagResource accepts tags up to 50 on one backup",
    asserts: "A backup can carry 50 tags in total: tagging it up to 50 succeeds and ListTags returns all 50.",
    citations: [C.tagListMax],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      const before = (await listAllTags(t, backup.BackupId)).tags;
      const added = numberedTags("conformance-fill-", 50 - before.length);
      await t.client().tagResource({ ResourceId: backup.BackupId, TagList: added });
      expectEqual("number of tags", (await listAllTags(t, backup.BackupId)).tags.length, 50);
    },
  },
  {
    id: "TAG-LIMIT-003",
    level: "advisory",
    title: "TagResource refuses a 51st tag on a backup with CloudHsmResourceLimitExceededException",
    asserts:
      "With 50 tags on the backup, adding one more gives HTTP 400 CloudHsmResourceLimitExceededException and the tag count stays 50 (UNDOC per-resource cap).",
    undocumented: "the number of tags a backup may carry and the error past it",
    citations: [C.tagLimitError, C.tagsPerResource],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      const before = (await listAllTags(t, backup.BackupId)).tags;
      await t
        .client()
        .tagResource({ ResourceId: backup.BackupId, TagList: numberedTags("conformance-fill-", 50 - before.length) });
      await expectServiceError(
        "TagResource of a 51st tag",
        () => t.client().tagResource({ ResourceId: backup.BackupId, TagList: [{ Key: "conformance-51", Value: "x" }] }),
        { names: ["CloudHsmResourceLimitExceededException"] },
      );
      expectEqual("number of tags", (await listAllTags(t, backup.BackupId)).tags.length, 50);
    },
  },
  {
    id: "TAG-AGREE-001",
    level: "required",
    title: "ListTags and DescribeBackups report the same tags for a backup",
    asserts: "After TagResource, the backup's TagList in DescribeBackups equals the tags ListTags returns.",
    citations: [C.backupTagList, C.tagOverwrite],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      await t.client().tagResource({ ResourceId: backup.BackupId, TagList: numberedTags("conformance-agree-", 3) });
      const listed = (await listAllTags(t, backup.BackupId)).tags;
      const described = (await t.describeBackup(backup.BackupId))?.TagList;
      expectSameTags("DescribeBackups TagList vs ListTags", described, listed);
    },
  },
  {
    id: "TAG-AGREE-002",
    level: "required",
    title: "ListTags and DescribeClusters report the same tags for a cluster",
    asserts:
      "After TagResource on a cluster, its TagList in DescribeClusters equals the tags ListTags returns for the cluster id; untagging removes the key from both.",
    citations: [C.tagOverwrite, C.untag],
    needs: ["billable"],
    async run(t) {
      const cluster = await t.clusters.activeCluster();
      const clusterId = expectDefined("ClusterId", cluster.ClusterId);
      const key = `conformance-${t.checkId.toLowerCase()}`;
      await t.client().tagResource({ ResourceId: clusterId, TagList: [{ Key: key, Value: "cluster" }] });
      t.cleanups.push(`untag ${clusterId}`, () =>
        t.client().untagResource({ ResourceId: clusterId, TagKeyList: [key] }),
      );
      const described = async () =>
        (await t.client().describeClusters({ Filters: { clusterIds: [clusterId] } })).Clusters?.[0]?.TagList;
      const listed = (await listAllTags(t, clusterId)).tags;
      expectTrue(
        "ListTags has the new tag",
        listed.some((tag) => tag.Key === key && tag.Value === "cluster"),
        listed,
      );
      expectSameTags("DescribeClusters TagList vs ListTags", await described(), listed);
      await t.client().untagResource({ ResourceId: clusterId, TagKeyList: [key] });
      const after = (await listAllTags(t, clusterId)).tags;
      expectTrue("the key is gone from ListTags", !after.some((tag) => tag.Key === key), after);
      expectSameTags("DescribeClusters TagList vs ListTags after untagging", await described(), after);
    },
  },
  {
    id: "TAG-PAGE-001",
    level: "required",
    title: "ListTags pages through every tag exactly once",
    asserts:
      "With 30 tags and MaxResults 7, every page has at most 7 tags, every tag appears exactly once, and only the last page lacks a NextToken.",
    citations: [C.listTagsPaginated, C.paginationEnd],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      await t.client().tagResource({ ResourceId: backup.BackupId, TagList: numberedTags("conformance-page-", 30) });
      const expected = (await listAllTags(t, backup.BackupId)).tags;
      const { tags: paged, pages } = await listAllTags(t, backup.BackupId, undefined, 7);
      expectTrue(
        "every page has at most 7 tags",
        pages.every((p) => p.count <= 7),
        pages,
      );
      expectTrue("there is more than one page", pages.length > 1, pages);
      expectTrue(
        "only the last page has no NextToken",
        pages.slice(0, -1).every((p) => p.hasToken),
        pages,
      );
      expectEqual("number of tags across pages", paged.length, expected.length);
      expectSameTags("tags across pages", paged, expected);
    },
  },
  {
    id: "TAG-NOTFOUND-001",
    level: "required",
    title: "ListTags, TagResource and UntagResource reject an unknown backup as not found",
    asserts: "Each of the three with a well-formed unknown backup id gives HTTP 400 CloudHsmResourceNotFoundException.",
    citations: [C.resourceNotFound400],
    needs: [],
    async run(t) {
      const names = ["CloudHsmResourceNotFoundException"];
      await expectServiceError("ListTags", () => t.client().listTags({ ResourceId: UNKNOWN_BACKUP_ID }), { names });
      await expectServiceError(
        "TagResource",
        () => t.client().tagResource({ ResourceId: UNKNOWN_BACKUP_ID, TagList: [{ Key: "k", Value: "v" }] }),
        { names },
      );
      await expectServiceError(
        "UntagResource",
        () => t.client().untagResource({ ResourceId: UNKNOWN_BACKUP_ID, TagKeyList: ["k"] }),
        { names },
      );
    },
  },
  {
    id: "TAG-VALUE-001",
    level: "required",
    title: "TagResource accepts an empty tag value",
    asserts:
      'A tag whose Value is "" (TagValue has a minimum length of 0) is accepted, and ListTags returns it with the empty value.',
    citations: [C.tagValueEmpty],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      await t.client().tagResource({ ResourceId: backup.BackupId, TagList: [{ Key: "conformance-empty", Value: "" }] });
      const found = (await listAllTags(t, backup.BackupId)).tags.filter((tag) => tag.Key === "conformance-empty");
      expectSameTags("the tag with an empty value", found, [{ Key: "conformance-empty", Value: "" }]);
    },
  },
  {
    id: "TAG-BOUNDS-001",
    level: "required",
    title: "TagResource accepts a 128-character key and a 256-character value",
    asserts: "A tag at the maximum key and value lengths is accepted and ListTags returns it unchanged.",
    citations: [C.tagKeyLength, C.tagValueEmpty],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      const tag = { Key: `k${"K".repeat(127)}`, Value: `v${"V".repeat(255)}` };
      await t.client().tagResource({ ResourceId: backup.BackupId, TagList: [tag] });
      const found = (await listAllTags(t, backup.BackupId)).tags.filter((x) => x.Key === tag.Key);
      expectSameTags("the tag at the maximum lengths", found, [tag]);
    },
  },
  {
    id: "TAG-UNICODE-001",
    level: "required",
    title: "TagResource accepts Unicode letters, numbers, spaces and _.:/=+-@ in keys and values",
    asserts:
      "A key and value made of non-ASCII letters and digits, a space and each of _ . : / = + - @ are accepted and returned unchanged.",
    citations: [C.tagPattern],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      const tag = { Key: "Schlüssel ключ 鍵 ٣ _.:/=+-@", Value: "Wert значение 値 ٤ _.:/=+-@" };
      await t.client().tagResource({ ResourceId: backup.BackupId, TagList: [tag] });
      const found = (await listAllTags(t, backup.BackupId)).tags.filter((x) => x.Key === tag.Key);
      expectSameTags("the Unicode tag", found, [tag]);
    },
  },
  {
    id: "TAG-UNTAG-002",
    level: "advisory",
    title: "UntagResource of a key the backup does not have succeeds and changes nothing",
    asserts: "Untagging a missing key returns HTTP 200 and leaves the tags as they were (UNDOC).",
    undocumented: "what UntagResource does with a key the resource does not have",
    citations: [C.untag],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      const before = (await listAllTags(t, backup.BackupId)).tags;
      await t.client().untagResource({ ResourceId: backup.BackupId, TagKeyList: ["conformance-absent"] });
      expectSameTags("tags after untagging a missing key", (await listAllTags(t, backup.BackupId)).tags, before);
    },
  },
  {
    id: "TAG-RESERVED-001",
    level: "advisory",
    title: "TagResource rejects a key with the reserved aws: prefix",
    asserts: "A tag key starting with aws: is rejected with HTTP 400 (UNDOC for CloudHSM; the general AWS rule).",
    undocumented: "whether CloudHSM applies the AWS-wide aws: prefix rule (its TagKey pattern admits the prefix)",
    citations: [C.reservedTagPrefix],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      await expectRejected(t, "TagResource with an aws: key", () =>
        t.client().tagResource({ ResourceId: backup.BackupId, TagList: [{ Key: "aws:conformance", Value: "x" }] }),
      );
    },
  },
  {
    id: "TAG-EMPTY-001",
    level: "required",
    title: "DescribeBackups lists an untagged backup with an empty TagList",
    asserts:
      'A backup without tags has "TagList": [] in DescribeBackups rather than no TagList, as the user guide example output of describe-backups shows.',
    citations: [C.describeExampleOutput, C.tagListPresentObserved],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      const keys = (await listAllTags(t, backup.BackupId)).tags.map((tag) => tag.Key);
      if (keys.length > 0) {
        await t.client().untagResource({ ResourceId: backup.BackupId, TagKeyList: keys });
      }
      const described = await t.describeBackup(backup.BackupId);
      expectTrue(
        "TagList is present and empty",
        Array.isArray(described?.TagList) && described.TagList.length === 0,
        described,
      );
    },
  },
];
