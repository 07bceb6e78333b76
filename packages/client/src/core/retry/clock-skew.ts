/** Codes AWS returns when a signature's time is too far from the service's clock (the AWS SDKs' list). */
export const CLOCK_SKEW_ERROR_CODES: ReadonlySet<string> = new Set([
  "AuthFailure",
  "InvalidSignatureException",
  "RequestExpired",
  "RequestInTheFuture",
  "RequestTimeTooSkewed",
  "SignatureDoesNotMatch",
]);

// SigV4 signatures are accepted within 5 minutes of the service's time.
const MAX_SKEW_MS = 5 * 60_000;

/** The clock requests are signed with: the local clock plus an offset learnt from the service. */
export interface SigningClock {
  now(): Date;
  /**
   * Adopts the time of a reply's `Date` header when it is more than 5 minutes from ours, as the AWS SDKs
   * do (their `systemClockOffset`); returns whether the offset changed, i.e. whether a retry can succeed.
   */
  adjust(serverDate: string | null): boolean;
}

export function signingClock(local: () => number = Date.now): SigningClock {
  let offset = 0;
  return {
    now: () => new Date(local() + offset),
    adjust(serverDate) {
      const server = serverDate === null ? Number.NaN : Date.parse(serverDate);
      if (Number.isNaN(server) || Math.abs(server - (local() + offset)) <= MAX_SKEW_MS) {
        return false;
      }
      offset = server - local();
      return true;
    },
  };
}
