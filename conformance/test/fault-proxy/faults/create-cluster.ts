import { defineFault } from "../fault.js";
import { without } from "../wire-json.js";

export const createClusterIgnoresSourceBackup = defineFault({
  name: "create-cluster-ignores-source-backup",
  level: "required",
  breaks: "CreateCluster with SourceBackupId creates the cluster from that backup.",
  source: "cloudhsmv2-api.md §2.1 CreateCluster (SourceBackupId)",
  groups: ["create-cluster"],
  operations: ["CreateCluster"],
  create: () => ({
    request: ({ input }) =>
      input && "SourceBackupId" in input ? { input: without(input, "SourceBackupId") } : undefined,
  }),
});
