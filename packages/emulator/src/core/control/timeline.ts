import type { TimelineEntry } from "@cloudhsm-kit/spec/control";
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

/**
 * The state changes of every resource, recorded in one place, by comparing what the services report after each change
 * with what they reported before — the services' domains record nothing and their API behaviour is untouched. The last
 * `limit` changes are kept.
 *
 * A change is dated, in emulated time, by the scheduled transition that named the resource (`named`: ID → due time),
 * else by the time the service says the resource took its state, else `now`; never before the previous observation.
 * A resource that changes twice between two observations (within one clock advance, with no transition naming it) shows
 * only its latest state.
 */
export function createTimeline(limit = TIMELINE_LIMIT) {
  const known = new Map<TimelineEntry["kind"], Map<string, Tracked>>();
  let entries: TimelineEntry[] = [];
  let seq = 0;
  let observation = 0;
  let tracked = 0;
  let previousAt = Number.NEGATIVE_INFINITY;

  const kindMap = (kind: TimelineEntry["kind"]) => {
    let m = known.get(kind);
    if (!m) {
      m = new Map();
      known.set(kind, m);
    }
    return m;
  };

  /** Reads every service's states; records what changed when `record`, else only remembers them. */
  function scan(services: readonly Observed[], now: number, named: ReadonlyMap<string, number>, record: boolean) {
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
          byId.set(id, { state, seen: observation, service: service.id, account: ns.account, region: ns.region });
          tracked++;
          if (record) {
            found.push({
              at: dated(id, since),
              service: service.id,
              kind,
              id,
              account: ns.account,
              region: ns.region,
              to: state,
            });
          }
        } else {
          before.seen = observation;
          if (before.state !== state) {
            if (record) {
              const { account, region } = before;
              found.push({
                at: dated(id, since),
                service: service.id,
                kind,
                id,
                account,
                region,
                from: before.state,
                to: state,
              });
            }
            before.state = state;
          }
        }
      });
    }
    if (seen < tracked) {
      for (const [kind, byId] of known) {
        for (const [id, t] of byId) {
          if (t.seen !== observation) {
            byId.delete(id);
            tracked--;
            if (record) {
              found.push({
                at: dated(id),
                service: t.service,
                kind,
                id,
                account: t.account,
                region: t.region,
                from: t.state,
              });
            }
          }
        }
      }
    }
    previousAt = Math.max(previousAt, now);
    if (found.length > 0) {
      found.sort((a, b) => a.at - b.at);
      entries.push(...found.map((e) => ({ seq: seq++, ...e })));
      if (entries.length > limit) {
        entries = entries.slice(entries.length - limit);
      }
    }
    return found.length;
  }

  return {
    limit,
    /** Records the changes since the last observation; returns how many. */
    observe: (services: readonly Observed[], now: number, named: ReadonlyMap<string, number> = new Map()) =>
      scan(services, now, named, true),
    /** Takes the states as they are as the new starting point, recording nothing (a loaded state, a reset). */
    rebase(services: readonly Observed[], now: number): void {
      known.clear();
      tracked = 0;
      previousAt = Number.NEGATIVE_INFINITY;
      scan(services, now, new Map(), false);
    },
    /** Forgets every recorded change. */
    clear(): void {
      entries = [];
    },
    entries: (): readonly TimelineEntry[] => entries,
  };
}
export type Timeline = ReturnType<typeof createTimeline>;
