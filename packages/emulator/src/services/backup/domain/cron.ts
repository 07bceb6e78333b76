/**
 * AWS's six-field schedule expressions, `cron(Minutes Hours Day-of-month Month Day-of-week Year)` (BackupRule
 * ScheduleExpression; EventBridge's syntax): numbers, `*`, `?`, lists, ranges, `/` steps, month and day names
 * (day-of-week 1–7 = SUN–SAT). `L`, `W` and `#` are not read: such an expression is refused (UNDOC). Times are UTC
 * (UNDOC: ScheduleExpressionTimezone is kept but not applied).
 */
export interface Cron {
  fields: Set<number>[];
  /** Day-of-month or day-of-week given as `?`: that field does not constrain. */
  anyDayOfMonth: boolean;
  anyDayOfWeek: boolean;
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
/** [min, max, names (index + offset = value)] of each field. */
const RANGES: [number, number, string[], number][] = [
  [0, 59, [], 0],
  [0, 23, [], 0],
  [1, 31, [], 0],
  [1, 12, MONTHS, 1],
  [1, 7, DAYS, 1],
  [1970, 2199, [], 0],
];

function field(text: string, [min, max, names, offset]: [number, number, string[], number]): Set<number> | undefined {
  const values = new Set<number>();
  const read = (v: string) => (names.includes(v.toUpperCase()) ? names.indexOf(v.toUpperCase()) + offset : Number(v));
  for (const part of text.split(",")) {
    const m = /^(\*|\?|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)(?:\/(\d+))?$/.exec(part);
    if (!m) {
      return undefined;
    }
    const [lo, hi] = m[1] === "*" || m[1] === "?" ? [min, max] : (m[1] as string).split("-").map(read);
    const from = lo as number;
    const to = m[2] !== undefined && hi === undefined ? max : (hi ?? from);
    const step = Number(m[2] ?? 1);
    if (![from, to, step].every(Number.isInteger) || from < min || to > max || from > to || step < 1) {
      return undefined;
    }
    for (let v = from; v <= to; v += step) {
      values.add(v);
    }
  }
  return values;
}

/** The expression read, or undefined when it is not one this emulator reads. */
export function parseCron(expression: string): Cron | undefined {
  const parts = /^cron\((.*)\)$/.exec(expression.trim())?.[1]?.trim().split(/\s+/);
  if (parts?.length !== 6) {
    return undefined;
  }
  const fields = parts.map((p, i) => field(p, RANGES[i] as (typeof RANGES)[number]));
  if (fields.some((f) => f === undefined)) {
    return undefined;
  }
  return { fields: fields as Set<number>[], anyDayOfMonth: parts[2] === "?", anyDayOfWeek: parts[4] === "?" };
}

const DAY = 86_400;

/** The first time after `after` (epoch seconds) that the expression names, within ten years, or undefined. */
export function nextRun(cron: Cron, after: number): number | undefined {
  const [minutes, hours, doms, months, dows, years] = cron.fields as [Set<number>, ...Set<number>[]];
  const start = Math.floor(after / DAY) * DAY;
  for (let day = start; day < start + 3660 * DAY; day += DAY) {
    const d = new Date(day * 1000);
    const dayMatches =
      (cron.anyDayOfMonth || doms?.has(d.getUTCDate())) && (cron.anyDayOfWeek || dows?.has(d.getUTCDay() + 1));
    if (!dayMatches || !months?.has(d.getUTCMonth() + 1) || !years?.has(d.getUTCFullYear())) {
      continue;
    }
    for (const h of [...(hours ?? [])].sort((a, b) => a - b)) {
      for (const m of [...minutes].sort((a, b) => a - b)) {
        const at = day + h * 3600 + m * 60;
        if (at > after) {
          return at;
        }
      }
    }
  }
  return undefined;
}
