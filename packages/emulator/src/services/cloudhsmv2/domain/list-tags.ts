import { encodeToken, fingerprint } from "../../../core/pagination.js";
import type { Tag } from "../store/records.js";
import type { DomainContext } from "./context.js";
import { LISTING_CHOICES } from "./listing-choices.js";
import { isTagPosition, readToken } from "./page-tokens.js";
import { taggable } from "./tags.js";

/**
 * ListTags (API_ListTags): the resource's TagList, paged (MaxResults 1–100). The token holds the last key returned,
 * so tags added or removed between pages neither repeat nor skip the others.
 */
export function listTags(
  ctx: DomainContext,
  input: { ResourceId: string; MaxResults?: number; NextToken?: string },
): { TagList: Tag[]; NextToken?: string } {
  const tags = taggable(ctx, input.ResourceId).TagList;
  const fp = fingerprint({ resource: input.ResourceId });
  let start = 0;
  if (input.NextToken !== undefined && input.NextToken !== "") {
    const after = readToken(input.NextToken, "tags", fp, isTagPosition);
    const at = tags.findIndex((t) => t.Key === after.k);
    // If the last key was removed meanwhile, resume at the position it had.
    start = at >= 0 ? at + 1 : Math.min(after.n, tags.length);
  }
  const limit = input.MaxResults ?? LISTING_CHOICES.defaultTagsPageSize;
  const page = tags.slice(start, start + limit).map((t) => ({ ...t }));
  const last = page[page.length - 1];
  return start + limit < tags.length && last
    ? { TagList: page, NextToken: encodeToken("tags", fp, { k: last.Key, n: start + page.length }) }
    : { TagList: page };
}
