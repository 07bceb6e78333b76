/**
 * A value now, or a promise of it later. The AWS API answers every request at once, and node:http's request needs
 * no waiting when it has no body: a promise for each of them, and a turn of the microtask queue to read it, cost
 * ~1–2 µs a request of the ~70 a StartCopyJob + DescribeCopyJob pair's request takes (README, Performance).
 */
export type MaybePromise<T> = T | Promise<T>;

/** `next(value)`: at once when the value is here, once it settles when it is a promise (which then rejects as it does). */
export function after<T, U>(value: MaybePromise<T>, next: (value: T) => MaybePromise<U>): MaybePromise<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}
