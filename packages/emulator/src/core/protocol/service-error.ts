/**
 * A service's modelled error as the protocols see it: its wire name (`__type`, or a rest protocol's error header), its
 * HTTP status and its message. Each service defines its own error classes; the protocol layer knows only this shape.
 */
export interface ServiceError {
  readonly name: string;
  readonly status: number;
  readonly message: string;
  /** restJson services (AWS Backup): the body's `Context` member, where the error has one. */
  readonly context?: string;
  /** restJson services: the error's other modelled members (AlreadyExistsException's `Arn`, `CreatorRequestId`). */
  readonly members?: Readonly<Record<string, string>>;
}
