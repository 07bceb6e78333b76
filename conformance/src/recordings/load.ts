import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LoadedRecording } from "./format.js";
import { checkRecording, RecordingFormatError } from "./validate.js";

export { RecordingFormatError } from "./validate.js";

/** The recordings shipped with the repository (`conformance/recordings/`), from `src/` and from `dist/` alike. */
export const RECORDINGS_DIR = fileURLToPath(new URL("../../recordings/", import.meta.url));

export interface LoadOptions {
  /** The ids of the checks that exist: a recording naming another one is refused. */
  checkIds?: ReadonlySet<string>;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith(".json") ? [join(dir, e.name)] : [],
    )
    .sort();
}

/**
 * Reads every `*.json` file under `dir` (subfolders included) as a recording and checks its format; the first bad
 * file stops the load with a RecordingFormatError naming the file and the member. Ids must be unique.
 */
export async function loadRecordings(dir = RECORDINGS_DIR, options: LoadOptions = {}): Promise<LoadedRecording[]> {
  return readRecordings(dir, options);
}

/** `loadRecordings`, synchronously (for reports, which are written synchronously). */
export function readRecordings(dir = RECORDINGS_DIR, options: LoadOptions = {}): LoadedRecording[] {
  const byId = new Map<string, string>();
  const loaded: LoadedRecording[] = [];
  for (const file of jsonFiles(dir)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new RecordingFormatError(file, "(file)", `is not JSON: ${(error as Error).message}`);
    }
    const recording = checkRecording(parsed, file, options.checkIds);
    const other = byId.get(recording.id);
    if (other) {
      throw new RecordingFormatError(file, "id", `${recording.id} is also the id of ${other}`);
    }
    byId.set(recording.id, file);
    loaded.push({ ...recording, file });
  }
  return loaded.sort((a, b) => a.id.localeCompare(b.id));
}

/** Which recordings each check rests on: check id → recording ids. */
export function recordingsByCheck(recordings: readonly LoadedRecording[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const r of recordings) {
    for (const check of r.checks) {
      map.set(check, [...(map.get(check) ?? []), r.id]);
    }
  }
  return map;
}

let shipped: Map<string, string[]> | undefined;
/** The shipped recordings each check rests on (check id → recording ids), read once. */
export function shippedRecordingsOf(checkId: string): string[] {
  shipped ??= recordingsByCheck(readRecordings());
  return shipped.get(checkId) ?? [];
}
