/**
 * A Map that keeps indexes of its values beside it: every set, delete and clear goes through the subclass's `index`,
 * `unindex` and `reindex`, so domain code and the state document keep using it as a plain Map, and an imported
 * document rebuilds the indexes as it sets each entry (they are never stored).
 */
export abstract class IndexedMap<V> extends Map<string, V> {
  protected abstract index(key: string, value: V): void;
  protected abstract unindex(key: string, value: V): void;
  protected abstract clearIndexes(): void;

  /** A value replaced by another under the same key; a subclass may update its indexes in place. */
  protected reindex(key: string, old: V, value: V): void {
    this.unindex(key, old);
    this.index(key, value);
  }

  override set(key: string, value: V): this {
    const old = this.get(key);
    if (old === value) {
      return this; // the same value again: its index entries are those it has (rebuilding them cost a job's start)
    }
    super.set(key, value);
    if (old === undefined) {
      this.index(key, value);
    } else {
      this.reindex(key, old, value);
    }
    return this;
  }

  override delete(key: string): boolean {
    const old = this.get(key);
    if (old !== undefined) {
      this.unindex(key, old);
    }
    return super.delete(key);
  }

  override clear(): void {
    super.clear();
    this.clearIndexes();
  }
}
