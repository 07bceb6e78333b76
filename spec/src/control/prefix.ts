/** Where the control protocol (version 1) is served, beside the AWS API on the same origin. */
export const CONTROL_PREFIX = "/_emulator/v1";
