import type { Backup } from "../store/records.js";
import { dropPolicy } from "../store/region-store.js";
import { type ParsedArn, parseArn } from "./arn.js";
import type { DomainContext } from "./context.js";
import { invalid, notFound } from "./errors.js";
import { POLICY_CHOICES } from "./policy-choices.js";
import { UNDOC_ERRORS, UNDOC_MESSAGES } from "./undocumented-errors.js";

/**
 * Resource policies on backups (API_PutResourcePolicy: "In order to share a backup, it must be in a 'READY' state
 * and you must own it"; sharing.html). Which accounts a policy shares with: see the sharing note in policy-choices.ts.
 * A policy lets those accounts create clusters from the backup by ARN; listing it for them under DescribeBackups
 * `Shared` needs the policy's share promoted as well (resource-shares.ts).
 */

/** The caller's own backup named by a CloudHsmArn. */
function ownBackup(ctx: DomainContext, resourceArn: string | undefined): { arn: ParsedArn; backup: Backup } {
  if (resourceArn === undefined) {
    // The model makes ResourceArn optional (cloudhsmv2-api.md §2.1); without it there is nothing to act on.
    throw invalid("ResourceArn is required.");
  }
  const arn = parseArn(resourceArn);
  if (!arn) {
    throw invalid(`ResourceArn '${resourceArn}' is not a CloudHSM ARN.`);
  }
  if (!POLICY_CHOICES.policyResourceTypes.includes(arn.resourceType)) {
    throw UNDOC_ERRORS.refused(
      `Resource policies are supported on backups only, not on ${arn.resourceType} resources.`,
    );
  }
  if (arn.account !== ctx.account) {
    throw UNDOC_ERRORS.notOwner(
      `Backup ${arn.resourceId} belongs to account ${arn.account}; you can only manage policies of backups you own.`,
    );
  }
  const backup =
    arn.region === ctx.region ? ctx.store.region(ctx.account, ctx.region).backups.get(arn.resourceId) : undefined;
  if (!backup) {
    throw notFound("Backup", resourceArn);
  }
  return { arn, backup };
}

export function putResourcePolicy(ctx: DomainContext, resourceArn: string | undefined, policy: string | undefined) {
  const { backup } = ownBackup(ctx, resourceArn);
  if (policy === undefined) {
    throw invalid("Policy is required.");
  }
  if (backup.BackupState !== "READY") {
    throw UNDOC_ERRORS.refused(UNDOC_MESSAGES.wrongBackupState(backup.BackupId, backup.BackupState, "READY"));
  }
  principalsOf(policy); // validates
  const r = ctx.store.region(ctx.account, ctx.region);
  r.policies.set(backup.BackupId, policy);
  if (!POLICY_CHOICES.replacedPolicyStaysPromoted) {
    r.promotedShares.delete(backup.BackupId);
  }
  return { ResourceArn: backup.BackupArn, Policy: policy };
}

/** A backup without a policy answers `"{}"` (observed §9, cloud-custodian GetResourcePolicy recording). */
export function getResourcePolicy(ctx: DomainContext, resourceArn: string | undefined) {
  const { backup } = ownBackup(ctx, resourceArn);
  return { Policy: ctx.store.region(ctx.account, ctx.region).policies.get(backup.BackupId) ?? "{}" };
}

/**
 * API_DeleteResourcePolicy: "Deleting a resource policy will result in the resource being unshared and removed from
 * any RAM resource shares. Deleting the resource policy attached to a backup will not impact any clusters created
 * from that backup." So the promotion goes with the policy, and clusters keep their `SourceBackupId`.
 */
export function deleteResourcePolicy(ctx: DomainContext, resourceArn: string | undefined) {
  const { backup } = ownBackup(ctx, resourceArn);
  const r = ctx.store.region(ctx.account, ctx.region);
  const policy = r.policies.get(backup.BackupId) ?? POLICY_CHOICES.emptyPolicy;
  dropPolicy(r, backup.BackupId);
  return { ResourceArn: backup.BackupArn, Policy: policy };
}

/** Accounts a policy document shares with; "*" for everyone. Refuses text that is not an IAM-style policy. */
export function principalsOf(policy: string): Set<string> {
  let doc: unknown;
  try {
    doc = JSON.parse(policy);
  } catch {
    throw invalid("Policy is not valid JSON.");
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) {
    throw invalid("Policy must be a JSON object.");
  }
  const statements = (doc as { Statement?: unknown }).Statement;
  const list = Array.isArray(statements) ? statements : statements === undefined ? [] : [statements];
  const out = new Set<string>();
  for (const s of list) {
    if (!s || typeof s !== "object") {
      throw invalid("Policy statements must be objects.");
    }
    const { Effect, Principal } = s as { Effect?: unknown; Principal?: unknown };
    if (Effect !== "Allow") {
      continue;
    }
    const aws = Principal === "*" ? "*" : (Principal as { AWS?: unknown } | undefined)?.AWS;
    for (const p of Array.isArray(aws) ? aws : [aws]) {
      if (p === "*") {
        out.add("*");
      } else if (typeof p === "string") {
        const m = /^(\d{12})$|^arn:aws[a-z-]*:iam::(\d{12}):/.exec(p);
        if (m) {
          out.add((m[1] ?? m[2]) as string);
        }
      }
    }
  }
  return out;
}

/** Whether a policy shares with an account. */
export function grants(policy: string | undefined, account: string): boolean {
  if (!policy) {
    return false;
  }
  const who = principalsOf(policy);
  return who.has("*") || who.has(account);
}

/**
 * The backup a CreateCluster `SourceBackupId` names: a bare ID (the caller's own) or an ARN, which may name another
 * account's backup shared with the caller (API_CreateCluster "Cross-account use: Yes"). A backup that exists but is
 * not shared answers as not found, so existence does not leak (UNDOC).
 */
export function resolveSourceBackup(ctx: DomainContext, sourceBackupId: string): Backup {
  if (!sourceBackupId.startsWith("arn:")) {
    const b = ctx.store.region(ctx.account, ctx.region).backups.get(sourceBackupId);
    if (!b) {
      throw notFound("Backup", sourceBackupId);
    }
    return b;
  }
  const arn = parseArn(sourceBackupId);
  if (arn?.resourceType !== "backup") {
    throw invalid(`SourceBackupId '${sourceBackupId}' is not a backup ARN.`);
  }
  if (arn.region !== ctx.region) {
    throw invalid(
      `Backup ${arn.resourceId} is in ${arn.region}; a cluster can only be created from a backup in its own region.`,
    );
  }
  const owner = ctx.store.peek(arn.account, arn.region);
  const b = owner?.backups.get(arn.resourceId);
  if (!owner || !b) {
    throw notFound("Backup", sourceBackupId);
  }
  if (arn.account !== ctx.account && !grants(owner.policies.get(b.BackupId), ctx.account)) {
    throw UNDOC_ERRORS.hiddenBackup(sourceBackupId);
  }
  return b;
}
