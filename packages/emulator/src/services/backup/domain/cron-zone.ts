/**
 * Wall-clock time in an IANA time zone (a rule's ScheduleExpressionTimezone), read with Node's Intl and its time-zone
 * database. A wall time is given as the epoch seconds of the same date and time read in UTC.
 */

const UTC_ZONES = new Set(["Etc/UTC", "UTC"]);
const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formats.set(zone, format);
  }
  return format;
}

/** Whether Intl knows the zone (an IANA name such as `America/New_York`, or `UTC`). */
export function isTimeZone(zone: string): boolean {
  try {
    formatOf(zone);
    return true;
  } catch (error) {
    if (error instanceof RangeError) {
      return false;
    }
    throw error;
  }
}

/** The wall time in `zone` at the instant `at` (epoch seconds). */
export function wallTimeAt(zone: string, at: number): number {
  if (UTC_ZONES.has(zone)) {
    return at;
  }
  const whole = Math.floor(at);
  const part: Record<string, number> = {};
  for (const { type, value } of formatOf(zone).formatToParts(new Date(whole * 1000))) {
    part[type] = Number(value);
  }
  const wall = Date.UTC(part.year ?? 0, (part.month ?? 1) - 1, part.day, part.hour, part.minute, part.second) / 1000;
  return wall + (at - whole);
}

const DAY = 86_400;

/**
 * The first instant at which `zone`'s clock shows `wall`, or undefined when it never does. A wall time that a change
 * to daylight saving time skips has no instant; one that the change back repeats is given its first, EventBridge
 * Scheduler's rule ("When the time shifts forward in Spring, your schedule invocation gets skipped if the cron
 * expression falls on a non-existent date and time. When the time shifts back in the Fall, your schedule runs only
 * once", https://repost.aws/knowledge-center/eventbridge-scheduler-adjust-dst; UNDOC for AWS Backup).
 */
export function firstInstantOf(zone: string, wall: number): number | undefined {
  if (UTC_ZONES.has(zone)) {
    return wall;
  }
  // The zone's offsets a day either side bracket any change near `wall`.
  const offsets = new Set([wall - DAY, wall, wall + DAY].map((t) => wallTimeAt(zone, t) - t));
  const instants = [...offsets].map((offset) => wall - offset).filter((t) => wallTimeAt(zone, t) === wall);
  return instants.length > 0 ? Math.min(...instants) : undefined;
}
