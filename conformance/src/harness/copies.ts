import type { components } from "@cloudhsm-kit/spec";
import { advanceFor } from "./clusters.js";
import type { Backup, CheckContext, Tag } from "./context.js";
import { CheckFailed, fail } from "./failure.js";
import { guarded } from "./fixture-guard.js";

type CopyOutput = components["schemas"]["CopyBackupToRegionResponse"];

/** The fixture key under which a copy into `region` that never completed is remembered. */
const copiesInto = (region: string) => `copy-ready:${region}`;

/**
 * Copies and the waits around them: copy a backup and find the copy, wait until it settles, discard it after the
 * check, and the control protocol's copy fault. With the control protocol each wait advances the emulated clock.
 */
export class Copies {
  constructor(private readonly t: CheckContext) {}

  untilReady(backupId: string, region: string): Promise<Backup> {
    return this.#untilBackup(backupId, region, "READY", (b) => b.BackupState === "READY", "backupCreate");
  }

  /** Polls one backup until `done` holds (an unlisted backup counts as a record with only its id). */
  #untilBackup(
    backupId: string,
    region: string,
    what: string,
    done: (b: Backup) => boolean,
    kind: "backupCreate" | "copy",
  ): Promise<Backup> {
    return this.t.waitFor(
      `backup ${backupId} in ${region} ${what}`,
      async () => (await this.t.describeBackup(backupId, region)) ?? ({ BackupId: backupId } as Backup),
      done,
      { advanceSeconds: advanceFor(this.t, kind) },
    );
  }

  /**
   * Copies `backupId` from `from` to `to` and finds the copy in the destination region. The copy is deleted at
   * the end of the check once it is READY. The TagList sent is `tags`, the run tag when `tags` is not given (so
   * that `sweep` finds leftovers), or none at all with `tags: "omit"`.
   */
  async copy(
    backupId: string,
    from: string,
    to: string,
    options: { tags?: Tag[] | "omit"; extra?: Record<string, unknown> } = {},
  ): Promise<{ output: CopyOutput; copy: Backup }> {
    const tags = options.tags ?? [this.t.runTag];
    const input = {
      BackupId: backupId,
      DestinationRegion: to,
      ...(tags === "omit" ? {} : { TagList: tags }),
      ...options.extra,
    };
    const before = await this.t.copyIds(backupId, to);
    const output = await this.t.client(from).copyBackupToRegion(input);
    const copy = await this.t.findCopy(output.DestinationBackup?.SourceBackup ?? backupId, to, before);
    this.t.cleanups.push(`delete copy ${copy.BackupId} in ${to}`, () => this.discardCopy(copy.BackupId, to));
    return { output, copy };
  }

  /**
   * Waits until a copy in `region` reaches one of `states` (advancing the emulated clock by the copy delay); for the
   * checks that own the copy's outcome. A copy that never settles is remembered, so that the checks that only need a
   * READY copy (`readyCopy`) are blocked at once instead of each waiting out the deadline.
   */
  async settleCopy(backupId: string, region: string, ...states: string[]): Promise<Backup> {
    const what = `reaches ${states.join(" or ")}`;
    try {
      return await this.#untilBackup(backupId, region, what, (b) => states.includes(b.BackupState ?? ""), "copy");
    } catch (error) {
      if (error instanceof CheckFailed) {
        this.t.target.blocked.set(copiesInto(region), error.message);
      }
      throw error;
    }
  }

  /** A copy a check only needs READY (its outcome is another check's business): blocked if copies do not complete. */
  readyCopy(backupId: string, region: string): Promise<Backup> {
    return guarded(this.t.target, copiesInto(region), `a copy into ${region} that becomes READY`, async () => {
      const settled = await this.settleCopy(backupId, region, "READY", "DELETED");
      return settled.BackupState === "READY" ? settled : fail(`the copy ${backupId} in ${region} ended DELETED`);
    });
  }

  /**
   * Cleanup of a copy: waits until it has left CREATE_IN_PROGRESS, then deletes it if it is READY. Where copies into
   * the region do not complete, the copy is left for `sweep` rather than waited for again.
   */
  async discardCopy(backupId: string, region: string): Promise<void> {
    if (this.t.target.blocked.has(copiesInto(region))) {
      this.t.note(`left copy ${backupId} in ${region} for sweep: copies into ${region} do not complete`);
      return;
    }
    const settled = (b: Backup) => b.BackupState !== "CREATE_IN_PROGRESS";
    await this.#untilBackup(backupId, region, "out of CREATE_IN_PROGRESS", settled, "copy");
    await this.deleteIfReady(backupId, region);
  }

  /** Deletes a backup when it is READY (cleanup); other states are left alone. */
  async deleteIfReady(backupId: string, region: string): Promise<void> {
    const backup = await this.t.describeBackup(backupId, region);
    if (backup?.BackupState === "READY") {
      await this.t.client(region).deleteBackup({ BackupId: backupId });
    }
  }

  /** Makes the next copy of `backupId` fail through the control protocol (asynchronous failure path). */
  failNextCopy(backupId: string, destinationRegion: string): Promise<string> {
    return this.t.control.failNextCopy({ BackupId: backupId, DestinationRegion: destinationRegion });
  }
}
