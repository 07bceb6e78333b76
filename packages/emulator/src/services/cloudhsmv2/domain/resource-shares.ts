import type { Backup } from "../store/records.js";
import type { DomainContext } from "./context.js";
import { invalid, notFound } from "./errors.js";
import { grants } from "./policies.js";

/**
 * The RAM side of backup sharing, which the emulator does not serve as an API. PutResourcePolicy makes a share that
 * only its owner sees (RAM API_PromoteResourceShareCreatedFromPolicy: "When you attach a resource-based policy to a
 * resource, RAM automatically creates a resource share of featureSet=CREATED_FROM_POLICY … visible to only the
 * resource share owner"); promoting it makes it a standard share "visible to all of the principals you shared it
 * with". API_PutResourcePolicy: "If you use PutResourcePolicy and want consumers to be able to describe the backups
 * you share with them, you must promote the backup to a standard RAM Resource Share using the RAM
 * PromoteResourceShareCreatedFromPolicy API operation." The control API's `resource-shares/promote` stands in for
 * that call.
 */

/**
 * Promotes the share of one of the caller's backups (`ctx` is the owner's namespace). Promoting a promoted share
 * again changes nothing. A backup without a policy has no share to promote.
 */
export function promoteResourceShare(ctx: DomainContext, backupId: string): { ResourceArn: string; Promoted: true } {
  const r = ctx.store.region(ctx.account, ctx.region);
  const backup = r.backups.get(backupId);
  if (!backup) {
    throw notFound("Backup", backupId);
  }
  if (!r.policies.has(backupId)) {
    throw invalid(
      `Backup ${backupId} has no resource policy, so there is no resource share to promote: call PutResourcePolicy first.`,
    );
  }
  r.promotedShares.add(backupId);
  return { ResourceArn: backup.BackupArn, Promoted: true };
}

/**
 * What DescribeBackups `Shared: true` lists (AWS's model, DescribeBackupsRequest `Shared`: "By default when using this option, the
 * command returns backups that have been shared using a standard Resource Access Manager resource share. In order
 * for a backup that was shared using the PutResourcePolicy command to be returned, the share must be promoted"):
 * backups in the caller's region, owned by other accounts, whose promoted share names the caller.
 */
export function sharedWith(ctx: DomainContext): Backup[] {
  const out: Backup[] = [];
  for (const r of ctx.store.all()) {
    if (r.region !== ctx.region || r.account === ctx.account) {
      continue;
    }
    for (const id of r.promotedShares) {
      const b = r.backups.get(id);
      if (b && grants(r.policies.get(id), ctx.account)) {
        out.push(b);
      }
    }
  }
  return out;
}
