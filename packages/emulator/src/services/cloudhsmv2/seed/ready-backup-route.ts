import type { ReadyBackupRequest } from "@cloudhsm-kit/spec/control";
import { bad, ControlError, checkedBody } from "../../../core/control/inputs.js";
import { DEFAULT_ACCOUNT } from "../../../core/protocol/sigv4.js";
import type { CloudHsmControlRoute, ControlDeps } from "../control/deps.js";
import type { Place } from "./build.js";
import { DEFAULT_FIXTURE_REGION, regionProblem } from "./members.js";

/**
 * `POST /fixtures/ready-backup` `{"Region"?, "AccountId"?, "TagList"?, "ClusterId"?}`: a READY backup at once
 * (src/services/cloudhsmv2/seed/build.ts), without moving the emulated clock. Without ClusterId the backup is the
 * activation backup of a new ACTIVE cluster (one ACTIVE HSM, initialized, activated) in Region (default us-east-1) and
 * AccountId (default 123456789012), made with TagList; with ClusterId it is a new backup of that cluster, which must be
 * ACTIVE, looked up in the Region and AccountId given (any when not given). The backup's tags are exactly TagList when
 * given. Reply `{ Backup, Cluster }`; 400 InvalidInput for a wrong member, 404 ResourceNotFound for a cluster not
 * there, 409 InvalidState for a cluster that is not ACTIVE.
 */
function parse(body: unknown, d: ControlDeps): ReadyBackupRequest {
  const input = checkedBody<ReadyBackupRequest>(
    "CreateReadyBackup",
    body,
    'Expected {"Region"?, "AccountId"?, "TagList"?, "ClusterId"?}',
  );
  // What the control document leaves to the emulator: a region it serves, and tags of the AWS `Tag` shape.
  const problem =
    (input.Region === undefined ? undefined : regionProblem(input.Region, "Region")) ??
    (input.TagList === undefined ? undefined : d.checkTagList(input.TagList, "TagList"));
  if (problem) {
    throw bad(`${problem}.`);
  }
  return input;
}

/** The namespace of the named cluster, among those the request allows. */
function clusterPlace(d: ControlDeps, input: ReadyBackupRequest, clusterId: string): Place {
  const home = d.store
    .all()
    .find(
      (r) =>
        r.clusters.has(clusterId) &&
        (input.Region === undefined || r.region === input.Region) &&
        (input.AccountId === undefined || r.account === input.AccountId),
    );
  if (!home) {
    const where = [input.AccountId && `account ${input.AccountId}`, input.Region && `region ${input.Region}`]
      .filter(Boolean)
      .join(" in ");
    throw new ControlError(
      "ResourceNotFound",
      404,
      `Cluster '${clusterId}' does not exist in ${where || "any account or region"}.`,
    );
  }
  return { account: home.account, region: home.region };
}

export const FIXTURE_ROUTES: CloudHsmControlRoute[] = [
  {
    method: "POST",
    path: /^\/fixtures\/ready-backup$/,
    mutates: true,
    handle: (d, body) => {
      const input = parse(body, d);
      const options = { ...(input.TagList ? { tags: input.TagList } : {}) };
      if (input.ClusterId === undefined) {
        const place = { account: input.AccountId ?? DEFAULT_ACCOUNT, region: input.Region ?? DEFAULT_FIXTURE_REGION };
        return d.builder.readyBackup(place, options);
      }
      const place = clusterPlace(d, input, input.ClusterId);
      return d.builder.readyBackup(place, { ...options, clusterId: input.ClusterId });
    },
  },
];
