import { expectSameTags } from "../../../harness/assert.js";
import { expectServiceError } from "../../../harness/service-error.js";
import { C } from "../citations.js";
import type { Check, CloudHsmContext } from "../context.js";
import { VALIDATION_NAMES } from "../fixtures/refusals.js";
import { listAllTags, numberedTags } from "../fixtures/tag-lists.js";

/** A source backup with the run tag and one more tag of its own. */
async function taggedSource(t: CloudHsmContext) {
  const sourceTags = [t.runTag, { Key: "conformance-source", Value: "yes" }];
  const source = await t.fixtures.disposableBackup(t.regions.primary, sourceTags);
  return { source, sourceTags: [...(source.TagList ?? [])] };
}

/** What CopyBackupToRegion does with tags: the copy's TagList, the source's tags (the "tags" group). */
export const copyTagChecks: readonly Check[] = [
  {
    id: "COPY-TAGS-001",
    level: "required",
    title: "CopyBackupToRegion with a TagList gives the copy exactly those tags",
    asserts:
      "The copy carries only the TagList sent (ListTags and DescribeBackups); none of the source backup's tags are merged in.",
    citations: [C.copyTagsGiven],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const { source } = await taggedSource(t);
      const given = [t.runTag, { Key: "conformance-copy", Value: "given" }];
      const to = t.region("second");
      const { copy } = await t.copies.copy(source.BackupId, t.regions.primary, to, { tags: given });
      expectSameTags("TagList of the copy (DescribeBackups)", copy.TagList, given);
      expectSameTags("tags of the copy (ListTags)", (await listAllTags(t, copy.BackupId, to)).tags, given);
    },
  },
  {
    id: "COPY-TAGS-002",
    level: "required",
    title: "CopyBackupToRegion without a TagList copies the source backup's tags",
    asserts: "With TagList omitted, the copy's tags (ListTags and DescribeBackups) equal the source backup's tags.",
    citations: [C.copyTagsOmitted],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const { source, sourceTags } = await taggedSource(t);
      const to = t.region("second");
      const { copy } = await t.copies.copy(source.BackupId, t.regions.primary, to, { tags: "omit" });
      expectSameTags("TagList of the copy (DescribeBackups)", copy.TagList, sourceTags);
      expectSameTags("tags of the copy (ListTags)", (await listAllTags(t, copy.BackupId, to)).tags, sourceTags);
    },
  },
  {
    id: "COPY-TAGS-003",
    level: "required",
    title: "CopyBackupToRegion with a TagList leaves the source backup's tags unchanged",
    asserts: "After a copy with a TagList, ListTags on the source backup returns the same tags as before.",
    citations: [C.copyTagsGiven],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const { source, sourceTags } = await taggedSource(t);
      await t.copies.copy(source.BackupId, t.regions.primary, t.region("second"), {
        tags: [t.runTag, { Key: "conformance-copy", Value: "given" }],
      });
      expectSameTags("tags of the source after the copy", (await listAllTags(t, source.BackupId)).tags, sourceTags);
    },
  },
  {
    id: "COPY-TAGS-004",
    level: "required",
    title: "CopyBackupToRegion rejects an empty TagList",
    asserts: "TagList: [] breaks the list minimum of 1 and is rejected with HTTP 400 and a validation error name.",
    citations: [C.tagListMax],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const source = await t.fixtures.readyBackup();
      await expectServiceError(
        "CopyBackupToRegion with TagList []",
        () =>
          t
            .client()
            .copyBackupToRegion({ BackupId: source.BackupId, DestinationRegion: t.region("second"), TagList: [] }),
        { names: VALIDATION_NAMES },
      );
    },
  },
  {
    id: "COPY-TAGS-005",
    level: "required",
    title: "CopyBackupToRegion with a TagList leaves later tag changes on the source out of the copy",
    asserts:
      "Tags added to the source after the copy was made do not appear on the copy (the copy's tags are its own resource).",
    citations: [C.copyTagsGiven, C.backupTagList],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const { source } = await taggedSource(t);
      const to = t.region("second");
      const given = [t.runTag];
      const { copy } = await t.copies.copy(source.BackupId, t.regions.primary, to, { tags: given });
      await t
        .client()
        .tagResource({ ResourceId: source.BackupId, TagList: [{ Key: "conformance-later", Value: "x" }] });
      expectSameTags("tags of the copy", (await listAllTags(t, copy.BackupId, to)).tags, given);
    },
  },
  {
    id: "COPY-TAGS-006",
    level: "required",
    title: "CopyBackupToRegion with a TagList of 50 tags gives the copy all 50",
    asserts: "A TagList at its maximum of 50 items is accepted and ListTags on the copy returns exactly those 50 tags.",
    citations: [C.tagListMax, C.copyTagsGiven],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const source = await t.fixtures.readyBackup();
      const to = t.region("second");
      const given = [t.runTag, ...numberedTags("conformance-copy-", 49)];
      const { copy } = await t.copies.copy(source.BackupId, t.regions.primary, to, { tags: given });
      expectSameTags("tags of the copy (ListTags)", (await listAllTags(t, copy.BackupId, to)).tags, given);
    },
  },
];
