import { randomUUID } from "node:crypto";
import type { ControlCapability } from "@cloudhsm-kit/spec/control";
import { ControlError } from "../../../core/control/inputs.js";
import type { ControlMount } from "../../../core/control/route.js";
import { activateCluster, backupNow } from "../domain/cluster.js";
import type { DomainContext } from "../domain/context.js";
import { isServedRegion } from "../domain/partitions.js";
import { FIXTURE_ROUTES } from "../seed/ready-backup-route.js";
import { bindRoutes, type CloudHsmControlRoute, type ControlDeps } from "./deps.js";
import { parseCopyFault, parseSettingsPatch } from "./inputs.js";
import { SHARE_ROUTES } from "./share-routes.js";

/**
 * CloudHSM v2's control routes (control protocol v1, spec/control/control-api.yaml): activating a cluster, a backup
 * now, copy faults, settings, share promotion and fixtures. Mounted at the control prefix itself (prefix ""), where
 * protocol v1 put them; the clock, reset, info and state routes are the core's.
 */
export const CAPABILITIES = [
  "activate",
  "backup-now",
  "copy-faults",
  "settings",
  "share-promotion",
  "fixtures",
] as const satisfies readonly ControlCapability[];

const ROUTES: CloudHsmControlRoute[] = [
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

export function cloudHsmControl(deps: ControlDeps): ControlMount {
  return { prefix: "", capabilities: CAPABILITIES, routes: bindRoutes(ROUTES, deps) };
}
