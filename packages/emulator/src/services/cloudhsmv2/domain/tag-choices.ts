/**
 * Choices the emulator makes where AWS's behaviour is undocumented (cloudhsmv2-api.md §7 "UNDOC",
 * observed-aws-behaviour.md "NONE"/"low"): Tag limits and inheritance. Kept beside the code they steer; the package
 * README lists each as `UNDOC.<name>` under "Undocumented behaviour".
 */
export const TAG_CHOICES = {
  /** Per-resource tag cap (observed §4: 50, signalled by CloudHsmResourceLimitExceededException). */
  maxTagsPerResource: 50,
  /** Tag keys with this prefix are refused with CloudHsmInvalidRequestException (observed §4 "Emulator"). */
  reservedTagPrefix: "aws:",
  /** Backups made by the service inherit the cluster's tags at creation (observed §4: claim in
   * cloud-custodian#11036, "plausible but unconfirmed"). */
  clusterBackupsInheritTags: true,
} as const;

/*
 * Also undocumented, and chosen in src/services/cloudhsmv2/domain/tags.ts: tags (src/services/cloudhsmv2/domain/tags.ts
 * `normaliseTagList`, `untagResource`): duplicate keys in one TagList collapse, the last value winning; untagging a key
 * the resource does not have is a no-op (observed §4 "Emulator").
 */
