import type { ControlDeps, ControlRoute } from "../control/deps.js";
import { ControlError } from "../control/inputs.js";
import type { Tag } from "../domain/types.js";
import { isObject } from "../options/option-error.js";
import { DEFAULT_ACCOUNT } from "../protocol/auth.js";
import type { Place } from "./build.js";
import {
  accountProblem,
  clusterIdProblem,
  DEFAULT_FIXTURE_REGION,
  regionProblem,
  unknownMemberProblem,
} from "./members.js";

/**
 * `POST /fixtures/ready-backup` `{"Region"?, "AccountId"?, "TagList"?, "ClusterId"?}`: a READY backup at once
 * (src/seed/build.ts), without moving the emulated clock. Without ClusterId the backup is the activation backup of a
 * new ACTIVE cluster (one ACTIVE HSM, initialized, activated) in Region (default us-east-1) and AccountId (default
 * 123456789012), made with TagList; with ClusterId it is a new backup of that cluster, which must be ACTIVE, looked up
 * in the Region and AccountId given (any when not given). The backup's tags are exactly TagList when given.
 * Reply `{ Backup, Cluster }`; 400 InvalidInput for a wrong member, 404 ResourceNotFound for a cluster not there,
 * 409 InvalidState for a cluster that is not ACTIVE.
 */
const MEMBERS = ["Region", "AccountId", "TagList", "ClusterId"];

interface ReadyBackupRequest {
  Region?: string;
  AccountId?: string;
  TagList?: Tag[];
  ClusterId?: string;
}

function parse(body: unknown, d: ControlDeps): ReadyBackupRequest {
  if (!isObject(body)) {
    throw bad(`Expected {"Region"?, "AccountId"?, "TagList"?, "ClusterId"?}; got a body that is not an object.`);
  }
  const problem =
    unknownMemberProblem(body, MEMBERS, "The body") ??
    (body.Region === undefined ? undefined : regionProblem(body.Region, "Region")) ??
    (body.AccountId === undefined ? undefined : accountProblem(body.AccountId, "AccountId")) ??
    (body.TagList === undefined ? undefined : d.checkTagList(body.TagList, "TagList")) ??
    (body.ClusterId === undefined ? undefined : clusterIdProblem(body.ClusterId, "ClusterId"));
  if (problem) {
    throw bad(`${problem}.`);
  }
  return body as ReadyBackupRequest;
}

const bad = (message: string) => new ControlError("InvalidInput", 400, message);

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

export const FIXTURE_ROUTES: ControlRoute[] = [
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
