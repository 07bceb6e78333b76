import { isCloudHsmV2ServiceError } from "@cloudhsm-kit/client";

export interface CleanupLogEntry {
  what: string;
  error: string;
}

/**
 * A stack of undo actions. They run in reverse order of registration, each one even when an earlier one failed.
 * A resource that is already gone (CloudHsmResourceNotFoundException) is fine; anything else is logged. Once the
 * stack has run, an action pushed later (by a check that outlived its time limit) runs at once, so that nothing
 * made after the cleanup is left behind.
 */
export class Cleanups {
  readonly #stack: { what: string; fn: () => Promise<unknown> }[] = [];
  readonly log: CleanupLogEntry[] = [];
  #ran = false;

  push(what: string, fn: () => Promise<unknown>): void {
    this.#stack.push({ what, fn });
    if (this.#ran) {
      void this.run();
    }
  }

  get size(): number {
    return this.#stack.length;
  }

  async run(): Promise<CleanupLogEntry[]> {
    this.#ran = true;
    const failures: CleanupLogEntry[] = [];
    for (let item = this.#stack.pop(); item; item = this.#stack.pop()) {
      try {
        await item.fn();
      } catch (error) {
        if (isCloudHsmV2ServiceError(error) && error.name === "CloudHsmResourceNotFoundException") {
          continue;
        }
        const entry = {
          what: item.what,
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        };
        failures.push(entry);
        this.log.push(entry);
      }
    }
    return failures;
  }
}
