// A state document (the format of GET /_emulator/v1/state) with CloudHSM v2 backups in bulk, for the benchmark.

/** A state document with `n` READY backups in us-east-1 (format of GET /_emulator/v1/state), with given settings. */
export function stateWith(n, settings) {
  const now = Date.now() / 1000;
  const backups = [];
  const alphabet = "abcdefghijklmnopqrstuvwxyz234567";
  for (let i = 0; i < n; i++) {
    let id = "backup-";
    let x = i;
    for (let k = 0; k < 11; k++) {
      id += alphabet[x % 32];
      x = Math.floor(x / 32);
    }
    backups.push({
      BackupId: id,
      BackupArn: `arn:aws:cloudhsm:us-east-1:123456789012:backup/${id}`,
      BackupState: "READY",
      ClusterId: "cluster-benchbenchbe",
      CreateTimestamp: Math.round((now - n + i) * 1000) / 1000,
      NeverExpires: true,
      TagList: [{ Key: "bench", Value: String(i) }],
      HsmType: "hsm2m.medium",
      Mode: "FIPS",
    });
  }
  return {
    format: "cloudhsm-kit-emulator-state",
    version: 1,
    now,
    clockOffsetMs: 0,
    settings,
    copyFaults: [],
    events: [],
    namespaces: [
      { account: "123456789012", region: "us-east-1", backups, clusters: [], retiredClusters: [], policies: {} },
    ],
  };
}
