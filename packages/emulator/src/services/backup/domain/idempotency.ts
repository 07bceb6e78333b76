import type { RegionStore } from "../store/region-store.js";

/**
 * The job a repeated request made: "Retrying a successful request with the same idempotency token results in a
 * success message with no action taken" (model, StartCopyJob; B17). Tokens are kept per account and Region, and
 * looked up by the token's index (job-extras-table.ts); `jobs` says which kind of job the request starts.
 */
export function jobWithToken<J>(store: RegionStore, jobs: Map<string, J>, token: string | undefined): J | undefined {
  if (token === undefined) {
    return undefined;
  }
  for (const id of store.jobExtras.idsWithToken(token)) {
    const job = jobs.get(id);
    if (job !== undefined && store.jobExtras.get(id)?.idempotencyToken === token) {
      return job;
    }
  }
  return undefined;
}
