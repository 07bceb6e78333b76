import { decodeToken, hasOnly, isObject, type PositionCheck } from "../../../core/pagination.js";
import { UNDOC_ERRORS } from "./undocumented-errors.js";

/** The position of a ListTags page: the last key returned and how many tags came before it. */
export const isTagPosition: PositionCheck<{ k: string; n: number }> = (p): p is { k: string; n: number } =>
  isObject(p) &&
  hasOnly(p, "k", "n") &&
  typeof p.k === "string" &&
  p.k.length >= 1 &&
  p.k.length <= 128 &&
  Number.isSafeInteger(p.n) &&
  (p.n as number) >= 0;

/** The position a NextToken holds; one that does not verify → 400 CloudHsmInvalidRequestException (UNDOC_ERRORS.badToken,
 * observed §5 "Emulator"). */
export function readToken<P>(token: string, kind: string, fingerprint: string, isPosition: PositionCheck<P>): P {
  const position = decodeToken(token, kind, fingerprint, isPosition);
  if (position === undefined) {
    throw UNDOC_ERRORS.badToken();
  }
  return position;
}
