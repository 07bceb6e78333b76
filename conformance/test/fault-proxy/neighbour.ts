import { createCloudHsmV2Client } from "@cloudhsm-kit/client";
import type { RunningEmulator } from "@cloudhsm-kit/emulator";

/** Far beyond any delay the emulator is started with: each step's transition falls due. */
const LONG_ENOUGH = 24 * 60 * 60;

/**
 * Gives a fresh emulator what an account holds besides the suite's own fixtures: another ACTIVE cluster in `region`
 * with a READY backup (built through the public API and the control protocol), so that a DescribeBackups filter that
 * lets other clusters' backups through has something to let through.
 */
export async function seedNeighbourCluster(emulator: RunningEmulator, region = "us-east-1"): Promise<void> {
  const client = createCloudHsmV2Client({
    region,
    endpoint: emulator.url,
    credentials: { accessKeyId: "conformance", secretAccessKey: "conformance" },
    maxAttempts: 1,
  });
  const { Cluster } = await client.createCluster({ HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"] });
  const ClusterId = Cluster?.ClusterId as string;
  await emulator.control.advance(LONG_ENOUGH);
  await client.createHsm({ ClusterId, AvailabilityZone: `${region}a` });
  await emulator.control.advance(LONG_ENOUGH);
  const cert = "-----BEGIN CERTIFICATE-----\nMIIBneighbour\n-----END CERTIFICATE-----";
  await client.initializeCluster({ ClusterId, SignedCert: cert, TrustAnchor: cert });
  await emulator.control.advance(LONG_ENOUGH);
  await emulator.control.activate(ClusterId);
  await emulator.control.advance(LONG_ENOUGH);
  const { Backups = [] } = await client.describeBackups({ Filters: { clusterIds: [ClusterId] } });
  if (!Backups.some((b) => b.BackupState === "READY")) {
    throw new Error(`the neighbour cluster ${ClusterId} has no READY backup`);
  }
}
