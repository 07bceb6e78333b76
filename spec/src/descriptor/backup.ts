import { identity, operations } from "../generated/backup/service.js";
import type { ServiceDescriptor } from "./types.js";
import { withOperations } from "./with-operations.js";

/** What requests to AWS Backup carry of its identity — the SigV4 signing name and the endpoint host prefix. */
export { wireNames as backupWireNames } from "../generated/backup/service.js";

/** AWS Backup (restJson1): its identity and the 35 operations a cross-Region copy touches. */
export const backup = /* @__PURE__ */ withOperations(identity, operations) satisfies ServiceDescriptor<
  keyof typeof operations
>;
