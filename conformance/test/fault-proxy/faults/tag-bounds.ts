import { defineFault, type Fault } from "../fault.js";
import { errorReply } from "../wire-json.js";

type Tag = { Key?: unknown; Value?: unknown };

/** A fault that refuses, as invalid input, any TagList holding a tag that `tooStrict` wrongly finds invalid. */
function refusingTags(name: string, breaks: string, tooStrict: (key: string, value: string) => boolean): Fault {
  return defineFault({
    name,
    level: "required",
    breaks,
    source: "cloudhsmv2-api.md §5(d) (TagKey 1–128, TagValue 0–256, pattern ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$)",
    groups: ["tags"],
    operations: ["TagResource", "CopyBackupToRegion", "CreateCluster"],
    create: () => ({
      request: ({ input }) => {
        const tags: Tag[] = Array.isArray(input?.TagList) ? input.TagList : [];
        const refused = tags.some((t) => tooStrict(String(t.Key ?? ""), String(t.Value ?? "")));
        return refused
          ? { answer: errorReply("ValidationException", "A tag does not satisfy its constraints.") }
          : undefined;
      },
    }),
  });
}

export const emptyTagValueRefused = refusingTags(
  "empty-tag-value-refused",
  "A tag value may be empty (TagValue has a minimum length of 0).",
  (_key, value) => value === "",
);

export const unicodeTagsRefused = refusingTags(
  "unicode-tags-refused",
  "Tag keys and values may hold Unicode letters, numbers and spaces, and _ . : / = + - @.",
  (key, value) => /[^\x20-\x7e]/.test(key + value),
);

export const tagLengthBoundsExclusive = refusingTags(
  "tag-length-bounds-exclusive",
  "A tag key may be 128 characters long and a tag value 256.",
  (key, value) => key.length >= 128 || value.length >= 256,
);

export const tagResourceIgnored = defineFault({
  name: "tag-resource-ignored",
  level: "required",
  breaks: "TagResource adds the given tags to the resource.",
  source: "cloudhsmv2-api.md §5(d); API_TagResource",
  groups: ["tags"],
  operations: ["TagResource"],
  create: () => ({ request: () => ({ answer: { status: 200, output: {} } }) }),
});
