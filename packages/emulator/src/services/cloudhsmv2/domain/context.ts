import type { IdGenerator } from "../../../core/ids.js";
import type { NewEvent } from "../../../core/time/scheduler.js";
import type { Store } from "../store/region-store.js";

/** Seconds of emulated time each asynchronous transition takes (control API `settings.delays`). */
export interface Delays {
  backupCreate: number;
  copy: number;
  clusterCreate: number;
  clusterInitialize: number;
  clusterDelete: number;
  hsmCreate: number;
  hsmDelete: number;
}

export interface Settings {
  delays: Delays;
  /** Accept the legacy `ClusterId` member of CopyBackupToRegion (cloudhsmv2-api.md §5(a)). */
  legacyClusterIdCopy: boolean;
}

/** A pending "make the next matching copy fail" (control API `faults/copy`). */
export interface CopyFault {
  FaultId: string;
  BackupId?: string;
  DestinationRegion?: string;
}

/**
 * What every domain function receives: the store, the caller's namespace, the time of the call and a way to
 * schedule transitions. Domain code never reads a clock.
 */
export interface DomainContext {
  readonly store: Store;
  readonly account: string;
  readonly region: string;
  readonly now: number;
  readonly ids: IdGenerator;
  readonly settings: Settings;
  readonly copyFaults: CopyFault[];
  /** Whether the caller's key may act in a region (strict mode can restrict keys to regions). */
  mayUseRegion(region: string): boolean;
  schedule(event: Omit<NewEvent, "account" | "region"> & { account?: string; region?: string }): void;
}
