/**
 * State namespaced per account and region, as AWS endpoints are (LocalStack `stores[account][region]`): each service
 * keeps one bundle of its stores per account × region, made on first use by `make`.
 */
export interface Namespace {
  readonly account: string;
  readonly region: string;
}

export function createNamespaces<T extends Namespace>(make: (account: string, region: string) => T) {
  const namespaces = new Map<string, T>();
  const keyOf = (account: string, region: string) => `${account}/${region}`;
  return {
    /** The namespace, made when it does not exist yet. */
    region(account: string, region: string): T {
      const key = keyOf(account, region);
      let n = namespaces.get(key);
      if (!n) {
        n = make(account, region);
        namespaces.set(key, n);
      }
      return n;
    },
    /** The namespace if it exists, without making it. */
    peek: (account: string, region: string): T | undefined => namespaces.get(keyOf(account, region)),
    /** Every namespace that exists. */
    all: (): T[] => [...namespaces.values()],
    reset(): void {
      namespaces.clear();
    },
  };
}
