import type { ControlRoute } from "../../../core/control/route.js";
import type { CopyFault, DomainContext, Settings } from "../domain/context.js";
import type { Builder } from "../seed/build.js";
import type { TagListCheck } from "../seed/tag-check.js";
import type { Store } from "../store/region-store.js";

/** What CloudHSM's control routes act on: its store, settings and faults, wired by the service. */
export interface ControlDeps {
  store: Store;
  context(account: string, region: string): DomainContext;
  settings(): Settings;
  setSettings(settings: Settings): void;
  addCopyFault(fault: CopyFault): void;
  /** Ready-made clusters and backups, built at once (fixture routes). */
  builder: Builder;
  checkTagList: TagListCheck;
}

/** A CloudHSM control route before its dependencies are bound (see `bindRoutes`). */
export interface CloudHsmControlRoute extends Omit<ControlRoute, "handle"> {
  handle: (deps: ControlDeps, body: unknown, params: string[]) => unknown;
}

export const bindRoutes = (routes: readonly CloudHsmControlRoute[], deps: ControlDeps): ControlRoute[] =>
  routes.map((r) => ({ ...r, handle: (body, params) => r.handle(deps, body, params) }));
