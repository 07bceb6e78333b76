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
 * A Region's jobs of one kind by id. It is a Map, so domain code and the state document read and write it as one;
 * every set and delete also keeps two indexes, never stored (an imported document rebuilds them as it sets each job):
 * the jobs in creation order (listings page from a position) and, per resource, the jobs that have not ended (job
 * start and release look at those, not at every job of the Region).
 */
export class JobTable<J extends IndexedJob> extends Map<string, J> {
  readonly byCreation = new SortedIndex<J>();
  readonly #open = new Map<string, Set<string>>();

  override set(id: string, job: J): this {
    const old = this.get(id);
    if (old !== undefined) {
      this.#unindex(id, old);
    }
    super.set(id, job);
    this.byCreation.insert(creationKey(job.CreationDate, id), job);
    if (OPEN.has(job.State)) {
      const ids = this.#open.get(job.ResourceArn) ?? new Set<string>();
      ids.add(id);
      this.#open.set(job.ResourceArn, ids);
    }
    return this;
  }

  override delete(id: string): boolean {
    const old = this.get(id);
    if (old !== undefined) {
      this.#unindex(id, old);
    }
    return super.delete(id);
  }

  override clear(): void {
    super.clear();
    this.byCreation.clear();
    this.#open.clear();
  }

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

  #unindex(id: string, job: J): void {
    this.byCreation.remove(creationKey(job.CreationDate, id));
    this.#open.get(job.ResourceArn)?.delete(id);
  }
}
