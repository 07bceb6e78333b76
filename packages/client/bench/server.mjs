// The server every benchmarked client talks to: one fixed DescribeBackups reply, in its own process so
// that it does not share the event loop with the client being measured. Prints its URL on stdout.
import { createServer } from "node:http";

const backups = Array.from({ length: 25 }, (_, i) => ({
  BackupId: `backup-${String(i).padStart(11, "0")}`,
  BackupArn: `arn:aws:cloudhsm:us-east-1:123456789012:backup/backup-${String(i).padStart(11, "0")}`,
  BackupState: "READY",
  ClusterId: "cluster-igklspoyj5v",
  CreateTimestamp: 1763779200 + i,
  CopyTimestamp: 1763779300 + i,
  NeverExpires: false,
  SourceRegion: "us-east-1",
  SourceBackup: `backup-${String(i + 100).padStart(11, "0")}`,
  SourceCluster: "cluster-jxhlf7644ne",
  HsmType: "hsm1.medium",
  Mode: "FIPS",
  TagList: [{ Key: "team", Value: "pki" }],
}));
const body = JSON.stringify({ Backups: backups });
const headers = {
  "Content-Type": "application/x-amz-json-1.1",
  "Content-Length": String(Buffer.byteLength(body)),
  "x-amzn-RequestId": "00000000-0000-4000-8000-000000000000",
};

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, headers);
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`http://127.0.0.1:${server.address().port} ${Buffer.byteLength(body)}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
