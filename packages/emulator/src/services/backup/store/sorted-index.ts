/**
 * Items kept in ascending order of a unique string key, so that a listing reads one page from a position (binary
 * search) instead of sorting every record on every request. Records mostly arrive in key order (jobs are made in
 * creation order), so an insert is usually a push; one out of order moves the items after it.
 */
export class SortedIndex<T> {
  readonly #keys: string[] = [];
  readonly #items: T[] = [];

  get size(): number {
    return this.#keys.length;
  }

  keyAt(i: number): string {
    return this.#keys[i] as string;
  }

  itemAt(i: number): T {
    return this.#items[i] as T;
  }

  /** Adds `item` under `key`, replacing the item already there. */
  insert(key: string, item: T): void {
    const last = this.#keys[this.#keys.length - 1];
    if (last === undefined || key > last) {
      this.#keys.push(key);
      this.#items.push(item);
      return;
    }
    const i = this.#firstAtLeast(key);
    if (this.#keys[i] === key) {
      this.#items[i] = item;
    } else {
      this.#keys.splice(i, 0, key);
      this.#items.splice(i, 0, item);
    }
  }

  remove(key: string): void {
    const i = this.#firstAtLeast(key);
    if (this.#keys[i] === key) {
      this.#keys.splice(i, 1);
      this.#items.splice(i, 1);
    }
  }

  clear(): void {
    this.#keys.length = 0;
    this.#items.length = 0;
  }

  /** The position of the first key after `key` (the size when there is none): where the page after it starts. */
  after(key: string): number {
    const i = this.#firstAtLeast(key);
    return this.#keys[i] === key ? i + 1 : i;
  }

  #firstAtLeast(key: string): number {
    let lo = 0;
    let hi = this.#keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#keys[mid] as string) < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}

/**
 * The key of a record in creation order, then by id: listings run oldest first (UNDOC: AWS's order is unrecorded).
 * Dates are epoch seconds kept to the millisecond, padded so that the strings sort as the numbers do.
 */
export const creationKey = (date: number, id: string) => `${date.toFixed(3).padStart(16, "0")}|${id}`;
