/** What a request handler needs to keep due transitions and its own changes on disk. */
export interface DueAndCommit {
  /** Runs the transitions that are due; true when any ran. */
  runDue(): boolean;
  /** Persists the state (the state file, when there is one). */
  committed(): void;
}

/**
 * Runs the due transitions, then `work`. The state is persisted when `work` changes it (`mutates`) and succeeds,
 * and whenever the due transitions changed anything, even if `work` then fails or only reads: a reply may show
 * what they made (a backup with a random ID), so it must survive a restart. A failed persist replaces the result.
 */
export function commitAfterDue<T>(deps: DueAndCommit, mutates: boolean, work: () => T): T {
  const dirty = deps.runDue();
  let result: T;
  try {
    result = work();
  } catch (error) {
    if (dirty) {
      deps.committed();
    }
    throw error;
  }
  if (dirty || mutates) {
    deps.committed();
  }
  return result;
}
