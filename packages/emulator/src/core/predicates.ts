/**
 * A predicate true when every one of `tests` is (true for none given). A loop, not `tests.every((t) => t(item))`:
 * that made a closure for every record a listing looked at (~5 KB a DescribeBackups page).
 */
export function allOf<T>(tests: readonly ((item: T) => boolean)[]): (item: T) => boolean {
  return (item) => {
    for (const test of tests) {
      if (!test(item)) {
        return false;
      }
    }
    return true;
  };
}
