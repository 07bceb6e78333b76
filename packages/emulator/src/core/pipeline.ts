import { randomUUID } from "node:crypto";
import { cloudHsmV2, OPERATION_NAMES, type OperationName } from "@cloudhsm-kit/spec";
import type { DomainContext } from "../services/cloudhsmv2/domain/context.js";
import { CloudHsmInternalFailureException, CloudHsmV2Error } from "../services/cloudhsmv2/domain/errors.js";
import { UNDOC, UNDOC_ERRORS } from "../services/cloudhsmv2/domain/undocumented.js";
import { READ_ONLY_OPERATIONS } from "../services/cloudhsmv2/handlers.js";
import { handlers } from "../services/cloudhsmv2/operations/index.js";
import { commitAfterDue } from "./persistence/commit-after-due.js";
import { parseRequest, type Targets } from "./protocol/aws-json/parse-request.js";
import { serializeError, serializeOutput } from "./protocol/aws-json/serialize.js";
import { FrameworkError } from "./protocol/framework-errors.js";
import { type AuthenticateOptions, authenticate, type Identity } from "./protocol/sigv4.js";
import type { Validator } from "./validation/validate-input.js";

/**
 * THE PIPELINE of the AWS API, in order (observed-aws-behaviour.md §8): envelope (method, path, Content-Type, body,
 * target) → identity (SigV4 scope; strict verification) → due transitions → region permission → spec validation →
 * operation → persistence → reply. The one try/catch classifies errors: modelled and framework errors are
 * serialized as they are; anything else is a bug, logged with the request id and answered as
 * CloudHsmInternalFailureException (500).
 */
const TARGETS: Targets = { prefix: cloudHsmV2.targetPrefix, operations: new Set(OPERATION_NAMES) };

export interface AppDeps {
  auth: AuthenticateOptions;
  maxBodyBytes: number;
  validate: Validator;
  legacyClusterIdCopy(): boolean;
  /** Runs due transitions; called once per request, before the operation. Returns whether any ran. */
  runDue(): boolean;
  context(identity: Identity): DomainContext;
  /** Persists the state: after a state-changing operation succeeded, or after due transitions ran (even when the
   * operation then fails or only reads), before the reply is sent. */
  committed(): void;
  log(message: string): void;
}

export function createAwsApp(deps: AppDeps) {
  return async function handle(request: Request): Promise<Response> {
    const requestId = randomUUID();
    try {
      const { operation, input, body } = await parseRequest(request, TARGETS, {
        maxBodyBytes: deps.maxBodyBytes,
        maxJsonDepth: UNDOC.maxJsonDepth,
        mediaTypes: UNDOC.acceptedMediaTypes,
        acceptMissingContentType: UNDOC.acceptMissingContentType,
        statuses: UNDOC.protocol,
      });
      const op = operation as OperationName;
      const identity = authenticate(request, body, deps.auth);
      const output = commitAfterDue(deps, !READ_ONLY_OPERATIONS.has(op), () => {
        if (identity.regions && !identity.regions.includes(identity.region)) {
          throw UNDOC_ERRORS.regionDenied(`The access key may not act in region ${identity.region}.`);
        }
        // cloudhsmv2-api.md §5(a): with the legacy option, ClusterId may stand in for the required BackupId.
        const legacyCopy = op === "CopyBackupToRegion" && deps.legacyClusterIdCopy() && input.ClusterId !== undefined;
        deps.validate(op, input, legacyCopy ? ["BackupId"] : []);
        const handler = handlers[op] as (input: unknown, ctx: DomainContext) => unknown;
        return handler(input, deps.context(identity));
      });
      return serializeOutput(output, requestId, UNDOC.emptyOutputBody);
    } catch (error) {
      return serializeError(classify(error, requestId, deps.log), requestId);
    }
  };
}

export function classify(
  error: unknown,
  requestId: string,
  log: (message: string) => void,
): CloudHsmV2Error | FrameworkError {
  if (error instanceof CloudHsmV2Error || error instanceof FrameworkError) {
    return error;
  }
  log(
    `request ${requestId}: internal failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  return new CloudHsmInternalFailureException(
    `The request was rejected because of an internal failure (request ${requestId}). The request can be retried.`,
  );
}
