/**
 * Values worked out lately, by key, at most `limit` of them: once full, all are forgotten at the next one kept. For
 * values that cost far more to work out than to look up and that requests ask for again soon after (a request's
 * fingerprint, a URL, what a page token holds); forgetting all at once keeps the lookup a plain Map's, with nothing to
 * track per use.
 */
export class RecentValues<K, V> {
  readonly #values = new Map<K, V>();
  readonly #limit: number;

  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RangeError(`RecentValues: the limit must be a whole number of at least 1, not ${limit}`);
    }
    this.#limit = limit;
  }

  /** The value kept for `key`, if any. */
  recall(key: K): V | undefined {
    return this.#values.get(key);
  }

  /** Keeps `value` for `key`; returns it. */
  keep(key: K, value: V): V {
    if (this.#values.size >= this.#limit && !this.#values.has(key)) {
      this.#values.clear();
    }
    this.#values.set(key, value);
    return value;
  }

  /** The value kept for `key`, or `make()`'s, then kept. */
  get(key: K, make: () => V): V {
    const known = this.#values.get(key);
    return known !== undefined ? known : this.keep(key, make());
  }

  /** How many are kept (tests). */
  get size(): number {
    return this.#values.size;
  }
}
