/**
 * The results of a pure function for its latest distinct arguments, at most `limit` of them (the oldest goes first):
 * work a request repeats, such as the HMAC of a NextToken a client presents again, is done once.
 */
export class Recent<V> {
  readonly #results = new Map<string, V>();
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** The result for `key`: remembered, or made now by `make` (which must depend on `key` alone). */
  get(key: string, make: () => V): V {
    if (this.#results.has(key)) {
      return this.#results.get(key) as V;
    }
    const result = make();
    if (this.#results.size >= this.#limit) {
      this.#results.delete(this.#results.keys().next().value as string);
    }
    this.#results.set(key, result);
    return result;
  }
}
