import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Atomic state file: write a temporary file beside the target, fsync it, rename it over the target, fsync the
 * directory. A crash at any point leaves either the previous or the new complete file, never a torn one, so
 * nothing acknowledged is lost (the file is written before the reply is sent).
 */
export function writeFileAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w", 0o600);
  try {
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone or never made; the original error is the one to report.
    }
    throw e;
  }
  try {
    const dir = openSync(dirname(path), "r");
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Some platforms cannot open or fsync a directory; the rename itself is still atomic there.
  }
}

/** The file's text, or undefined when it does not exist yet. */
export function readStateFile(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") {
      return undefined;
    }
    throw e;
  }
}

/** A state file that cannot be used: it names the file and the reason (the OS's, for I/O errors). */
export class StateFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`state file ${path} ${reason}`);
    this.name = "StateFileError";
  }
}

/** The OS's reason for an I/O error, without the temporary file name: "ENOENT: no such file or directory". */
export function osReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const message = e instanceof Error ? e.message : String(error);
  return e.code && e.syscall ? (message.split(`, ${e.syscall}`)[0] ?? message) : message;
}
