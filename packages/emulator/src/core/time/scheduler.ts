/**
 * Due transitions held as data (STYLE §5 time/): `{ at, kind, … }` in a min-heap ordered by due time, then by
 * insertion. `runDue(now, apply)` applies every event whose time has come, in order, each at its own due time, so
 * a 30-day clock advance replays 30 daily backups with the right timestamps. No timers, no background work.
 */
export interface ScheduledEvent {
  at: number;
  seq: number;
  kind: string;
  account: string;
  region: string;
  id: string;
}

export type NewEvent = Omit<ScheduledEvent, "seq">;

/**
 * An event as the queue holds it, written member by member: every event then has one hidden class (V8's map). A
 * spread copy of the caller's object did not: most of 20,000 copy jobs' events had a map and descriptor array of
 * their own (~240 bytes each, for the ~60 s a copy job's events wait).
 */
const queued = (e: NewEvent, seq: number): ScheduledEvent => ({
  at: e.at,
  seq,
  kind: e.kind,
  account: e.account,
  region: e.region,
  id: e.id,
});

export function createScheduler(initial: ScheduledEvent[] = []) {
  let heap: ScheduledEvent[] = [];
  let seq = 0;
  const less = (a: ScheduledEvent, b: ScheduledEvent) => a.at < b.at || (a.at === b.at && a.seq < b.seq);
  const swap = (i: number, j: number) => {
    const t = heap[i] as ScheduledEvent;
    heap[i] = heap[j] as ScheduledEvent;
    heap[j] = t;
  };
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(heap[i] as ScheduledEvent, heap[p] as ScheduledEvent)) {
        return;
      }
      swap(i, p);
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l] as ScheduledEvent, heap[m] as ScheduledEvent)) {
        m = l;
      }
      if (r < heap.length && less(heap[r] as ScheduledEvent, heap[m] as ScheduledEvent)) {
        m = r;
      }
      if (m === i) {
        return;
      }
      swap(i, m);
      i = m;
    }
  };
  const push = (e: ScheduledEvent) => {
    heap.push(e);
    up(heap.length - 1);
  };
  const pop = (): ScheduledEvent | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      down(0);
    }
    return top;
  };
  const load = (events: ScheduledEvent[]) => {
    heap = [];
    seq = 0;
    for (const e of events) {
      push(queued(e, e.seq));
      seq = Math.max(seq, e.seq + 1);
    }
  };
  load(initial);

  return {
    schedule(event: NewEvent): void {
      push(queued(event, seq++));
    },
    /** Applies due events in order; `apply` may schedule more (those due by `now` run in the same pass). */
    runDue(now: number, apply: (event: ScheduledEvent) => void): number {
      let ran = 0;
      while (heap.length > 0 && (heap[0] as ScheduledEvent).at <= now) {
        apply(pop() as ScheduledEvent);
        ran++;
      }
      return ran;
    },
    nextAt: (): number | undefined => heap[0]?.at,
    size: () => heap.length,
    /** Events in due order (for export). */
    snapshot: (): ScheduledEvent[] => [...heap].sort((a, b) => (less(a, b) ? -1 : 1)),
    load,
  };
}
export type Scheduler = ReturnType<typeof createScheduler>;
