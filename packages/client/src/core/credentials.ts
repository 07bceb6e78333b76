import { ConfigurationError, describeValue } from "./options/configuration-error.js";

/** AWS credentials, in the AWS SDK's shape (`AwsCredentialIdentity`). */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
  /** When temporary credentials stop working; the client fetches new ones 5 minutes before. */
  readonly expiration?: Date | undefined;
}

/** A function that returns credentials, such as `fromNodeProviderChain()` from `@cloudhsm-kit/client/node`. */
export type CredentialProvider = () => Promise<AwsCredentials>;

const REFRESH_BEFORE_EXPIRY_MS = 5 * 60_000;

// Never echo a string given as credentials: it may well be a secret.
function describeSecret(value: unknown): string {
  return typeof value === "string" && value !== "" ? "a string" : describeValue(value);
}

function checkCredentials(value: unknown, origin: string): AwsCredentials {
  const expected = "{ accessKeyId: string, secretAccessKey: string, sessionToken?: string, expiration?: Date }";
  if (typeof value !== "object" || value === null) {
    throw new ConfigurationError(`${origin} must be ${expected}; got ${describeSecret(value)}`);
  }
  const candidate = value as Record<string, unknown>;
  for (const key of ["accessKeyId", "secretAccessKey"]) {
    if (typeof candidate[key] !== "string" || candidate[key] === "") {
      throw new ConfigurationError(
        `${origin}.${key} must be a non-empty string; got ${describeSecret(candidate[key])}`,
      );
    }
  }
  if (candidate.sessionToken !== undefined && typeof candidate.sessionToken !== "string") {
    throw new ConfigurationError(
      `${origin}.sessionToken must be a string when set; got ${describeSecret(candidate.sessionToken)}`,
    );
  }
  if (candidate.expiration !== undefined && !(candidate.expiration instanceof Date)) {
    throw new ConfigurationError(
      `${origin}.expiration must be a Date when set; got ${describeValue(candidate.expiration)}`,
    );
  }
  return candidate as unknown as AwsCredentials;
}

/**
 * Normalises the `credentials` option into a provider. Static keys are checked at once. A provider is
 * called on first use and its result reused until 5 minutes before `expiration` (forever without one), as
 * the AWS SDK does; concurrent requests share one call, and a failed call is not cached.
 */
export function toCredentialProvider(option: unknown, now: () => number = Date.now): CredentialProvider {
  if (typeof option !== "function") {
    const credentials = checkCredentials(option, "credentials");
    return async () => credentials;
  }
  const provider = option as () => unknown;
  let cached: Promise<AwsCredentials> | undefined;
  let expiresAt = Number.POSITIVE_INFINITY;
  return () => {
    if (cached === undefined || now() >= expiresAt - REFRESH_BEFORE_EXPIRY_MS) {
      const pending = Promise.resolve()
        .then(provider)
        .then((value) => checkCredentials(value, "the value returned by the credentials provider"));
      cached = pending;
      expiresAt = Number.POSITIVE_INFINITY;
      pending.then(
        (credentials) => {
          expiresAt = credentials.expiration?.getTime() ?? Number.POSITIVE_INFINITY;
        },
        () => {
          if (cached === pending) {
            cached = undefined;
          }
        },
      );
    }
    return cached;
  };
}
