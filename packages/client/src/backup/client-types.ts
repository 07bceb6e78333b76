import type { BackupInputs, BackupOutputs, backup } from "@cloudhsm-kit/spec";
import type { ClientConfig } from "../core/client/create-service-client.js";
import type { CallOptions, WithMetadata } from "../core/invoke.js";

/** The AWS Backup operations this client has: the 35 of a cross-Region copy. */
export type BackupOperationName = keyof typeof backup.operations;

/** What an operation returns: its output members plus `$metadata`. Empty outputs carry `$metadata` only. */
export type BackupOutput<Op extends BackupOperationName> = WithMetadata<BackupOutputs[Op]>;

/** The arguments of an operation: the input may be left out when none of its members is required. */
export type BackupArgumentsOf<Op extends BackupOperationName> =
  Record<never, never> extends BackupInputs[Op]
    ? [input?: BackupInputs[Op], options?: CallOptions]
    : [input: BackupInputs[Op], options?: CallOptions];

/** One camelCase method per operation: `startCopyJob`, `describeCopyJob`, … */
export type BackupOperationMethods = {
  [Op in BackupOperationName as Uncapitalize<Op>]: (...args: BackupArgumentsOf<Op>) => Promise<BackupOutput<Op>>;
};

export interface BackupClient extends BackupOperationMethods {
  /** Any operation by its AWS name, e.g. `send("DescribeCopyJob", { CopyJobId }, { signal })`. */
  send<Op extends BackupOperationName>(operation: Op, ...args: BackupArgumentsOf<Op>): Promise<BackupOutput<Op>>;
  readonly config: ClientConfig;
  /** A client with the same options for another Region (the SigV4 scope is per Region). */
  forRegion(region: string): BackupClient;
}
