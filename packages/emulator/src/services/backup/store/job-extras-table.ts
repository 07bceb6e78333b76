import type { JobExtras } from "./records.js";

/**
 * The emulator-only facts of a Region's jobs by job id (a Map, as the state document reads and writes it), indexed by
 * idempotency token so that a repeated start finds its job without reading every job (B17). A token is given when a
 * job's extras are set; the index is never stored (an imported document rebuilds it as it sets each entry).
 */
export class JobExtrasTable extends Map<string, JobExtras> {
  readonly #byToken = new Map<string, string[]>();

  override set(id: string, extras: JobExtras): this {
    this.#unindex(id);
    super.set(id, extras);
    const token = extras.idempotencyToken;
    if (token !== undefined) {
      this.#byToken.set(token, [...(this.#byToken.get(token) ?? []), id]);
    }
    return this;
  }

  override delete(id: string): boolean {
    this.#unindex(id);
    return super.delete(id);
  }

  override clear(): void {
    super.clear();
    this.#byToken.clear();
  }

  /** The ids of the jobs (of any kind) started with this token, oldest first. */
  idsWithToken(token: string): readonly string[] {
    return this.#byToken.get(token) ?? [];
  }

  #unindex(id: string): void {
    const token = this.get(id)?.idempotencyToken;
    const ids = token === undefined ? undefined : this.#byToken.get(token);
    if (token === undefined || ids === undefined) {
      return;
    }
    const rest = ids.filter((i) => i !== id);
    if (rest.length > 0) {
      this.#byToken.set(token, rest);
    } else {
      this.#byToken.delete(token);
    }
  }
}
