import { SealedTable } from "./sealed-table.js";
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
 * of the Region). Jobs are sealed (sealed-table.ts): a change of State is a new job set in the old one's place.
 */
export class JobTable<J extends IndexedJob> extends SealedTable<J> {
  readonly byCreation = new SortedIndex<Readonly<J>>();
  /**
   * Per resource, the ids of its jobs that have not ended, in the order they were added. A list, not a Set: a resource
   * has one or a few, and a Set with its hash table was ~420 bytes, a quarter of what a StartCopyJob left in
   * memory (heap snapshots), which every young-generation collection copied while the job ran.
   */
  readonly #open = new Map<string, string[]>();

  /** The jobs of a resource that have not ended, in the order they were added. */
  openOf(resourceArn: string): Readonly<J>[] {
    return (this.#open.get(resourceArn) ?? []).map((id) => this.get(id) as Readonly<J>);
  }

  protected index(id: string, job: Readonly<J>): void {
    this.byCreation.insert(creationKey(job.CreationDate, id), job);
    if (OPEN.has(job.State)) {
      const ids = this.#open.get(job.ResourceArn);
      if (ids === undefined) {
        this.#open.set(job.ResourceArn, [id]);
      } else if (!ids.includes(id)) {
        ids.push(id);
      }
    }
  }

  protected unindex(id: string, job: Readonly<J>): void {
    this.byCreation.remove(creationKey(job.CreationDate, id));
    this.#leave(job.ResourceArn, id);
  }

  /** A job's new State: it keeps its place in creation order, and its place among its resource's open jobs. */
  protected override reindex(id: string, old: Readonly<J>, job: Readonly<J>): void {
    if (old.CreationDate !== job.CreationDate || old.ResourceArn !== job.ResourceArn || !OPEN.has(old.State)) {
      super.reindex(id, old, job);
      return;
    }
    this.byCreation.insert(creationKey(job.CreationDate, id), job);
    if (!OPEN.has(job.State)) {
      this.#leave(job.ResourceArn, id);
    }
  }

  protected clearIndexes(): void {
    this.byCreation.clear();
    this.#open.clear();
  }

  #leave(resourceArn: string, id: string): void {
    const ids = this.#open.get(resourceArn);
    const at = ids?.indexOf(id) ?? -1;
    if (ids === undefined || at < 0) {
      return;
    }
    ids.splice(at, 1);
    if (ids.length === 0) {
      this.#open.delete(resourceArn);
    }
  }
}
