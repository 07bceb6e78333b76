import { type DayField, dayOfMonthField, dayOfWeekField, type Range, valueSet } from "./cron-days.js";
import { firstInstantOf, wallTimeAt } from "./cron-zone.js";

/**
 * AWS's six-field schedule expressions, `cron(Minutes Hours Day-of-month Month Day-of-week Year)` (BackupRule
 * ScheduleExpression; EventBridge's syntax, eb-cron-expressions.html): numbers, `*`, `?`, lists, ranges, `/` steps,
 * month and day names (day-of-week 1–7 = SUN–SAT), and the day fields' `L`, `W` and `#` (cron-days.ts). "You can't
 * specify the Day-of-month and Day-of-week fields in the same cron expression. If you specify a value or a *
 * (asterisk) in one of the fields, you must use a ? (question mark) in the other." — such an expression is refused.
 * The expression is read in the rule's ScheduleExpressionTimezone (cron-zone.ts).
 */
export interface Cron {
  minutes: number[];
  hours: number[];
  months: Set<number>;
  years: Set<number>;
  dayOfMonth: DayField;
  dayOfWeek: DayField;
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const MINUTES: Range = [0, 59, [], 0];
const HOURS: Range = [0, 23, [], 0];
const MONTH: Range = [1, 12, MONTHS, 1];
const YEAR: Range = [1970, 2199, [], 0];

const sorted = (values: Set<number>) => [...values].sort((a, b) => a - b);

/** The expression read, or undefined when it is not one EventBridge's syntax admits. */
export function parseCron(expression: string): Cron | undefined {
  const parts = /^cron\((.*)\)$/.exec(expression.trim())?.[1]?.trim().split(/\s+/);
  if (parts?.length !== 6) {
    return undefined;
  }
  const [min, hour, dom, month, dow, year] = parts as [string, string, string, string, string, string];
  if (dom !== "?" && dow !== "?") {
    return undefined;
  }
  const minutes = valueSet(min, MINUTES);
  const hours = valueSet(hour, HOURS);
  const months = valueSet(month, MONTH);
  const years = valueSet(year, YEAR);
  const dayOfMonth = dom === "?" ? () => true : dayOfMonthField(dom);
  const dayOfWeek = dow === "?" ? () => true : dayOfWeekField(dow);
  if (!minutes || !hours || !months || !years || !dayOfMonth || !dayOfWeek) {
    return undefined;
  }
  return { minutes: sorted(minutes), hours: sorted(hours), months, years, dayOfMonth, dayOfWeek };
}

/** Whether the expression names the calendar day of `wall` (a wall time, read as UTC). */
export function namesDay(cron: Cron, wall: number): boolean {
  const d = new Date(wall * 1000);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  return cron.years.has(y) && cron.months.has(m) && cron.dayOfMonth(y, m, day) && cron.dayOfWeek(y, m, day);
}

const DAY = 86_400;
/** Offsets from UTC lie within -12 h and +14 h: a wall time 26 h before another's is an earlier instant too. */
const MAX_OFFSET_SPREAD = 26 * 3600;

/**
 * The first instant after `after` (epoch seconds) at which `zone`'s clock shows a minute the expression names, within
 * ten years, or undefined. A minute skipped by daylight saving time does not run; a repeated one runs at its first
 * occurrence (cron-zone.ts).
 */
export function nextRun(cron: Cron, after: number, zone = "Etc/UTC"): number | undefined {
  const afterWall = wallTimeAt(zone, after);
  const start = Math.floor(afterWall / DAY) * DAY - 2 * DAY;
  for (let day = start; day < start + 3660 * DAY; day += DAY) {
    if (!namesDay(cron, day)) {
      continue;
    }
    for (const h of cron.hours) {
      for (const m of cron.minutes) {
        const wall = day + h * 3600 + m * 60;
        if (wall + MAX_OFFSET_SPREAD < afterWall) {
          continue;
        }
        const at = firstInstantOf(zone, wall);
        if (at !== undefined && at > after) {
          return at;
        }
      }
    }
  }
  return undefined;
}
