/**
 * Where AWS Backup copies across Regions, per Region, from "AWS Backup feature availability"
 * (https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-feature-availability.html), "Feature availability by
 * AWS Region", and from the seed page (an earlier "Creating backup copies across AWS Regions") for the legacy option.
 */

/** The Regions whose "Opt-in" column says "Required". */
export const OPT_IN_REGIONS: ReadonlySet<string> = new Set([
  "af-south-1", // Africa (Cape Town)
  "ap-east-1", // Asia Pacific (Hong Kong)
  "ap-east-2", // Asia Pacific (Taipei)
  "ap-south-2", // Asia Pacific (Hyderabad)
  "ap-southeast-3", // Asia Pacific (Jakarta)
  "ap-southeast-4", // Asia Pacific (Melbourne)
  "ap-southeast-5", // Asia Pacific (Malaysia)
  "ap-southeast-6", // Asia Pacific (New Zealand)
  "ap-southeast-7", // Asia Pacific (Thailand)
  "ca-west-1", // Canada West (Calgary)
  "eu-central-2", // Europe (Zurich)
  "eu-south-1", // Europe (Milan)
  "eu-south-2", // Europe (Spain)
  "il-central-1", // Israel (Tel Aviv)
  "me-central-1", // Middle East (UAE)
  "me-south-1", // Middle East (Bahrain)
  "mx-central-1", // Mexico (Central)
]);

/**
 * "Cross-Region copy of Neptune backups is currently supported in Africa (Cape Town), Asia Pacific (Hong Kong), Asia
 * Pacific (Jakarta), Israel (Tel Aviv), Middle East (Bahrain), and Middle East (UAE) Regions." Read as: of the opt-in
 * Regions, only these (INFER).
 */
export const NEPTUNE_OPT_IN_COPY_REGIONS: ReadonlySet<string> = new Set([
  "af-south-1",
  "ap-east-1",
  "ap-southeast-3",
  "il-central-1",
  "me-south-1",
  "me-central-1",
]);

/**
 * The seed page: "Cross-Region backup is available in all AWS Regions where AWS Backup is available except for Asia
 * Pacific (Hong Kong), Middle East (Bahrain), Europe (Milan), and Africa (Cape Town)." Outdated: today all four tick
 * "Cross-Region backup copy".
 */
export const SEED_NO_COPY_REGIONS: ReadonlySet<string> = new Set([
  "ap-east-1",
  "me-south-1",
  "eu-south-1",
  "af-south-1",
]);
