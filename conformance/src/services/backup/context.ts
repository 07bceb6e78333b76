import { type BackupClient, createBackupClient } from "@cloudhsm-kit/client/backup";
import { CheckContext } from "../../harness/context.js";
import type { Declared } from "../../registry/define.js";
import type { BackupAccess } from "./fixtures/access.js";
import { CopyFixtures } from "./fixtures/copies.js";
import { VaultFixtures } from "./fixtures/vaults.js";
import { observingBackupFetch } from "./wire.js";

/**
 * What an AWS Backup check receives: the core context plus Backup clients per Region (every reply validated against
 * the Backup document) and this service's fixtures — vaults tagged with the run id, recovery points, copies.
 */
export class BackupContext extends CheckContext implements BackupAccess {
  readonly #backup = new Map<string, BackupClient>();
  readonly vaults = new VaultFixtures(this);
  readonly copies = new CopyFixtures(this, this.vaults);

  /** An AWS Backup client for `region` (default: the primary region). */
  backup(region: string = this.target.regions.primary): BackupClient {
    let client = this.#backup.get(region);
    if (!client) {
      client = createBackupClient({
        region,
        ...(this.target.endpoint ? { endpoint: this.target.endpoint } : {}),
        credentials: this.credentials(region),
        fetch: observingBackupFetch((v) => this.recordViolation(v), this.fetch),
        maxAttempts: this.target.maxAttempts,
        timeoutMs: 30_000,
      });
      this.#backup.set(region, client);
    }
    return client;
  }

  /** The second region of the run (a cross-Region copy's destination); skips the check without one. */
  get destinationRegion(): string {
    return this.region("second");
  }
}

/** An AWS Backup check as its group's module declares it (the group table in groups.ts adds the rest). */
export type Check = Declared<BackupContext>;
