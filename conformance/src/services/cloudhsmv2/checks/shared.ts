import type { InputOf } from "@cloudhsm-kit/spec";
import { CheckFailed, skip } from "../../../harness/failure.js";
import { describeAllBackups } from "../../../harness/pages.js";
import { partitionOf } from "../../../harness/regions.js";
import { attempt, type ObservedError } from "../../../harness/service-error.js";
import type { Backup, CloudHsmContext } from "../context.js";

/** Names accepted for a model-constraint violation (UNDOC which one AWS uses; cloudhsmv2-api.md §5(f)). */
export const VALIDATION_NAMES = ["CloudHsmInvalidRequestException", "ValidationException"] as const;

/** Names accepted for a refused copy (observed-aws-behaviour.md §2). */
export const COPY_REFUSAL_NAMES = [
  "CloudHsmInvalidRequestException",
  "CloudHsmResourceNotFoundException",
  "CloudHsmAccessDeniedException",
  "ValidationException",
] as const;

/** A well-formed id no target will have issued (the alphabet is [2-7a-zA-Z]). */
export const UNKNOWN_BACKUP_ID = "backup-zzzzzzzzzz2";
export const UNKNOWN_CLUSTER_ID = "cluster-zzzzzzzzzz2";

export type Refusal = { sync: true; error: ObservedError } | { sync: false; copy: Backup };

/**
 * Asks for a copy the documents say cannot happen and reports how it was refused: synchronously (a 4xx with one of
 * the accepted names) or asynchronously (accepted, and the copy in the destination ends DELETED — the documented
 * failure path). Fails when the copy becomes READY or the call is answered otherwise.
 */
export async function expectCopyRefused(
  t: CloudHsmContext,
  backupId: string,
  from: string,
  to: string,
): Promise<Refusal> {
  // The destination may be no region at all (zz-east-1): then nothing can be listed there before the copy.
  const before = await t.copyIds(backupId, to).catch(() => new Set<string>());
  const result = await attempt(() =>
    t.client(from).copyBackupToRegion({ BackupId: backupId, DestinationRegion: to, TagList: [t.runTag] }),
  );
  if (!result.ok) {
    const { name, status } = result.error;
    if (status !== 400 || !(COPY_REFUSAL_NAMES as readonly string[]).includes(name)) {
      throw new CheckFailed(`the copy ${from} → ${to} was refused with HTTP ${status} ${name}, not a 400 client error`);
    }
    return { sync: true, error: result.error };
  }
  if (!canInspect(t, to)) {
    skip(`the copy ${from} → ${to} was accepted; seeing whether it fails needs access to ${to}`);
  }
  const copy = await t.findCopy(backupId, to, before);
  const settled = await t.copies.settleCopy(copy.BackupId, to, "READY", "DELETED");
  if (settled.BackupState !== "DELETED") {
    await t.copies.deleteIfReady(copy.BackupId, to);
    throw new CheckFailed(`the copy ${from} → ${to} was made: ${copy.BackupId} became ${settled.BackupState}`);
  }
  return { sync: false, copy: settled };
}

/** The call must be rejected with HTTP 400; the error name (UNDOC where this is used) is noted for the report. */
export async function expectRejected(
  t: CloudHsmContext,
  what: string,
  call: () => Promise<unknown>,
): Promise<ObservedError> {
  const result = await attempt(call);
  if (result.ok) {
    throw new CheckFailed(`${what}: expected a rejection with HTTP 400, but the call succeeded`);
  }
  if (result.error.status !== 400) {
    throw new CheckFailed(`${what}: expected HTTP 400, got HTTP ${result.error.status ?? "?"} ${result.error.name}`);
  }
  t.note(`${what}: rejected with ${result.error.name}`);
  return result.error;
}

/** Whether the suite can list backups in `region`: an emulator serves every region; AWS needs the partition's account. */
function canInspect(t: CloudHsmContext, region: string): boolean {
  const partition = partitionOf(region);
  return (
    t.target.endpoint !== undefined ||
    partition === "aws" ||
    (partition === "aws-us-gov" && t.target.capabilities.has("govcloud-regions")) ||
    (partition === "aws-cn" && t.target.capabilities.has("china-region"))
  );
}

/** Lists every backup DescribeBackups returns for `input` in `region`, page by page, with the pages. */
export function allPages(t: CloudHsmContext, input: InputOf<"DescribeBackups">, region?: string) {
  return describeAllBackups(t.client(region), input);
}
