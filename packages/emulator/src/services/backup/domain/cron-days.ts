/**
 * The day fields of an AWS cron expression, with the wildcards EventBridge documents
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cron-expressions.html): Day-of-month takes
 * `, - * ? / L W`, Day-of-week `, - * ? L #`. "The L wildcard in the Day-of-month or Day-of-week fields specifies the
 * last day of the month or week." "In the Day-of-month field, 3W specifies the weekday closest to the third day of the
 * month." "3#2 would be the second Tuesday of the month". `L`, `LW`, `nW`, `nL` (the last weekday n of the month) and
 * `n#k` stand alone in their field ("If you use the '#' character, you can define only one expression in the
 * day-of-week field"); in a list they are refused (UNDOC), as is Quartz's undocumented `L-n`.
 */

/** Whether a calendar day (year, month 1–12, day 1–31) is one the field names. */
export type DayField = (year: number, month: number, day: number) => boolean;

export type Range = [min: number, max: number, names: string[], offset: number];

export const DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

export const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** 1 = Sunday … 7 = Saturday, as the Day-of-week field counts. */
export const weekdayOf = (year: number, month: number, day: number): number =>
  new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;

/** A number or a name of the range, or NaN. */
export function fieldValue(text: string, [, , names, offset]: Range): number {
  const index = names.indexOf(text.toUpperCase());
  return index >= 0 ? index + offset : /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** A field of numbers, `*`, `?`, lists, ranges and `/` steps, or undefined when malformed or out of range. */
export function valueSet(text: string, range: Range): Set<number> | undefined {
  const [min, max] = range;
  const values = new Set<number>();
  for (const part of text.split(",")) {
    const m = /^(\*|\?|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)(?:\/(\d+))?$/.exec(part);
    if (!m) {
      return undefined;
    }
    const [lo, hi] =
      m[1] === "*" || m[1] === "?" ? [min, max] : (m[1] as string).split("-").map((v) => fieldValue(v, range));
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

/** The weekday (Monday–Friday) nearest to day n of the month, within the month; undefined when the month is shorter. */
export function nearestWeekday(year: number, month: number, n: number): number | undefined {
  const last = daysIn(year, month);
  if (n > last) {
    return undefined;
  }
  const weekday = weekdayOf(year, month, n);
  if (weekday === 7) {
    return n === 1 ? 3 : n - 1; // Saturday the 1st: the Monday after, not the previous month's Friday
  }
  if (weekday === 1) {
    return n === last ? n - 2 : n + 1; // Sunday the last: the Friday before
  }
  return n;
}

const DAY_OF_MONTH: Range = [1, 31, [], 0];
const DAY_OF_WEEK: Range = [1, 7, DAYS, 1];

export function dayOfMonthField(text: string): DayField | undefined {
  if (text.toUpperCase() === "L") {
    return (y, m, d) => d === daysIn(y, m);
  }
  if (text.toUpperCase() === "LW") {
    return (y, m, d) => d === nearestWeekday(y, m, daysIn(y, m)); // the last weekday of the month
  }
  const w = /^(\d{1,2})W$/i.exec(text);
  if (w) {
    const n = Number(w[1]);
    return n >= 1 && n <= 31 ? (y, m, d) => d === nearestWeekday(y, m, n) : undefined;
  }
  const values = valueSet(text, DAY_OF_MONTH);
  return values && ((_y, _m, d) => values.has(d));
}

export function dayOfWeekField(text: string): DayField | undefined {
  if (text.toUpperCase() === "L") {
    return (y, m, d) => weekdayOf(y, m, d) === 7; // the last day of the week: Saturday
  }
  const last = /^([A-Za-z0-9]+)L$/i.exec(text);
  if (last) {
    const weekday = fieldValue(last[1] as string, DAY_OF_WEEK);
    return weekday >= 1 && weekday <= 7
      ? (y, m, d) => weekdayOf(y, m, d) === weekday && d + 7 > daysIn(y, m)
      : undefined;
  }
  const nth = /^([A-Za-z0-9]+)#(\d)$/.exec(text);
  if (nth) {
    const weekday = fieldValue(nth[1] as string, DAY_OF_WEEK);
    const k = Number(nth[2]);
    return weekday >= 1 && weekday <= 7 && k >= 1 && k <= 5
      ? (y, m, d) => weekdayOf(y, m, d) === weekday && Math.ceil(d / 7) === k
      : undefined;
  }
  const values = valueSet(text, DAY_OF_WEEK);
  return values && ((y, m, d) => values.has(weekdayOf(y, m, d)));
}
