/**
 * Choices the emulator makes where AWS's behaviour is undocumented (cloudhsmv2-api.md §7 "UNDOC",
 * observed-aws-behaviour.md "NONE"/"low"): Resource policies and sharing. Kept beside the code they steer; the package
 * README lists each as `UNDOC.<name>` under "Undocumented behaviour".
 */
export const POLICY_CHOICES = {
  /** Resource types PutResourcePolicy accepts (the docs describe backups only). */
  policyResourceTypes: ["backup"] as readonly string[],
  /** PutResourcePolicy on a backup whose share was promoted: the new policy's share starts unpromoted, so
   * DescribeBackups `Shared` stops listing the backup until it is promoted again. RAM makes a CREATED_FROM_POLICY
   * share "when you attach a resource-based policy" (API_PromoteResourceShareCreatedFromPolicy), and a replaced policy
   * may name other accounts than the promoted one did: no account is listed without a promotion of the policy that
   * names it. true: a replaced policy keeps the promotion. */
  replacedPolicyStaysPromoted: false,
  /** What DeleteResourcePolicy answers as `Policy` when there was none (GetResourcePolicy's observed "{}"). */
  emptyPolicy: "{}",
} as const;

/*
 * Also undocumented: sharing (src/services/cloudhsmv2/domain/policies.ts `principalsOf`): a policy shares a backup with
 * the accounts named in its Allow statements' `Principal.AWS` (an ARN or 12 digits; "*" for everyone). Actions are not
 * evaluated: any such policy lets those accounts create clusters from the backup by ARN. DescribeBackups `Shared` lists
 * it for them only once the policy's share is promoted (control API `resource-shares/promote`, standing in for RAM;
 * src/services/cloudhsmv2/domain/resource-shares.ts).
 */
