import { defineFault } from "../fault.js";
import { callerAccount, okReply } from "../wire-json.js";

export const policyOnUnreadyBackupAccepted = defineFault({
  name: "policy-on-unready-backup-accepted",
  level: "required",
  breaks: "In order to share a backup, it must be in a READY state; PutResourcePolicy refuses any other.",
  source: "cloudhsmv2-api.md §2.1 Get/Put/DeleteResourcePolicy, §5(b) (sharing); API_PutResourcePolicy",
  groups: ["sharing"],
  operations: ["PutResourcePolicy"],
  create: () => ({
    response: (reply, { input }) =>
      reply.status === 400 && input
        ? { status: 200, output: { ResourceArn: input.ResourceArn, Policy: input.Policy } }
        : undefined,
  }),
});

export const deleteResourcePolicyIgnored = defineFault({
  name: "delete-resource-policy-ignored",
  level: "required",
  breaks: "DeleteResourcePolicy removes the resource policy from a backup.",
  source: "cloudhsmv2-api.md §2.1 Get/Put/DeleteResourcePolicy; API_DeleteResourcePolicy",
  groups: ["sharing"],
  operations: ["DeleteResourcePolicy"],
  create: () => ({
    request: ({ input }) => ({ answer: okReply({ ResourceArn: input?.ResourceArn }) }),
  }),
});

export const getResourcePolicyEmpty = defineFault({
  name: "get-resource-policy-empty",
  level: "required",
  breaks: "GetResourcePolicy returns the policy PutResourcePolicy attached to the backup.",
  source: "cloudhsmv2-api.md §2.1 Get/Put/DeleteResourcePolicy; API_GetResourcePolicy",
  groups: ["sharing"],
  operations: ["GetResourcePolicy"],
  create: () => ({
    response: ({ output }) =>
      output && typeof output.Policy === "string" && output.Policy !== "{}"
        ? { output: { ...output, Policy: "{}" } }
        : undefined,
  }),
});

export const deleteByOtherAccountAccepted = defineFault({
  name: "delete-by-other-account-accepted",
  level: "required",
  breaks: "Sharing a backup does not let another account delete it; DeleteBackup from that account is refused.",
  source: "cloudhsmv2-api.md §2.1 CopyBackupToRegion/DeleteBackup (cross-account use: No); UG sharing backups",
  groups: ["sharing"],
  operations: ["DeleteBackup"],
  create: () => ({
    response: (reply, { input, headers }) =>
      reply.status >= 400 && reply.status < 500 && callerAccount(headers.get("authorization"))
        ? { status: 200, output: { Backup: { BackupId: input?.BackupId, BackupState: "PENDING_DELETION" } } }
        : undefined,
  }),
});
