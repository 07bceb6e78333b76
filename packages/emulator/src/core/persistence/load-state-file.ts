import { handOver } from "../state/handed-over.js";
import { osReason, readStateFile, StateFileError } from "./state-file.js";

/** Loads a state file when it exists; StateFileError names the file and what is wrong with it. Returns whether a
 * state was loaded (false: no file yet). */
export function loadStateFile(path: string, importState: (doc: unknown) => void): boolean {
  let text: string | undefined;
  try {
    text = readStateFile(path);
  } catch (e) {
    throw new StateFileError(path, `cannot be read: ${osReason(e)}`);
  }
  if (text === undefined) {
    return false;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new StateFileError(path, `is not valid JSON: ${(e as Error).message}`);
  }
  try {
    // Parsed for the import alone: it may keep the document's records instead of copying them.
    importState(handOver(doc));
  } catch (e) {
    throw new StateFileError(path, `is not a state document this version can load: ${(e as Error).message}`);
  }
  return true;
}
