import { randomBytes } from "node:crypto";
import type { LineageNode } from "@cloudhsm-kit/spec/control";
import { responseWithKnownBody } from "../protocol/known-bodies.js";
import type { DashboardSection } from "./dashboard-section.js";
import type { ControlMount } from "./route.js";
import { createTimeline } from "./timeline.js";

export interface DashboardDeps {
  /** Emulated time now, epoch seconds. */
  now(): number;
  /** Wall-clock milliseconds (a monotonic clock): how long ago someone read the dashboard. */
  wallMs?: () => number;
  /** Below this many resources the timeline follows every change unwatched (default FOLLOW_BELOW). */
  followBelow?: number;
  services: readonly { readonly id: string; readonly dashboard: DashboardSection }[];
}

/**
 * States the timeline may read after the single transitions of one run (one request, or one clock advance): enough
 * for every step of a normal advance, while a year's advance over thousands of backups costs at most some tens of
 * milliseconds more (past the budget, the steps of a chain within the run show only where they ended).
 */
export const LOOK_BUDGET = 1_000_000;

/**
 * How long after a read of the dashboard someone is taken to be watching (wall-clock milliseconds; the page polls
 * every second). While watched — or while the emulator holds fewer than FOLLOW_BELOW resources, when a look costs
 * little — the timeline looks after every change and every transition. Otherwise it looks at nothing, so a large
 * state that CI suites hammer and nobody watches costs nothing per write, and the next read catches up (dating what
 * it finds by the transitions that made it and the services' own times).
 */
export const WATCH_MS = 10_000;

/** Below this many resources the timeline follows every change even unwatched: one look reads them all. */
export const FOLLOW_BELOW = 5_000;

/** How many unwatched transitions keep their time for the next read to date them by. */
const UNSEEN_NAMED_LIMIT = 10_000;

/** Whether an If-None-Match header names this ETag (a list, weak or strong, or `*`). */
export function matchesEtag(header: string | null, etag: string): boolean {
  if (header === null) {
    return false;
  }
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}

/**
 * The dashboard document (GetDashboard, `GET /_emulator/v1/dashboard`): every service's section, the copy lineage, the
 * timeline of state changes and the clock. Its revision moves on every change the emulator commits (`changed`), so a
 * poller's If-None-Match is answered 304 with no work while nothing happens. The revision starts with a random part
 * per emulator, so a page left open across a restart never keeps an old document.
 */
export function createDashboard(deps: DashboardDeps) {
  const boot = randomBytes(4).toString("hex");
  const timeline = createTimeline();
  const wallMs = deps.wallMs ?? (() => performance.now());
  let version = 0;
  let watchedUntil = Number.NEGATIVE_INFINITY;
  const followBelow = deps.followBelow ?? FOLLOW_BELOW;
  const watched = () => timeline.tracked() < followBelow || wallMs() < watchedUntil;
  /** The emulated time of the latest change the timeline has not looked at yet, if any, and the transitions since
   * (resource ID → when), which date what they changed; bounded, past which a change is dated when it is seen. */
  let unseenUntil: number | undefined;
  const unseenNamed = new Map<string, number>();
  const catchUp = () => {
    if (unseenUntil !== undefined) {
      timeline.observe(deps.services, unseenUntil, unseenNamed);
      unseenUntil = undefined;
      unseenNamed.clear();
    }
  };
  const revision = () => `${boot}.${version}`;

  const document = () => {
    watchedUntil = wallMs() + WATCH_MS;
    catchUp();
    const now = deps.now();
    const services: Record<string, object> = {};
    const lineage: LineageNode[] = [];
    for (const s of deps.services) {
      const view = s.dashboard.view(now);
      services[s.id] = view.section;
      lineage.push(...view.lineage);
    }
    return {
      revision: revision(),
      now,
      services,
      lineage,
      timeline: timeline.entries(),
      timelineLimit: timeline.limit,
    };
  };

  return {
    /** After a committed change: records the state changes, unless the change cannot have moved a state
     * (`look: false`), and moves the revision. */
    changed(look = true): void {
      if (look) {
        unseenUntil = deps.now();
        if (watched()) {
          catchUp();
        }
      }
      version++;
    },
    /** After a state was loaded (or everything reset): the new states are the starting point, recorded as nothing. */
    rebase(options: { forget: boolean }): void {
      if (options.forget) {
        timeline.clear();
      }
      unseenUntil = undefined;
      unseenNamed.clear();
      timeline.rebase(deps.services, deps.now());
      version++;
    },
    /** Watches one run of due transitions: after each, the timeline looks at the transition's account × Region (so a
     * clock advance shows every step of a chain), within a budget of LOOK_BUDGET states read per run; at the end it
     * looks everywhere (a copy lands in another Region) and the revision moves. */
    transitions() {
      let named: Map<string, number> | undefined; // made at the first transition: most requests have none
      const start = timeline.visits();
      return {
        /** Before a transition is applied: while watched, what changed before it is looked at first. */
        applying(): void {
          if (named === undefined && watched()) {
            catchUp();
          }
        },
        applied(event: { at: number; account: string; region: string; id: string }): void {
          named ??= new Map();
          if (!watched()) {
            unseenUntil = event.at;
            for (const id of event.id.split("/")) {
              if (unseenNamed.size < UNSEEN_NAMED_LIMIT) {
                unseenNamed.set(id, event.at);
              }
            }
            return;
          }
          for (const id of event.id.split("/")) {
            named.set(id, event.at);
          }
          if (timeline.visits() - start < LOOK_BUDGET) {
            timeline.observe(deps.services, event.at, named, event);
          }
        },
        finish(): void {
          if (named) {
            if (watched()) {
              timeline.observe(deps.services, deps.now(), named);
            }
            version++;
          }
        },
      };
    },
    revision,
    document,
    mount: (): ControlMount => ({
      prefix: "",
      capabilities: [],
      routes: [
        {
          method: "GET",
          path: /^\/dashboard$/,
          mutates: false,
          handle: (_body, _params, request) => {
            const etag = `"${revision()}"`;
            const headers = { ETag: etag, "Cache-Control": "no-cache" };
            if (matchesEtag(request.headers.get("if-none-match"), etag)) {
              return new Response(null, { status: 304, headers });
            }
            return responseWithKnownBody(JSON.stringify(document()), {
              status: 200,
              headers: { ...headers, "Content-Type": "application/json" },
            });
          },
        },
      ],
    }),
  };
}
export type Dashboard = ReturnType<typeof createDashboard>;
