import { ControlError } from "../../../core/control/inputs.js";
import { promoteResourceShare } from "../domain/resource-shares.js";
import type { CloudHsmControlRoute } from "./deps.js";
import { parseShareTarget } from "./inputs.js";

/**
 * `POST /resource-shares/promote` `{"ResourceArn"}`: what RAM's PromoteResourceShareCreatedFromPolicy does to the share
 * a backup's resource policy made (src/services/cloudhsmv2/domain/resource-shares.ts). The ARN names the owner's
 * account and region, as a cluster ID does for the cluster routes. A backup not there → 404 ResourceNotFound; a backup
 * without a policy → 409 InvalidState; promoting twice is allowed and changes nothing.
 */
export const SHARE_ROUTES: CloudHsmControlRoute[] = [
  {
    method: "POST",
    path: /^\/resource-shares\/promote$/,
    mutates: true,
    handle: (d, body) => {
      const target = parseShareTarget(body);
      const backup = d.store.peek(target.account, target.region)?.backups.get(target.resourceId);
      if (backup?.BackupArn !== target.arn) {
        throw new ControlError(
          "ResourceNotFound",
          404,
          `Backup ${target.arn} does not exist in account ${target.account} in ${target.region}.`,
        );
      }
      return promoteResourceShare(d.context(target.account, target.region), backup.BackupId);
    },
  },
];
