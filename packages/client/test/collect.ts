/** Every value of an async iterable, such as a paginator's pages, in order. */
export async function collect<T>(values: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const value of values) {
    all.push(value);
  }
  return all;
}
