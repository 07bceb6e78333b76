/**
 * Freezes `value` and every object and array in it, and returns it; a primitive is returned as it is. An object
 * already frozen is taken as frozen through and through (what this function leaves). In the protocol, which stands
 * alone, so that sealed records (json-body.ts) and the rest of the core (page tokens' positions) share it.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const member of Object.values(value)) {
      deepFreeze(member);
    }
    Object.freeze(value);
  }
  return value;
}
