import type { InputOf, OperationName, OutputOf } from "@cloudhsm-kit/spec";
import type { ClientConfig } from "../core/client/create-service-client.js";
import type { CallOptions, WithMetadata } from "../core/invoke.js";

/** What an operation returns: its output members plus `$metadata`. Empty outputs carry `$metadata` only. */
export type Output<Op extends OperationName> = WithMetadata<
  string extends keyof OutputOf<Op> ? Record<never, never> : OutputOf<Op>
>;

/** The arguments of an operation: the input may be left out when none of its members is required. */
export type ArgumentsOf<Op extends OperationName> =
  Record<never, never> extends InputOf<Op>
    ? [input?: InputOf<Op>, options?: CallOptions]
    : [input: InputOf<Op>, options?: CallOptions];

/** One camelCase method per operation: `describeBackups`, `copyBackupToRegion`, … */
export type OperationMethods = {
  [Op in OperationName as Uncapitalize<Op>]: (...args: ArgumentsOf<Op>) => Promise<Output<Op>>;
};

export interface CloudHsmV2Client extends OperationMethods {
  /** Any operation by its AWS name, e.g. `send("DescribeBackups", {}, { signal })`. */
  send<Op extends OperationName>(operation: Op, ...args: ArgumentsOf<Op>): Promise<Output<Op>>;
  readonly config: ClientConfig;
  /** A client with the same options for another region (the SigV4 scope is per region). */
  forRegion(region: string): CloudHsmV2Client;
}
