import { defineGroups } from "../../registry/define.js";
import type { ServiceDefinition } from "../../registry/service.js";
import { CloudHsmContext } from "./context.js";
import { GROUP_TABLE } from "./groups.js";
import { sweep } from "./sweep.js";

export type { GroupId } from "./groups.js";

/** AWS CloudHSM v2 (awsJson1_1): its behaviour groups and checks, and its sweep. */
export const cloudHsmV2Service: ServiceDefinition = {
  id: "cloudhsmv2",
  title: "AWS CloudHSM v2",
  groups: defineGroups("cloudhsmv2", (target, checkId) => new CloudHsmContext(target, checkId), GROUP_TABLE),
  sweep,
};
