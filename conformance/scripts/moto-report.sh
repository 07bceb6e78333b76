#!/usr/bin/env bash
# Regenerates docs/conformance/moto-report.md: starts moto's server (python -m moto.server), makes one cluster so
# that moto has a READY backup (moto makes one per CreateCluster), then runs the built CLI against it with
# expectations/moto.json. Needs Python with moto installed and `npm run build` done.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
port="${MOTO_PORT:-5077}"
work="$(mktemp -d)"
python -m moto.server -H 127.0.0.1 -p "$port" >"$work/moto.log" 2>&1 &
moto_pid=$!
trap 'kill "$moto_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port" && break; sleep 0.2; done
endpoint="http://127.0.0.1:$port"
backup="$(cd "$here" && node --input-type=module -e "
import { createCloudHsmV2Client } from '@cloudhsm-kit/client';
const c = createCloudHsmV2Client({ region: 'us-east-1', endpoint: '$endpoint', credentials: { accessKeyId: 'conformance', secretAccessKey: 'conformance' } });
await c.createCluster({ HsmType: 'hsm2m.medium', SubnetIds: ['subnet-0123456789abcdef0'] });
const out = await c.send('DescribeBackups', {});
process.stdout.write(out.Backups[0].BackupId);
")"
cat >"$work/moto.json" <<JSON
{ "target": "moto", "endpoint": "$endpoint", "readyBackups": { "us-east-1": "$backup" }, "allowBillable": true }
JSON
set +e
node "$here/dist/cli.js" --config "$work/moto.json" --report-dir "$work/report" --run-id moto-report
status=$?
set -e
cp "$work/report/report.md" "$here/../docs/conformance/moto-report.md"
echo "wrote docs/conformance/moto-report.md (CLI exit status $status)"
exit "$status"
