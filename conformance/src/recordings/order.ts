import type { OrderRule } from "./format.js";
import { valuesAt } from "./paths.js";
import { parsePlaceholder } from "./placeholders.js";

/** Something a reply or recording does wrong, at a value path (`body.Backups[2].DeleteTimestamp`). */
export interface Difference {
  where: string;
  problem: string;
}

/**
 * Where a normalised body breaks an order rule: each item's `by` member must be a timestamp placeholder, and the
 * ranks must not go up (descending) or down (ascending) from one item to the next. Ties are allowed: two items
 * created in the same millisecond have no order to keep.
 */
export function orderProblems(body: unknown, rule: OrderRule, prefix = "body"): Difference[] {
  const problems: Difference[] = [];
  for (const { path, value } of valuesAt(body, rule.list)) {
    if (!Array.isArray(value)) {
      problems.push({ where: `${prefix}.${path}`, problem: `is not a list, so it cannot be ordered by ${rule.by}` });
      continue;
    }
    const ranks = value.map((item, i) => {
      const stamp = (item as Record<string, unknown> | null)?.[rule.by];
      const parsed = typeof stamp === "string" ? parsePlaceholder(stamp) : undefined;
      if (parsed?.kind !== "timestamp") {
        problems.push({ where: `${prefix}.${path}[${i}]`, problem: `has no ${rule.by} timestamp to order by` });
        return undefined;
      }
      return parsed.n;
    });
    for (let i = 1; i < ranks.length; i++) {
      const before = ranks[i - 1];
      const here = ranks[i];
      if (before === undefined || here === undefined) {
        continue;
      }
      const wrong = rule.direction === "descending" ? here > before : here < before;
      if (wrong) {
        const relation = rule.direction === "descending" ? "newer" : "older";
        problems.push({
          where: `${prefix}.${path}[${i}]`,
          problem: `is ${relation} than the item before it; the list must be ordered by ${rule.by}, ${rule.direction}`,
        });
      }
    }
  }
  return problems;
}
