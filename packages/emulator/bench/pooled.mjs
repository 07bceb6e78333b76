// wrk runs of one server taken together, as if they were one run (harness.mjs `sideBySide` measures in slices):
// requests/s, the pooled p50 and p99, and the errors.

/**
 * Runs of one server taken together, each { requests, seconds, non2xx, socketErrors, latency } as harness.mjs `wrk`
 * reads it (`latency`: [percentile, ms] pairs in ascending order): their requests over their time (`rps`); the p50
 * and p99 of all their requests, each run's distribution weighted by its requests (the smallest latency at which the
 * pooled share reaches the percentile, as finely as the runs' percentiles are given); every non-2xx reply and socket
 * error; and each run's own figures under `parts` when there were several.
 */
export function pooled(runs) {
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  const seconds = runs.reduce((t, r) => t + r.seconds, 0);
  const errors = runs.flatMap((r) => (r.socketErrors ? [r.socketErrors] : []));
  return {
    requests,
    seconds,
    rps: requests / seconds,
    p50: pooledPercentile(runs, 50),
    p99: pooledPercentile(runs, 99),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    socketErrors: errors.length === 0 ? null : sumErrors(errors),
    ...(runs.length > 1 ? { parts: runs.map((r) => pooled([r])) } : {}),
  };
}

/** Socket errors of several runs, kind by kind. */
export const sumErrors = (errors) =>
  Object.fromEntries(
    ["connect", "read", "write", "timeout"].map((kind) => [kind, errors.reduce((n, e) => n + e[kind], 0)]),
  );

/** Percentiles in thousandths of a percent: whole numbers, so that sums of shares compare exactly. */
const milli = (percent) => Math.round(percent * 1000);

/** The share (thousandths of a percent) of a run's requests answered within `ms`: its largest percentile at or under. */
const shareWithin = (latency, ms) => {
  let share = 0;
  for (const [p, at] of latency) {
    if (at > ms) {
      break;
    }
    share = milli(p);
  }
  return share;
};

function pooledPercentile(runs, percentile) {
  const total = runs.reduce((n, r) => n + r.requests, 0);
  const candidates = [...new Set(runs.flatMap((r) => r.latency.map(([, ms]) => ms)))].sort((a, b) => a - b);
  const reached = (ms) =>
    runs.reduce((n, r) => n + r.requests * shareWithin(r.latency, ms), 0) >= total * milli(percentile);
  return candidates.find(reached) ?? Number.NaN;
}
