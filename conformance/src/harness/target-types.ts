export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** What AWS Backup needs on AWS: a resource to back up, the role it assumes, and a DynamoDB table (optional). */
export interface BackupResources {
  /** An existing resource in the primary region; its type comes from the ARN (an EFS file system is cheapest). */
  resourceArn?: string;
  /** The role AWS Backup assumes (default: the account's service-role/AWSBackupDefaultServiceRole). */
  iamRoleArn?: string;
  /** An existing DynamoDB table in the primary region, for the DynamoDB checks. */
  dynamoDbTableArn?: string;
}

/** The regions a run uses; each is optional beyond the primary (a missing one skips the checks that need it). */
export interface RegionPlan {
  primary: string;
  second?: string;
  govEast?: string;
  govWest?: string;
  china?: string;
}

export interface Timing {
  /** Real-time interval between polls. */
  pollIntervalMs: number;
  /** How long a state change may take before the check fails. */
  transitionTimeoutMs: number;
}

export const EMULATOR_TIMING: Timing = { pollIntervalMs: 50, transitionTimeoutMs: 10_000 };
export const AWS_TIMING: Timing = { pollIntervalMs: 15_000, transitionTimeoutMs: 45 * 60_000 };
