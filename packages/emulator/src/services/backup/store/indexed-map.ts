/**
 * A Map that keeps indexes of its values beside it: every set, delete and clear goes through the subclass's `index`
 * and `unindex`, so domain code and the state document keep using it as a plain Map, and an imported document
 * rebuilds the indexes as it sets each entry (they are never stored).
 */
export abstract class IndexedMap<V> extends Map<string, V> {
  protected abstract index(key: string, value: V): void;
  protected abstract unindex(key: string, value: V): void;
  protected abstract clearIndexes(): void;

  override set(key: string, value: V): this {
    const old = this.get(key);
    if (old !== undefined) {
      this.unindex(key, old);
    }
    super.set(key, value);
    this.index(key, value);
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
