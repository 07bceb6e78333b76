/**
 * A fixed set of lanes (each a resource that runs one job at a time) shared by concurrent jobs: `use` waits for a
 * free lane, runs the job on it and hands the lane to the next waiting job, first come first served.
 */
export interface LanePool<L> {
  use<T>(job: (lane: L) => Promise<T>): Promise<T>;
}

export function lanePool<L>(lanes: readonly L[]): LanePool<L> {
  const free = [...lanes];
  const waiting: ((lane: L) => void)[] = [];
  return {
    async use(job) {
      const lane = free.pop() ?? (await new Promise<L>((resolve) => waiting.push(resolve)));
      try {
        return await job(lane);
      } finally {
        const next = waiting.shift();
        if (next) {
          next(lane);
        } else {
          free.push(lane);
        }
      }
    },
  };
}
