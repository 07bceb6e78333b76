import type { Clock } from "../../../core/time/clock.js";
import type { CopyFault, DomainContext, Settings } from "../domain/context.js";
import type { Builder } from "../seed/build.js";
import type { TagListCheck } from "../seed/tag-check.js";
import type { StateDocument } from "../state/state-document.js";
import type { Store } from "../store/region-store.js";

/** What the control routes act on: the emulator's clock, store, settings and state, wired by createEmulator. */
export interface ControlDeps {
  clock: Clock;
  store: Store;
  /** Runs due transitions; returns whether any ran (then the state is persisted even by a read). */
  runDue(): boolean;
  context(account: string, region: string): DomainContext;
  settings(): Settings;
  setSettings(settings: Settings): void;
  addCopyFault(fault: CopyFault): void;
  exportState(): StateDocument;
  importState(doc: unknown): void;
  reset(): void;
  /** Ready-made clusters and backups, built at once (fixture routes). */
  builder: Builder;
  checkTagList: TagListCheck;
  committed(): void;
  log(message: string): void;
}

/** One control route: method, path below the prefix (groups become `params`), whether it changes the state. */
export interface ControlRoute {
  method: string;
  path: RegExp;
  mutates: boolean;
  handle: (deps: ControlDeps, body: unknown, params: string[]) => unknown;
}
