#!/usr/bin/env bash
# Reproduces docs/conformance/moto-report.md: starts a fresh moto server, names one READY backup per region in a
# config (moto has no control protocol and no way to take a backup; its CreateCluster makes one READY backup, the
# way a user would point the suite at existing backups on AWS), and runs the conformance CLI against it.
#
# Usage (from the repository root, after `npx turbo run build`):
#   docs/conformance/moto/run-against-moto.sh [report-dir]      (default docs/conformance/moto)
# Needs python with moto[server] 5.2.1 and the AWS CLI; binds 127.0.0.1 only; stops moto on exit.
set -euo pipefail

REPORT_DIR="${1:-docs/conformance/moto}"
PORT="${MOTO_PORT:-50505}"
ENDPOINT="http://127.0.0.1:${PORT}"
REGIONS=(us-east-1 us-west-2 us-gov-east-1 us-gov-west-1 cn-north-1)
export AWS_ACCESS_KEY_ID=conformance AWS_SECRET_ACCESS_KEY=conformance AWS_PAGER=""

python -m moto.server -H 127.0.0.1 -p "${PORT}" >/dev/null 2>&1 &
MOTO_PID=$!
trap 'kill "${MOTO_PID}" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  curl -fsS -o /dev/null "${ENDPOINT}/moto-api/" 2>/dev/null && break
  sleep 0.2
done

# One cluster per region; moto gives each a READY backup, which the config names.
ready_backups=""
for region in "${REGIONS[@]}"; do
  aws --endpoint-url "${ENDPOINT}" --region "${region}" cloudhsmv2 create-cluster \
    --hsm-type hsm2m.medium --subnet-ids subnet-0123456789abcdef0 >/dev/null
  backup_id=$(aws --endpoint-url "${ENDPOINT}" --region "${region}" cloudhsmv2 describe-backups \
    --query 'Backups[0].BackupId' --output text)
  ready_backups+="${ready_backups:+, }\"${region}\": \"${backup_id}\""
done

mkdir -p "${REPORT_DIR}"
config="$(mktemp)"
cat >"${config}" <<JSON
{
  "regions": { "primary": "us-east-1", "second": "us-west-2", "govEast": "us-gov-east-1", "govWest": "us-gov-west-1", "china": "cn-north-1" },
  "readyBackups": { ${ready_backups} },
  "partitionCredentials": {
    "aws-us-gov": { "accessKeyId": "conformance", "secretAccessKey": "conformance" },
    "aws-cn": { "accessKeyId": "conformance", "secretAccessKey": "conformance" }
  },
  "allowBillable": true
}
JSON

status=0
node conformance/dist/cli.js --endpoint "${ENDPOINT}" --target moto --config "${config}" --report-dir "${REPORT_DIR}" || status=$?
rm -f "${config}"
exit "${status}"
