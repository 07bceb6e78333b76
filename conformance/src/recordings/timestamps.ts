import type { Difference } from "./order.js";
import type { TimestampFormat } from "./placeholders.js";

/** A timestamp at the same place in a recording and in a reply, with the list item (or root) it belongs to. */
export interface StampPair {
  rec: { n: number; format: TimestampFormat };
  act: { n: number; format: TimestampFormat };
  where: string;
  /** The innermost list item holding the timestamp (`body.Backups[2]`), or `body`. */
  scope: string;
}

const isEpoch = (f: TimestampFormat) => f !== "string";

/** Whether one reply timestamp is written the way the recording's is: a number or a string, and not too fine. */
export function formatProblem(rec: TimestampFormat, act: TimestampFormat): string | undefined {
  if (isEpoch(rec) && !isEpoch(act)) {
    return "is a string; the recording has epoch seconds (a JSON number)";
  }
  if (!isEpoch(rec) && isEpoch(act)) {
    return "is a JSON number; the recording has a string";
  }
  if (isEpoch(rec) && act === "epoch-fine") {
    return "has more than three fraction digits; the recording's timestamps carry at most milliseconds";
  }
  return undefined;
}

const sign = (x: number) => (x > 0 ? 1 : x < 0 ? -1 : 0);

/**
 * Compares the order of timestamps that belong together (those of one list item, or of the body outside lists):
 * a reply must not reverse an order the recording shows (a backup deleted before it was created), and where the
 * recording has one instant twice (a copy's CreateTimestamp equal to its source's), the reply must too. A tie in
 * the reply where the recording has an order is allowed: a fast target can do two things in one millisecond.
 * Across list items only declared order rules count (order.ts). And when the recording's timestamps carry
 * milliseconds, a reply whose timestamps (three or more) are all whole seconds has lost precision.
 */
export function timestampProblems(stamps: readonly StampPair[]): Difference[] {
  const problems: Difference[] = [];
  const byScope = new Map<string, StampPair[]>();
  for (const s of stamps) {
    byScope.set(s.scope, [...(byScope.get(s.scope) ?? []), s]);
  }
  for (const group of byScope.values()) {
    group.forEach((b, j) => {
      for (const a of group.slice(0, j)) {
        const rec = sign(b.rec.n - a.rec.n);
        const act = sign(b.act.n - a.act.n);
        if (rec === 0 && act !== 0) {
          problems.push({ where: b.where, problem: `differs from ${a.where}; the recording has the same instant` });
        } else if (rec !== 0 && act === -rec) {
          const relation = (x: number) => (x < 0 ? "earlier" : "later");
          problems.push({
            where: b.where,
            problem: `is ${relation(act)} than ${a.where}; in the recording it is ${relation(rec)}`,
          });
        }
      }
    });
  }
  const recordedMs = stamps.some((s) => s.rec.format === "epoch-ms");
  if (recordedMs && stamps.length >= 3 && stamps.every((s) => s.act.format === "epoch-s")) {
    problems.push({
      where: "body",
      problem: "has only whole-second timestamps; the recording's carry milliseconds",
    });
  }
  return problems;
}
