import type { NewEvent } from "../../../core/time/scheduler.js";
import type { BackupStore, RegionStore } from "../store/region-store.js";
import type { BackupDelays } from "./delays.js";

/** What an AWS Backup operation or event runs with: the stores, who calls from where and when, and the scheduler. */
export interface BackupContext {
  store: BackupStore;
  account: string;
  region: string;
  /** The partition of `region` (`aws`, `aws-cn`, …). */
  partition: string;
  /** Emulated time, epoch seconds. */
  now: number;
  uuid(): string;
  hex(length: number): string;
  delays: BackupDelays;
  /** The error of a missing vault: the modelled one (default) or AWS's observed 403 (B18). */
  missingVault: MissingVaultError;
  /** The legacy option: AWS Backup as the seed page describes it (its outdated copy and cold-storage limits). */
  legacyBackupSeed: boolean;
  /** Takes the message of the next copy fault injected through the control API, if any. */
  takeCopyFault(): string | undefined;
  /** Schedules an event in this account and region. */
  schedule(event: Omit<NewEvent, "account" | "region">): void;
  /** Schedules an event in another namespace (a copy's destination). */
  scheduleIn(account: string, region: string, event: Omit<NewEvent, "account" | "region">): void;
}

export type MissingVaultError = "ResourceNotFoundException" | "AccessDeniedException";

/** The caller's own namespace. */
export const here = (ctx: BackupContext): RegionStore => ctx.store.region(ctx.account, ctx.region);
