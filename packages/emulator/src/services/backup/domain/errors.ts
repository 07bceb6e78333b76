/** AWS Backup's modelled errors (all 400 but the two server faults), as its model names them. */
export type BackupErrorName =
  | "InvalidParameterValueException"
  | "InvalidRequestException"
  | "MissingParameterValueException"
  | "ResourceNotFoundException"
  | "LimitExceededException"
  | "AlreadyExistsException"
  | "InvalidResourceStateException"
  | "ConflictException"
  | "ServiceUnavailableException"
  | "DependencyFailureException"
  /** Not in the model: what AWS is observed to answer for a missing vault (B18), when the option asks for it. */
  | "AccessDeniedException";

const STATUS: Record<BackupErrorName, number> = {
  InvalidParameterValueException: 400,
  InvalidRequestException: 400,
  MissingParameterValueException: 400,
  ResourceNotFoundException: 400,
  LimitExceededException: 400,
  AlreadyExistsException: 400,
  InvalidResourceStateException: 400,
  ConflictException: 409,
  ServiceUnavailableException: 500,
  DependencyFailureException: 500,
  AccessDeniedException: 403,
};

/**
 * An AWS Backup error: its name goes in `X-Amzn-ErrorType`; the body carries `Message`, and `Context` where AWS
 * gives one (the rule a lifecycle error is about, observed as `["<rule>","<problem>"]`).
 */
export class BackupError extends Error {
  readonly status: number;

  constructor(
    override readonly name: BackupErrorName,
    message: string,
    readonly context?: string,
    readonly members?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.status = STATUS[name];
  }
}

export const invalidParameter = (message: string, context?: string) =>
  new BackupError("InvalidParameterValueException", message, context);
export const missingParameter = (message: string) => new BackupError("MissingParameterValueException", message);
export const invalidRequest = (message: string) => new BackupError("InvalidRequestException", message);
export const notFound = (message: string) => new BackupError("ResourceNotFoundException", message);
/** AlreadyExistsException with its modelled members: the existing resource's `Arn` and `CreatorRequestId`. */
export const alreadyExists = (message: string, existing?: { Arn: string; CreatorRequestId?: string | undefined }) =>
  new BackupError(
    "AlreadyExistsException",
    message,
    undefined,
    existing && {
      Arn: existing.Arn,
      ...(existing.CreatorRequestId !== undefined ? { CreatorRequestId: existing.CreatorRequestId } : {}),
    },
  );
