import { describe, expect, it } from "vitest";
import { CloudHsmInvalidRequestException, CloudHsmResourceLimitExceededException } from "./errors.js";
import { mergeTags, normaliseTagList } from "./tags.js";

describe("tags", () => {
  it("adds new keys and overwrites existing ones in place", () => {
    expect(
      mergeTags(
        [
          { Key: "a", Value: "1" },
          { Key: "b", Value: "2" },
        ],
        [
          { Key: "b", Value: "3" },
          { Key: "c", Value: "4" },
        ],
      ),
    ).toEqual([
      { Key: "a", Value: "1" },
      { Key: "b", Value: "3" },
      { Key: "c", Value: "4" },
    ]);
  });

  it("collapses duplicate keys in one request, last value winning", () => {
    expect(
      normaliseTagList([
        { Key: "k", Value: "1" },
        { Key: "k", Value: "2" },
      ]),
    ).toEqual([{ Key: "k", Value: "2" }]);
  });

  it("refuses the reserved aws: prefix", () => {
    expect(() => normaliseTagList([{ Key: "aws:x", Value: "" }])).toThrow(CloudHsmInvalidRequestException);
  });

  it("caps a resource at 50 tags", () => {
    const fifty = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: "" }));
    expect(normaliseTagList(fifty)).toHaveLength(50);
    expect(() => normaliseTagList([...fifty, { Key: "one-more", Value: "" }])).toThrow(
      CloudHsmResourceLimitExceededException,
    );
  });
});
