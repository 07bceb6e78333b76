import { AwsServiceError } from "./aws-service-error.js";

/**
 * Is `error` a reply from an AWS service? With a `name`, also that error code. Besides `instanceof`, it accepts
 * errors of the same shape from another copy of this package. Each service module narrows it to its own classes
 * (`isCloudHsmV2ServiceError`).
 */
export function isAwsServiceError(error: unknown, name?: string): error is AwsServiceError {
  return hasServiceErrorShape(error) && (name === undefined || error.name === name);
}

function hasServiceErrorShape(error: unknown): error is AwsServiceError {
  if (error instanceof AwsServiceError) {
    return true;
  }
  if (!(error instanceof Error)) {
    return false;
  }
  const candidate = error as Partial<AwsServiceError>;
  return (
    (candidate.$fault === "client" || candidate.$fault === "server") &&
    typeof candidate.$metadata?.httpStatusCode === "number"
  );
}
