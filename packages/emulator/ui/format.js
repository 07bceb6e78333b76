// @ts-check
/** Formatting for the dashboard: words and numbers a person reads, from the JSON's epoch seconds and states. */

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(/** @type {unknown} */ value) {
  return String(value)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** Epoch seconds (emulated) as `2026-11-22 00:00:05`, UTC (the emulator's clock has no time zone). */
export function formatTime(/** @type {number | undefined} */ seconds) {
  if (seconds === undefined) {
    return "";
  }
  return new Date(Math.floor(seconds) * 1000)
    .toISOString()
    .replace("T", " ")
    .replace(/\.\d{3}Z$/, "");
}

/** A duration in seconds as `6 d 23 h`, `4 h 10 min`, `3 min 5 s` or `42 s`: the largest unit and the next, if not 0. */
export function formatDuration(/** @type {number} */ seconds) {
  const s = Math.max(0, Math.floor(seconds));
  /** @type {[string, number][]} */
  const units = [
    ["d", 86_400],
    ["h", 3_600],
    ["min", 60],
    ["s", 1],
  ];
  const first = units.findIndex(([, size]) => s >= size);
  if (first < 0) {
    return "0 s";
  }
  const [name, size] = /** @type {[string, number]} */ (units[first]);
  const next = units[first + 1];
  const rest = next ? Math.floor((s % size) / next[1]) : 0;
  return next && rest > 0 ? `${Math.floor(s / size)} ${name} ${rest} ${next[0]}` : `${Math.floor(s / size)} ${name}`;
}

/** A state word as a CSS class (`state-create-in-progress`): colour is a second cue, never the only one. */
export const stateClass = (/** @type {string} */ state) => `state state-${state.toLowerCase().replaceAll("_", "-")}`;

/** Seconds to add to the clock for the advance form's amount and unit. */
export function secondsOf(/** @type {number} */ amount, /** @type {string} */ unit) {
  const size = { seconds: 1, minutes: 60, hours: 3_600, days: 86_400 }[unit];
  if (size === undefined || !Number.isFinite(amount) || amount < 0) {
    throw new Error(`Cannot advance by ${amount} ${unit}.`);
  }
  return amount * size;
}
