import type { Tag } from "../store/records.js";
import type { DomainContext } from "./context.js";
import { notFound } from "./errors.js";
import { TAG_CHOICES } from "./tag-choices.js";
import { UNDOC_ERRORS } from "./undocumented-errors.js";

/**
 * Tags on clusters and backups (cloudhsmv2-api.md §5(d)): TagResource "adds or overwrites", UntagResource removes
 * keys, at most 50 per resource. Tags live in the resource's own `TagList`, so ListTags and Describe* agree.
 */

/** Refuses reserved keys (TAG_CHOICES.reservedTagPrefix). */
export function checkTagKeys(keys: Iterable<string>): void {
  for (const key of keys) {
    if (key.toLowerCase().startsWith(TAG_CHOICES.reservedTagPrefix)) {
      throw UNDOC_ERRORS.reservedTag(`Tag key '${key}' uses the reserved prefix '${TAG_CHOICES.reservedTagPrefix}'.`);
    }
  }
}

/** A TagList given in one request, duplicates collapsed (last value wins, UNDOC; observed §4 "Emulator"). */
export function normaliseTagList(tags: readonly Tag[]): Tag[] {
  checkTagKeys(tags.map((t) => t.Key));
  const merged = mergeTags([], tags);
  if (merged.length > TAG_CHOICES.maxTagsPerResource) {
    throw UNDOC_ERRORS.tagLimit(
      `A resource can have at most ${TAG_CHOICES.maxTagsPerResource} tags; the request has ${merged.length}.`,
    );
  }
  return merged;
}

/** Adds or overwrites: an existing key keeps its position and takes the new value. */
export function mergeTags(existing: readonly Tag[], added: readonly Tag[]): Tag[] {
  const out = existing.map((t) => ({ Key: t.Key, Value: t.Value }));
  for (const t of added) {
    const at = out.findIndex((o) => o.Key === t.Key);
    if (at >= 0) {
      (out[at] as Tag).Value = t.Value;
    } else {
      out.push({ Key: t.Key, Value: t.Value });
    }
  }
  return out;
}

/** A cluster or backup of the caller, by `ResourceId`: its TagList, and how to give it another. */
export function taggable(
  ctx: DomainContext,
  resourceId: string,
): { TagList: readonly Tag[]; setTags(tags: Tag[]): void } {
  const r = ctx.store.region(ctx.account, ctx.region);
  if (resourceId.startsWith("backup-")) {
    const backup = r.backups.get(resourceId);
    if (!backup) {
      throw notFound("Backup", resourceId);
    }
    // A stored backup is sealed: the backup with its new tags takes its place.
    return { TagList: backup.TagList, setTags: (TagList) => r.backups.replace({ ...backup, TagList }) };
  }
  const cluster = r.clusters.get(resourceId);
  if (!cluster) {
    throw notFound("Cluster", resourceId);
  }
  return {
    TagList: cluster.TagList,
    setTags: (TagList) => {
      cluster.TagList = TagList;
    },
  };
}

export function tagResource(ctx: DomainContext, resourceId: string, tags: readonly Tag[]): void {
  const resource = taggable(ctx, resourceId);
  checkTagKeys(tags.map((t) => t.Key));
  const merged = mergeTags(resource.TagList, tags);
  if (merged.length > TAG_CHOICES.maxTagsPerResource) {
    // observed §4: the per-resource cap is signalled by CloudHsmResourceLimitExceededException (TagResource only).
    throw UNDOC_ERRORS.tagLimit(
      `Resource ${resourceId} would have ${merged.length} tags; the limit is ${TAG_CHOICES.maxTagsPerResource}.`,
    );
  }
  resource.setTags(merged);
}

/** Removes the keys; a key that is not there is ignored (UNDOC, observed §4 "Emulator"). */
export function untagResource(ctx: DomainContext, resourceId: string, keys: readonly string[]): void {
  const resource = taggable(ctx, resourceId);
  const drop = new Set(keys);
  resource.setTags(resource.TagList.filter((t) => !drop.has(t.Key)));
}
