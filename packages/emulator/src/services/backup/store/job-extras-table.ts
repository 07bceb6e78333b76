import { IndexedMap } from "./indexed-map.js";
import type { JobExtras } from "./records.js";

/**
 * The emulator-only facts of a Region's jobs by job id, indexed by idempotency token (indexed-map.ts) so that a
 * repeated start finds its job without reading every job (B17). A token is given when a job's extras are set.
 */
export class JobExtrasTable extends IndexedMap<JobExtras> {
  readonly #byToken = new Map<string, string[]>();

  /** The ids of the jobs (of any kind) started with this token, oldest first. */
  idsWithToken(token: string): readonly string[] {
    return this.#byToken.get(token) ?? [];
  }

  protected index(id: string, extras: JobExtras): void {
    const token = extras.idempotencyToken;
    if (token !== undefined) {
      this.#byToken.set(token, [...(this.#byToken.get(token) ?? []), id]);
    }
  }

  protected unindex(id: string, extras: JobExtras): void {
    const token = extras.idempotencyToken;
    if (token === undefined) {
      return;
    }
    const rest = (this.#byToken.get(token) ?? []).filter((i) => i !== id);
    if (rest.length > 0) {
      this.#byToken.set(token, rest);
    } else {
      this.#byToken.delete(token);
    }
  }

  protected clearIndexes(): void {
    this.#byToken.clear();
  }
}
