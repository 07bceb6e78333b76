const DAY = 86_400;

/**
 * Choices the emulator makes where AWS's behaviour is undocumented (cloudhsmv2-api.md §7 "UNDOC",
 * observed-aws-behaviour.md "NONE"/"low"): Clusters and HSMs. Kept beside the code they steer; the package README lists
 * each as `UNDOC.<name>` under "Undocumented behaviour".
 */
export const CLUSTER_CHOICES = {
  /** How long a deleted cluster stays listed as DELETED (observed §6: clusters stay visible "for a while"). */
  clusterTombstoneSeconds: DAY,
  /** HSM types CreateCluster accepts. hsm1.medium is refused as observed (observed §1, "Provided HsmType is not
   * supported."). */
  supportedHsmTypes: ["hsm2m.medium"] as readonly string[],
  /** Mode of a new cluster when CreateCluster gives none. */
  defaultMode: "FIPS" as const,
  /** The daily schedule skips an ACTIVE cluster with no ACTIVE HSM (nothing to back up); the control API's
   * "backup now" does not. */
  dailyBackupNeedsActiveHsm: true,
  /** The backup made for an HSM added to / removed from an ACTIVE cluster starts when that HSM's creation or deletion
   * completes. */
  hsmChangeBackupAtCompletion: true,
  /** InitializeCluster needs an ACTIVE HSM in the cluster as well as the CSR: initialize-cluster.md has you "create
   * your cluster and add your hardware security module (HSM)" first, and the CSR stays on the cluster when that HSM
   * is deleted before initialization (nothing shows what AWS does then). false: the CSR alone suffices. */
  initializeNeedsActiveHsm: true,
  /** DeleteHsm needs exactly one of HsmId, EniId, EniIp ("You need to specify only one of these values"; zero or
   * several: observed §7.3 NONE). */
  deleteHsmExactlyOneSelector: true,
  /** HSM states DeleteHsm accepts (observed §7.3 hints creation must finish first). */
  deletableHsmStates: ["ACTIVE", "DEGRADED"] as readonly string[],
  /** DeleteCluster's reply keeps a non-empty TagList (recorded replies, of untagged clusters, leave it out). */
  deleteClusterReplyKeepsTags: true,
  /** The i-th subnet given to CreateCluster is placed in Availability Zone `<region>` + "abcdef…"[i]. */
  availabilityZoneLetters: "abcdefghij",
} as const;
