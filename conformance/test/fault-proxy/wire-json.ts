import type { Json, ReplyInit } from "./fault.js";

/** Parses a body as a JSON object; undefined for an empty body, invalid JSON or a non-object. */
export function parseObject(text: string): Json | undefined {
  if (text.trim() === "") {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
}

/** An AWS JSON 1.1 error reply, shaped as the reference emulator and AWS shape theirs. */
export function errorReply(type: string, message: string, status = 400): ReplyInit {
  return {
    status,
    output: { __type: type, Message: message },
    headers: { "content-type": "application/x-amz-json-1.1" },
  };
}

/** A 200 reply with a JSON body. */
export function okReply(output: Json): ReplyInit {
  return { status: 200, output, headers: { "content-type": "application/x-amz-json-1.1" } };
}

/** The region of the SigV4 credential scope: `Credential=<key>/<date>/<region>/<service>/aws4_request`. */
export function regionOfAuthorization(authorization: string | null): string | undefined {
  const match = /Credential=[^/,\s]+\/\d{8}\/([^/,\s]+)\//.exec(authorization ?? "");
  return match?.[1];
}

/** The caller's account when its access key id is an account id (the reference emulator's rule), else undefined. */
export function callerAccount(authorization: string | null): string | undefined {
  return /Credential=(\d{12})\//.exec(authorization ?? "")?.[1];
}

export type Backup = Json & { BackupId?: string; BackupState?: string; SourceBackup?: string };

/** A copy made by CopyBackupToRegion carries its source's id (Backup doc, cloudhsmv2-api.md §3.1). */
export function isCopy(backup: Backup): boolean {
  return typeof backup.SourceBackup === "string" && backup.SourceBackup !== "";
}

/**
 * Applies `edit` to every backup in a reply (`Backups` of DescribeBackups, `Backup` of the single-backup
 * operations). `edit` returns a new record or undefined for no change; the result is undefined when nothing changed.
 */
export function editBackups(output: Json | undefined, edit: (backup: Backup) => Backup | undefined): Json | undefined {
  if (!output) {
    return undefined;
  }
  let changed = false;
  const apply = (value: unknown): unknown => {
    if (value === null || typeof value !== "object") {
      return value;
    }
    const edited = edit(value as Backup);
    if (edited === undefined) {
      return value;
    }
    changed = true;
    return edited;
  };
  const next: Json = { ...output };
  if (Array.isArray(output.Backups)) {
    next.Backups = output.Backups.map(apply);
  }
  if (output.Backup !== undefined) {
    next.Backup = apply(output.Backup);
  }
  return changed ? next : undefined;
}

/** A copy of `record` without `key`. */
export function without<T extends Json>(record: T, key: string): T {
  const { [key]: _dropped, ...rest } = record;
  return rest as T;
}
