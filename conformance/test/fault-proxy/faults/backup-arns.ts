import type { FaultContext, Json, ReplyChange, ReplyView } from "../fault.js";
import { without } from "../wire-json.js";

/** The region, account and backup id of a backup ARN (`arn:<partition>:cloudhsm:<region>:<account>:backup/<id>`). */
export function parseBackupArn(value: unknown): { region: string; account: string; backupId: string } | undefined {
  const match = typeof value === "string" ? /^arn:[^:]+:cloudhsm:([^:]*):(\d{12}):backup\/(.+)$/.exec(value) : null;
  return match ? { region: match[1] as string, account: match[2] as string, backupId: match[3] as string } : undefined;
}

/**
 * Turns a refused CreateCluster from a backup ARN into a success: the request is made again without the source, and
 * the reply claims the source anyway (the other account gets a cluster as if the backup were shared with it).
 */
export async function madeWithoutSource(
  reply: ReplyView,
  input: Json | undefined,
  context: FaultContext,
): Promise<ReplyChange | undefined> {
  const arn = parseBackupArn(input?.SourceBackupId);
  if (!arn || !input || reply.status < 400 || reply.status >= 500) {
    return undefined;
  }
  const made = await context.call("CreateCluster", without(input, "SourceBackupId"));
  const cluster = made.output?.Cluster as Json | undefined;
  return made.status === 200 && cluster
    ? { status: 200, output: { Cluster: { ...cluster, SourceBackupId: arn.backupId } } }
    : undefined;
}

/** The account ids a resource policy's statements name as principals (`arn:aws:iam::<id>:root` or a bare id). */
export function principalAccounts(policy: unknown): Set<string> {
  const accounts = new Set<string>();
  let document: { Statement?: unknown } | undefined;
  try {
    document = typeof policy === "string" ? (JSON.parse(policy) as { Statement?: unknown }) : undefined;
  } catch {
    return accounts;
  }
  const statements = Array.isArray(document?.Statement) ? document.Statement : [document?.Statement];
  for (const statement of statements as { Principal?: { AWS?: unknown } }[]) {
    const aws = statement?.Principal?.AWS;
    for (const principal of Array.isArray(aws) ? aws : [aws]) {
      const id = typeof principal === "string" ? /(?:^|::)(\d{12})(?::|$)/.exec(principal)?.[1] : undefined;
      if (id) {
        accounts.add(id);
      }
    }
  }
  return accounts;
}
