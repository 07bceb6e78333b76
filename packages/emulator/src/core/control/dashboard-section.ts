import type { LineageNode, TimelineEntry } from "@cloudhsm-kit/spec/control";
import type { Namespace } from "../store/namespaces.js";

/**
 * Visits one resource whose state the timeline follows: its kind (`backup`, `cluster`, `recovery-point`, … as the
 * control document's TimelineEntry names them), an ID unique within the kind, its state word, its namespace, and,
 * when the service knows it, the emulated time it took that state (a creation date): the timeline's best guess of
 * when a change it only sees afterwards happened.
 */
export type StateVisitor = (
  kind: TimelineEntry["kind"],
  id: string,
  state: string,
  namespace: Namespace,
  since?: number,
) => void;

/**
 * A service's part of the dashboard (GET /_emulator/v1/dashboard, spec/control/control-api.yaml): what it shows and
 * which states it has. Each service builds its own from its store (src/services/<id>/dashboard.ts); the core only
 * assembles them, so it never learns a service's records.
 */
export interface DashboardSection {
  /** The service's member of `services` in the dashboard document, and its copy lineage trees, at emulated `now`. */
  view(now: number): { section: object; lineage: LineageNode[] };
  /** Calls `visit` once for every resource with a state (of the account × Region `where`, when given), in any order.
   * It runs after every change that may move a state, so it should cost little more than a walk over the records. */
  states(visit: StateVisitor, where?: Namespace): void;
  /** Operations that never change a state nor add or remove a resource (tags, policies, settings): after one, the
   * timeline does not look, so that the busiest calls cost what they did. Any operation not listed is looked after. */
  readonly quiet: ReadonlySet<string>;
}
