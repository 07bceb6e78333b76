import { IndexedMap } from "./indexed-map.js";
import { creationKey, SortedIndex } from "./sorted-index.js";

/** What the indexes read of a job: none of it changes once the job is made, except its State. */
interface IndexedJob {
  CreationDate: number;
  ResourceArn: string;
  State: string;
}

/** The states a job leaves only by ending (B15 counts the RUNNING ones; CREATED ones may be waiting their turn). */
const OPEN = new Set(["CREATED", "RUNNING"]);

/**
 * A Region's jobs of one kind by id, with two indexes (indexed-map.ts): the jobs in creation order (listings page from
 * a position) and, per resource, the jobs that have not ended (job start and release look at those, not at every job
 * of the Region).
 */
export class JobTable<J extends IndexedJob> extends IndexedMap<J> {
  readonly byCreation = new SortedIndex<J>();
  readonly #open = new Map<string, Set<string>>();

  /**
   * The jobs of a resource that have not ended, in the order they were added. A job's State changes in place, so the
   * ones found ended are dropped here (no job leaves an ended state).
   */
  openOf(resourceArn: string): J[] {
    const ids = this.#open.get(resourceArn);
    const jobs: J[] = [];
    for (const id of ids ?? []) {
      const job = this.get(id);
      if (job !== undefined && OPEN.has(job.State)) {
        jobs.push(job);
      } else {
        ids?.delete(id);
      }
    }
    if (ids?.size === 0) {
      this.#open.delete(resourceArn);
    }
    return jobs;
  }

  protected index(id: string, job: J): void {
    this.byCreation.insert(creationKey(job.CreationDate, id), job);
    if (OPEN.has(job.State)) {
      const ids = this.#open.get(job.ResourceArn) ?? new Set<string>();
      ids.add(id);
      this.#open.set(job.ResourceArn, ids);
    }
  }

  protected unindex(id: string, job: J): void {
    this.byCreation.remove(creationKey(job.CreationDate, id));
    this.#open.get(job.ResourceArn)?.delete(id);
  }

  protected clearIndexes(): void {
    this.byCreation.clear();
    this.#open.clear();
  }
}
