/**
 * Choices the emulator makes where AWS's behaviour is undocumented (cloudhsmv2-api.md §7 "UNDOC",
 * observed-aws-behaviour.md "NONE"/"low"): Paging, order and filters of DescribeBackups, DescribeClusters and ListTags.
 * Kept beside the code they steer; the package README lists each as `UNDOC.<name>` under "Undocumented behaviour".
 */
export const LISTING_CHOICES = {
  /** DescribeBackups page size without MaxResults: the model maximum (observed §5 "Emulator"). */
  defaultBackupsPageSize: 50,
  /** DescribeClusters page size without MaxResults: the model maximum. */
  defaultClustersPageSize: 25,
  /** ListTags page size without MaxResults: the model maximum. */
  defaultTagsPageSize: 100,
  /** DescribeBackups order without SortAscending: newest first (observed §5, medium confidence). */
  defaultSortAscending: false,
  /** DescribeClusters order: oldest first (nothing observed). */
  clustersSortAscending: true,
  /** DescribeBackups and DescribeClusters check the values of their `states` filter against the model's
   * BackupState / ClusterState enums (the model types filter values as plain strings). */
  checkStatesFilterValues: true,
} as const;
