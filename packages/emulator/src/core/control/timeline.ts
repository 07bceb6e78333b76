import type { TimelineEntry } from "@cloudhsm-kit/spec/control";
import type { Namespace } from "../store/namespaces.js";
import type { DashboardSection } from "./dashboard-section.js";

/** How many state changes the timeline keeps: the dashboard shows recent history, not an audit log. */
export const TIMELINE_LIMIT = 500;

interface Tracked {
  state: string;
  /** The observation that last saw the resource (a resource not seen by the latest one is gone). */
  seen: number;
  service: string;
  account: string;
  region: string;
}

export interface Observed {
  readonly id: string;
  readonly dashboard: Pick<DashboardSection, "states">;
}

const placeOf = (ns: Namespace) => `${ns.account}/${ns.region}`;

/**
 * The state changes of every resource, recorded in one place, by comparing what the services report after a change
 * with what they reported before — the services' domains record nothing and their API behaviour is untouched. The last
 * `limit` changes are kept.
 *
 * A change is dated, in emulated time, by the scheduled transition that named the resource (`named`: ID → due time),
 * else by the time the service says the resource took its state, else `now`; never before the previous observation.
 * An observation may look at one account × Region only (`where`: after a transition there), which is what lets a
 * clock advance show each step of a chain; a resource that changes twice between two observations shows only its
 * latest state.
 */
export function createTimeline(limit = TIMELINE_LIMIT) {
  const known = new Map<TimelineEntry["kind"], Map<string, Tracked>>();
  /** How many resources are tracked per account × Region, to see what a look at one of them no longer finds. */
  const trackedIn = new Map<string, number>();
  let entries: TimelineEntry[] = [];
  let seq = 0;
  let observation = 0;
  let visits = 0;
  let previousAt = Number.NEGATIVE_INFINITY;

  const kindMap = (kind: TimelineEntry["kind"]) => {
    let m = known.get(kind);
    if (!m) {
      m = new Map();
      known.set(kind, m);
    }
    return m;
  };
  let total = 0;
  const count = (place: string, by: number) => {
    trackedIn.set(place, (trackedIn.get(place) ?? 0) + by);
    total += by;
  };

  /** Reads the services' states (in `where` only, when given); records what changed when `record`. */
  function scan(
    services: readonly Observed[],
    now: number,
    named: ReadonlyMap<string, number>,
    record: boolean,
    where?: Namespace,
  ) {
    observation++;
    const found: Omit<TimelineEntry, "seq">[] = [];
    const dated = (id: string, since?: number) => Math.min(now, Math.max(previousAt, named.get(id) ?? since ?? now));
    let seen = 0;
    for (const service of services) {
      service.dashboard.states((kind, id, state, ns, since) => {
        seen++;
        const byId = kindMap(kind);
        const before = byId.get(id);
        if (before === undefined) {
          const { account, region } = ns;
          byId.set(id, { state, seen: observation, service: service.id, account, region });
          count(placeOf(ns), 1);
          if (record) {
            found.push({ at: dated(id, since), service: service.id, kind, id, account, region, to: state });
          }
        } else {
          before.seen = observation;
          if (before.state !== state) {
            if (record) {
              const { account, region } = before;
              const change = { from: before.state, to: state };
              found.push({ at: dated(id, since), service: service.id, kind, id, account, region, ...change });
            }
            before.state = state;
          }
        }
      }, where);
    }
    visits += seen;
    const expected = where ? (trackedIn.get(placeOf(where)) ?? 0) : [...trackedIn.values()].reduce((a, b) => a + b, 0);
    if (seen < expected) {
      for (const [kind, byId] of known) {
        for (const [id, t] of byId) {
          if (t.seen !== observation && (!where || (t.account === where.account && t.region === where.region))) {
            byId.delete(id);
            count(placeOf(t), -1);
            if (record) {
              const { account, region } = t;
              found.push({ at: dated(id), service: t.service, kind, id, account, region, from: t.state });
            }
          }
        }
      }
    }
    previousAt = Math.max(previousAt, now);
    if (found.length > 0) {
      found.sort((a, b) => a.at - b.at);
      // Only the last `limit` can be kept (a state built at once may bring 100,000 backups): number the rest away.
      const kept = found.slice(-limit);
      seq += found.length - kept.length;
      entries.push(...kept.map((e) => ({ seq: seq++, ...e })));
      if (entries.length > limit) {
        entries = entries.slice(entries.length - limit);
      }
    }
    return found.length;
  }

  return {
    limit,
    /** Records the changes since the last observation (of `where` only, when given); returns how many. */
    observe: (
      services: readonly Observed[],
      now: number,
      named: ReadonlyMap<string, number> = new Map(),
      where?: Namespace,
    ) => scan(services, now, named, true, where),
    /** Takes the states as they are as the new starting point, recording nothing (a loaded state, a reset). */
    rebase(services: readonly Observed[], now: number): void {
      known.clear();
      trackedIn.clear();
      total = 0;
      previousAt = Number.NEGATIVE_INFINITY;
      scan(services, now, new Map(), false);
    },
    /** Forgets every recorded change. */
    clear(): void {
      entries = [];
    },
    entries: (): readonly TimelineEntry[] => entries,
    /** How many resource states the observations have read so far (what they cost). */
    visits: () => visits,
    /** How many resources it follows (what one look over everything reads). */
    tracked: () => total,
  };
}
export type Timeline = ReturnType<typeof createTimeline>;
