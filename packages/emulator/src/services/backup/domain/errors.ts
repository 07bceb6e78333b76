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

/** AWS Backup's internal error codes seen in real replies (aws-backup-copy.md §2.1, B19); the rest are unrecorded. */
export type ObservedErrorCode = "ERROR_9101";

/**
 * An AWS Backup error: its name goes in `X-Amzn-ErrorType`; the body carries the model's `Code` and `Message`, and
 * `Context` where AWS gives one (the rule a lifecycle error is about, observed as `["<rule>","<problem>"]`). AWS's
 * `Code` is an internal `ERROR_nnnn` whose values are undocumented (§2.1): the one observed for a case is sent for it,
 * the error's name otherwise (what a client falling back from the header to `Code` then reads correctly). The
 * unmodelled AccessDeniedException has no `Code` member.
 */
export class BackupError extends Error {
  readonly status: number;
  readonly members: Readonly<Record<string, string>>;

  constructor(
    override readonly name: BackupErrorName,
    message: string,
    readonly context?: string,
    members?: Readonly<Record<string, string>>,
    code?: ObservedErrorCode,
  ) {
    super(message);
    this.status = STATUS[name];
    this.members = name === "AccessDeniedException" ? { ...members } : { Code: code ?? name, ...members };
  }
}

export const invalidParameter = (message: string, context?: string) =>
  new BackupError("InvalidParameterValueException", message, context);
export const missingParameter = (message: string) => new BackupError("MissingParameterValueException", message);
export const invalidRequest = (message: string, code?: ObservedErrorCode) =>
  new BackupError("InvalidRequestException", message, undefined, undefined, code);
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
