import { backup, backupWireNames } from "@cloudhsm-kit/spec";
import { createServiceClient } from "../core/client/create-service-client.js";
import { withPreparedInput } from "../core/client/with-prepared-input.js";
import type { ServiceClientOptions } from "../core/options/client-options.js";
import type { ServiceBinding } from "../core/service-binding.js";
import { prepareRestInput } from "../core/transport/prepare-rest-input.js";
import { signedRest } from "../core/transport/signed-rest.js";
import type { BackupClient } from "./client-types.js";
import { backupError } from "./errors/modelled-errors.js";

/** AWS Backup as the core sees it: the spec's wire names and operations (REST JSON), and this module's errors. */
export const backupBinding: ServiceBinding = {
  ...backupWireNames,
  clientName: "createBackupClient",
  // Not an X-Amz-Target here: error messages name a call `backup.<Operation>`.
  targetPrefix: backupWireNames.signingName,
  operations: Object.keys(backup.operations),
  errorOf: backupError,
  transport: signedRest(backup.operations),
};

/** Options of `createBackupClient`: those of every service's client. */
export type BackupClientOptions = ServiceClientOptions;

/**
 * Creates an AWS Backup client bound to one Region: one method per operation of the cross-Region copy surface,
 * each signed with SigV4 (signing name `backup`), sent at the operation's method and URI, retried, and failing with
 * typed errors read from the `X-Amzn-ErrorType` header.
 *
 * @example
 * const source = createBackupClient({ region: "us-east-1", credentials: fromNodeProviderChain() });
 * const { CopyJobId } = await source.startCopyJob({
 *   RecoveryPointArn, SourceBackupVaultName: "prod-vault", IamRoleArn,
 *   DestinationBackupVaultArn: "arn:aws:backup:us-west-2:111122223333:backup-vault:dr-vault",
 * });
 */
export function createBackupClient(options: BackupClientOptions): BackupClient {
  // Each call's idempotency token and query timestamps are settled once, before its attempts.
  const client = withPreparedInput(
    createServiceClient(backupBinding, options),
    backupBinding.operations,
    prepareRestInput(backup.operations),
  );
  // The core's client has exactly these methods; the types are the spec's generated ones.
  return client as unknown as BackupClient;
}
