import { registered } from "../registry/registration.js";
import type { Level } from "../registry/types.js";
import type { CheckResult } from "../runner/types.js";
import { resultLabel, SUMMARY_COLUMNS } from "./markdown.js";
import type { MatrixTarget } from "./matrix-input.js";

export const NOT_RUN = "not run";

/** The labels a matrix cell can carry, in column order of the totals. */
export const MATRIX_LABELS = [...SUMMARY_COLUMNS, NOT_RUN] as const;

export interface MatrixRow {
  id: string;
  level: Level;
  title: string;
  /** One per target, in target order: the result's label (as in the reports), or "not run". */
  cells: string[];
  /** The results behind the cells (undefined where not run), for the reason of each. */
  results: (CheckResult | undefined)[];
  /** Whether every target got the same label. */
  agree: boolean;
}

export interface MatrixGroup {
  service: string;
  serviceTitle: string;
  id: string;
  title: string;
  rows: MatrixRow[];
}

export interface Matrix {
  targets: MatrixTarget[];
  groups: MatrixGroup[];
  /** Per target (in target order), the count of each of MATRIX_LABELS. */
  totals: number[][];
}

/**
 * Checks × targets. Rows are the union of the targets' checks, grouped by service and behaviour group in registry
 * order (checks and groups the registry does not know, from another version of the suite, follow in the order the
 * files give them); the level and title are the registry's, else the first file's.
 */
export function buildMatrix(targets: readonly MatrixTarget[]): Matrix {
  const reg = registered();
  const order = new Map(reg.checks.map((c, i) => [c.id, i]));
  const meta = new Map<string, CheckResult>();
  for (const t of targets) {
    for (const r of t.run.results) {
      if (!meta.has(r.id)) {
        meta.set(r.id, r);
      }
    }
  }
  const ids = [...meta.keys()].sort((a, b) => (order.get(a) ?? order.size) - (order.get(b) ?? order.size));
  const byTarget = targets.map((t) => new Map(t.run.results.map((r) => [r.id, r])));
  const groups: MatrixGroup[] = [];
  const groupOf = (r: CheckResult): MatrixGroup => {
    const known = reg.checks.find((c) => c.id === r.id);
    const service = known?.service ?? r.service;
    const id = known?.group ?? r.group;
    let g = groups.find((x) => x.service === service && x.id === id);
    if (!g) {
      g = {
        service,
        serviceTitle: reg.services.find((s) => s.id === service)?.title ?? service,
        id,
        title: reg.groups.find((x) => x.id === id)?.title ?? id,
        rows: [],
      };
      groups.push(g);
    }
    return g;
  };
  for (const id of ids) {
    const first = meta.get(id) as CheckResult;
    const known = reg.checks.find((c) => c.id === id);
    const results = byTarget.map((m) => m.get(id));
    const cells = results.map((r) => (r ? resultLabel(r) : NOT_RUN));
    groupOf(first).rows.push({
      id,
      level: known?.level ?? first.level,
      title: known?.title ?? first.title,
      cells,
      results,
      agree: cells.every((c) => c === cells[0]),
    });
  }
  const groupOrder = (g: MatrixGroup) => {
    const i = reg.groups.findIndex((x) => x.service === g.service && x.id === g.id);
    return i === -1 ? reg.groups.length : i;
  };
  groups.sort((a, b) => groupOrder(a) - groupOrder(b));
  const totals = targets.map((_, i) =>
    MATRIX_LABELS.map((label) => groups.flatMap((g) => g.rows).filter((row) => row.cells[i] === label).length),
  );
  return { targets: [...targets], groups, totals };
}
