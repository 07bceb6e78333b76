import { isArnMember } from "./members.js";
import type { Difference } from "./order.js";
import { parsePlaceholder, placeholderKey, placeholdersIn, templateOf } from "./placeholders.js";

/** Two strings at the same place in a recording and in a reply. */
export interface StringPair {
  rec: string;
  act: string;
  where: string;
  member: string;
}

const KIND_NAMES: Record<string, string> = {
  "backup-id": "a backup id",
  "cluster-id": "a cluster id",
  "hsm-id": "an HSM id",
  account: "an account id",
  region: "a region",
  "eni-id": "an ENI id",
  "subnet-id": "a subnet id",
  "sg-id": "a security group id",
  "vpc-id": "a VPC id",
  ip: "an IP address",
  certificate: "a PEM certificate",
  token: "a token",
  "request-id": "a request id",
};

/**
 * Checks that the reply keeps the recording's relationships: wherever the recording has one reference (the same
 * `<backup-id:1>` in BackupId, in BackupArn and in the request), the reply has one reference too, and different
 * references stay different. The numbers themselves need not match, only the one-to-one correspondence. A string
 * that is one placeholder in the recording must be a placeholder of the same kind in the reply; an ARN must have
 * the recording's form; other strings are paired only when they have the same form (two messages worded alike).
 */
export function referenceProblems(pairs: readonly StringPair[]): Difference[] {
  const problems: Difference[] = [];
  const forward = new Map<string, { to: string; where: string }>();
  const backward = new Map<string, { to: string; where: string }>();
  const bind = (rec: string, act: string, where: string) => {
    const seen = forward.get(rec);
    const seenBack = backward.get(act);
    if (seen && seen.to !== act) {
      problems.push({
        where,
        problem: `is <${act}>, but where the recording has the same <${rec}> (${seen.where}) the reply has <${seen.to}>`,
      });
    } else if (seenBack && seenBack.to !== rec) {
      problems.push({
        where,
        problem: `is <${act}>, which the reply also has at ${seenBack.where}, where the recording has another value`,
      });
    } else {
      forward.set(rec, { to: act, where });
      backward.set(act, { to: rec, where });
    }
  };
  for (const { rec, act, where, member } of pairs) {
    const whole = parsePlaceholder(rec);
    if (whole && whole.kind !== "timestamp") {
      const got = parsePlaceholder(act);
      if (got?.kind !== whole.kind) {
        problems.push({ where, problem: `is ${JSON.stringify(act)}, not ${KIND_NAMES[whole.kind] ?? whole.kind}` });
      } else {
        bind(placeholderKey(whole), placeholderKey(got), where);
      }
      continue;
    }
    const sameForm = templateOf(rec) === templateOf(act);
    if (!sameForm && isArnMember(member)) {
      problems.push({ where, problem: `has the form ${templateOf(act)}; the recording has ${templateOf(rec)}` });
    }
    if (sameForm) {
      const recs = placeholdersIn(rec);
      const acts = placeholdersIn(act);
      recs.forEach((p, i) => {
        const q = acts[i];
        if (q && p.kind !== "timestamp") {
          bind(placeholderKey(p), placeholderKey(q), where);
        }
      });
    }
  }
  return problems;
}
