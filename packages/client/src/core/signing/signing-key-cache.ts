/**
 * The cache aws4fetch keeps derived signing keys in, holding only the latest one. The key changes with the
 * date, the secret, the region and the service; a client signs for one region and service with one set of
 * credentials at a time, so older keys are never needed again, and an unbounded map would keep every
 * secret a refreshing credential provider ever returned.
 */
export class SigningKeyCache extends Map<string, ArrayBuffer> {
  override set(key: string, value: ArrayBuffer): this {
    this.clear();
    return super.set(key, value);
  }
}
