import type { BackupOutputs } from "@cloudhsm-kit/spec";
import { parseVaultArn } from "./arns.js";
import { type BackupContext, here } from "./context.js";
import { notFound } from "./errors.js";

/**
 * The namespace of a taggable resource of the caller: a backup vault (by its ARN), a recovery point of the caller's
 * account and Region, or a backup plan; anything else → ResourceNotFoundException (UNDOC: the message).
 */
function taggable(ctx: BackupContext, arn: string) {
  const vault = parseVaultArn(arn);
  const store = vault ? ctx.store.peek(vault.account, vault.region) : here(ctx);
  const exists = vault
    ? store?.vaults.get(vault.name)?.BackupVaultArn === arn
    : store?.recoveryPoints.has(arn) || [...(store?.plans.values() ?? [])].some((p) => p.BackupPlanArn === arn);
  if (!store || !exists) {
    throw notFound(`The resource ${arn} does not exist.`);
  }
  return store;
}

export function tagResource(ctx: BackupContext, arn: string, tags: Record<string, string>): void {
  const store = taggable(ctx, arn);
  store.tags.set(arn, { ...store.tags.get(arn), ...tags });
}

export function untagResource(ctx: BackupContext, arn: string, keys: readonly string[]): void {
  const store = taggable(ctx, arn);
  const tags = { ...store.tags.get(arn) };
  for (const key of keys) {
    delete tags[key];
  }
  store.tags.set(arn, tags);
}

/** ListTags: every tag in one page (UNDOC: AWS's page size for tags is unrecorded). */
export const listTags = (ctx: BackupContext, arn: string): BackupOutputs["ListTags"] => ({
  Tags: { ...taggable(ctx, arn).tags.get(arn) },
});
