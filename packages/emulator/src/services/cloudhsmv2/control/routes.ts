import { randomUUID } from "node:crypto";
import { CONTROL_PREFIX, type ControlCapability, type ControlInfo } from "@cloudhsm-kit/spec/control";
import { commitAfterDue } from "../../../core/persistence/commit-after-due.js";
import { readBody } from "../../../core/protocol/aws-json/parse-request.js";
import { jsonDepth } from "../../../core/protocol/json-limits.js";
import { responseWithKnownBody } from "../../../core/protocol/known-bodies.js";
import { activateCluster, backupNow } from "../domain/cluster.js";
import type { DomainContext } from "../domain/context.js";
import { CloudHsmV2Error } from "../domain/errors.js";
import { isServedRegion } from "../domain/partitions.js";
import { UNDOC } from "../domain/undocumented.js";
import { FIXTURE_ROUTES } from "../seed/ready-backup-route.js";
import type { ControlDeps, ControlRoute } from "./deps.js";
import { CONTROL_MAX_BODY_BYTES, ControlError, parseAdvance, parseCopyFault, parseSettingsPatch } from "./inputs.js";
import { SHARE_ROUTES } from "./share-routes.js";

/**
 * The control API (control protocol v1, described in spec/control/control-api.yaml) under
 * `/_emulator/v1`: JSON in and out, no SigV4. Errors are 4xx `{"__type", "Message"}`: InvalidInput (400),
 * ResourceNotFound (404), MethodNotAllowed (405), InvalidState (409).
 */
export const CONTROL_VERSION = "0.1.0";
export const CAPABILITIES = [
  "clock",
  "activate",
  "backup-now",
  "copy-faults",
  "settings",
  "state",
  "share-promotion",
  "fixtures",
] as const satisfies readonly ControlCapability[];

const ROUTES: ControlRoute[] = [
  {
    method: "GET",
    path: /^\/info$/,
    mutates: false,
    handle: (d): ControlInfo => ({
      name: "cloudhsm-kit-emulator",
      version: CONTROL_VERSION,
      protocol: 1,
      capabilities: [...CAPABILITIES],
      now: d.clock.now(),
    }),
  },
  {
    method: "POST",
    path: /^\/reset$/,
    mutates: true,
    handle: (d) => {
      d.reset();
      return {};
    },
  },
  { method: "GET", path: /^\/clock$/, mutates: false, handle: (d) => ({ now: d.clock.now() }) },
  {
    method: "POST",
    path: /^\/clock\/advance$/,
    mutates: true,
    handle: (d, body) => {
      d.clock.advance(parseAdvance(body));
      d.runDue();
      return { now: d.clock.now() };
    },
  },
  {
    method: "POST",
    path: /^\/clusters\/([^/]+)\/activate$/,
    mutates: true,
    handle: (d, _body, [id]) => activateCluster(clusterContext(d, id as string), id as string),
  },
  {
    method: "POST",
    path: /^\/clusters\/([^/]+)\/backups$/,
    mutates: true,
    handle: (d, _body, [id]) => ({ Backup: backupNow(clusterContext(d, id as string), id as string) }),
  },
  {
    method: "POST",
    path: /^\/faults\/copy$/,
    mutates: true,
    handle: (d, body) => {
      const fault = parseCopyFault(body, isServedRegion);
      const FaultId = `fault-${randomUUID()}`;
      d.addCopyFault({ FaultId, ...fault });
      return { FaultId };
    },
  },
  { method: "GET", path: /^\/settings$/, mutates: false, handle: (d) => d.settings() },
  {
    method: "PUT",
    path: /^\/settings$/,
    mutates: true,
    handle: (d, body) => {
      const patch = parseSettingsPatch(body);
      const current = d.settings();
      d.setSettings({
        delays: { ...current.delays, ...patch.delays },
        legacyClusterIdCopy: patch.legacyClusterIdCopy ?? current.legacyClusterIdCopy,
      });
      return d.settings();
    },
  },
  { method: "GET", path: /^\/state$/, mutates: false, handle: (d) => d.exportState() },
  {
    method: "PUT",
    path: /^\/state$/,
    mutates: true,
    handle: (d, body) => {
      try {
        d.importState(body);
      } catch (e) {
        throw new ControlError("InvalidInput", 400, `The state document cannot be imported: ${(e as Error).message}`);
      }
      return {};
    },
  },
  ...SHARE_ROUTES,
  ...FIXTURE_ROUTES,
];

/** The namespace holding a cluster: control calls name only the cluster ID. */
function clusterContext(d: ControlDeps, clusterId: string): DomainContext {
  const home = d.store.all().find((r) => r.clusters.has(clusterId));
  if (!home) {
    throw new ControlError("ResourceNotFound", 404, `Cluster '${clusterId}' does not exist in any account or region.`);
  }
  return d.context(home.account, home.region);
}

function reply(status: number, body: unknown): Response {
  return responseWithKnownBody(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

export function createControlRoutes(deps: ControlDeps) {
  return async function control(request: Request): Promise<Response> {
    try {
      const path = new URL(request.url).pathname;
      if (!path.startsWith(CONTROL_PREFIX)) {
        throw new ControlError(
          "ResourceNotFound",
          404,
          `No control route at ${path}; the prefix is ${CONTROL_PREFIX}.`,
        );
      }
      const sub = path.slice(CONTROL_PREFIX.length);
      const matching = ROUTES.filter((r) => r.path.test(sub));
      if (matching.length === 0) {
        throw new ControlError("ResourceNotFound", 404, `No control route at ${path}.`);
      }
      const route = matching.find((r) => r.method === request.method);
      if (!route) {
        throw new ControlError(
          "MethodNotAllowed",
          405,
          `${request.method} is not allowed on ${path}; use ${matching.map((r) => r.method).join(" or ")}.`,
        );
      }
      const text = new TextDecoder().decode(await readBody(request, CONTROL_MAX_BODY_BYTES));
      let body: unknown = {};
      if (text.trim() !== "") {
        if (jsonDepth(text) > UNDOC.maxJsonDepth) {
          throw new ControlError(
            "InvalidInput",
            400,
            `The request body nests objects and arrays deeper than ${UNDOC.maxJsonDepth} levels.`,
          );
        }
        try {
          body = JSON.parse(text);
        } catch {
          throw new ControlError("InvalidInput", 400, "The request body is not valid JSON.");
        }
      }
      const params = (route.path.exec(sub) as RegExpExecArray).slice(1);
      const out = commitAfterDue(deps, route.mutates, () => route.handle(deps, body, params));
      return reply(200, out);
    } catch (e) {
      if (e instanceof ControlError) {
        return reply(e.status, { __type: e.name, Message: e.message });
      }
      if (e instanceof CloudHsmV2Error) {
        // A domain refusal (wrong cluster state) is a state conflict in control terms.
        return reply(409, { __type: "InvalidState", Message: e.message });
      }
      if (e instanceof Error && "status" in e && (e as { status: number }).status === 413) {
        return reply(413, { __type: "InvalidInput", Message: e.message });
      }
      deps.log(`control ${request.method} ${request.url}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return reply(500, { __type: "InternalFailure", Message: "The control request failed unexpectedly." });
    }
  };
}
