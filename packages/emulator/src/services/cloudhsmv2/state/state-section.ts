import type { OpenApiDocument } from "@cloudhsm-kit/spec/validation";
import type { StateSection } from "../../../core/state/state-document.js";
import type { CopyFault, Settings } from "../domain/context.js";
import type { Store } from "../store/region-store.js";
import { createStateChecker } from "./state-check.js";
import { exportNamespaces, importNamespaces, type StateDocument } from "./state-members.js";

export interface StateSectionDeps {
  store: Store;
  spec: OpenApiDocument;
  settings(): { settings: Settings; copyFaults: CopyFault[] };
  /** Takes a document's settings and faults (the store is loaded here). */
  load(doc: { settings: Settings; copyFaults: CopyFault[] }): void;
  reset(): void;
}

/**
 * CloudHSM v2's part of the state document: settings, copy faults and namespaces, checked (./state-check.ts) after
 * the core has checked its own members.
 */
export function createStateSection(deps: StateSectionDeps): StateSection {
  let check: ((doc: unknown) => string | undefined) | undefined;
  return {
    export: () => ({ ...deps.settings(), namespaces: exportNamespaces(deps.store) }),
    check: (doc) => {
      check ??= createStateChecker(deps.spec);
      return check(doc);
    },
    load: (doc, keep) => {
      const d = doc as unknown as StateDocument;
      importNamespaces(deps.store, d, keep);
      deps.load(d);
    },
    reset: () => {
      deps.store.reset();
      deps.reset();
    },
  };
}
