import type { RunOptions } from "../runner/options.js";
import type { CheckDefinition, GroupInfo } from "./types.js";

export interface SweepReport {
  deleted: string[];
  failed: string[];
}

/**
 * A service the suite checks: its groups in run and report order, each with its checks, and how `sweep` deletes
 * what earlier runs left behind. Each service folder exports one; `src/services/index.ts` lists them.
 */
export interface ServiceDefinition {
  /** The folder name under src/services/ and the value of --services (e.g. `cloudhsmv2`). */
  id: string;
  title: string;
  groups: readonly (GroupInfo & { checks: readonly CheckDefinition[] })[];
  sweep(options: RunOptions, runId: string | undefined, log: (line: string) => void): Promise<SweepReport>;
}
