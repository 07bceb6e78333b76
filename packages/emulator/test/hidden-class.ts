import { setFlagsFromString } from "node:v8";

/**
 * Whether V8 gives two objects one hidden class (map): records of one shape should share one, or each carries a map
 * and descriptor array of its own (hundreds of bytes, and more for the collector to mark). V8's own test, which only
 * functions compiled after --allow-natives-syntax is set can call.
 */
setFlagsFromString("--allow-natives-syntax");
const haveSameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;

/** How many of `objects` share the first one's hidden class. */
export const sharingFirstHiddenClass = (objects: readonly object[]): number =>
  objects.filter((o) => haveSameMap(o, objects[0] as object)).length;
