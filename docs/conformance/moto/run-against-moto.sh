#!/usr/bin/env bash
# Reproduces docs/conformance/moto-report.md: starts a fresh moto server, names one READY backup per region in a
# config (moto has no control protocol and no way to take a backup; its CreateCluster makes one READY backup, the
# way a user would point the suite at existing backups on AWS), and runs the conformance CLI against it.
#
# Usage (from the repository root, after `npx turbo run build`):
#   docs/conformance/moto/run-against-moto.sh [report-dir]      (default docs/conformance/moto)
# With the default report directory it also rewrites docs/conformance/moto-report.md (a header saying when, with
# which moto and how, then the CLI's Markdown report).
# Needs python with moto[server] 5.2.1 and the AWS CLI; binds 127.0.0.1 only; stops moto on exit.
set -euo pipefail

REPORT_DIR="${1:-docs/conformance/moto}"
PORT="${MOTO_PORT:-50505}"
ENDPOINT="http://127.0.0.1:${PORT}"
# The regions that get a READY backup. The second standard region (us-west-2) is configured but gets none on
# purpose: with a READY backup there, the suite would build its disposable backups in us-east-1 by copying it,
# and moto has no CopyBackupToRegion, so every check that changes a backup (tags, delete, sharing) would fail on
# the copy instead of being skipped with that reason.
SEEDED_REGIONS=(us-east-1 us-gov-east-1 us-gov-west-1 cn-north-1)
export AWS_ACCESS_KEY_ID=conformance AWS_SECRET_ACCESS_KEY=conformance AWS_PAGER="" AWS_MAX_ATTEMPTS=1

python -m moto.server -H 127.0.0.1 -p "${PORT}" >/dev/null 2>&1 &
MOTO_PID=$!
trap 'kill "${MOTO_PID}" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  curl -fsS -o /dev/null "${ENDPOINT}/moto-api/" 2>/dev/null && break
  sleep 0.2
done

# One cluster per region; moto gives each a READY backup, which the config names. A region moto does not serve
# (cn-north-1 answers HTTP 500) gets no backup, and the checks that need one are skipped with that reason.
ready_backups=""
for region in "${SEEDED_REGIONS[@]}"; do
  if ! aws --endpoint-url "${ENDPOINT}" --region "${region}" cloudhsmv2 create-cluster \
    --hsm-type hsm2m.medium --subnet-ids subnet-0123456789abcdef0 >/dev/null 2>&1; then
    echo "moto could not create a cluster in ${region}: no READY backup there" >&2
    continue
  fi
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

command=(node conformance/dist/cli.js --endpoint "${ENDPOINT}" --target moto --config "${config}" --report-dir "${REPORT_DIR}")
status=0
"${command[@]}" || status=$?
seeded_config="$(cat "${config}")"
rm -f "${config}"

if [[ "${REPORT_DIR}" == "docs/conformance/moto" ]]; then
  moto_version="$(python -c 'import moto; print(moto.__version__)')"
  counts="$(python - "${REPORT_DIR}/results.json" <<'PY'
import json, sys
summary = json.load(open(sys.argv[1]))["summary"]
by = summary["byStatus"]
print(
    f"Of {summary['total']} checks: {by['pass']} pass, {by['known']} fail as known divergences, "
    f"{summary['advisoryDifferences']} advisory checks differ, {by['skip']} are skipped with the reason, "
    f"{by['blocked']} are blocked by a fixture moto cannot make (with its evidence), "
    f"{summary['failsRun']} fail outside the expectations and {by['stale']} expectations are stale."
)
PY
)"
  {
    echo "# moto ${moto_version} against the CloudHSM v2 conformance suite"
    echo
    echo "- Date: $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "- Target: moto ${moto_version} (\`python -m moto.server -H 127.0.0.1 -p ${PORT}\`), expectations \`conformance/expectations/moto.json\`"
    echo "- Reproduce: \`docs/conformance/moto/run-against-moto.sh\` from the repository root after \`npx turbo run build\`"
    echo "- Command the script runs: \`node conformance/dist/cli.js --endpoint ${ENDPOINT} --target moto --config <config> --report-dir docs/conformance/moto\`"
    echo "- CLI exit status: ${status}; JUnit and JSON reports beside this file in \`docs/conformance/moto/\`"
    echo
    echo "${counts}"
    echo
    echo "What keeps moto from conforming, in short: 9 of the 18 operations are not implemented (CopyBackupToRegion,"
    echo "DeleteBackup, RestoreBackup, ModifyBackupAttributes, CreateHsm, DeleteHsm, InitializeCluster, ModifyCluster,"
    echo "DeleteResourcePolicy answer HTTP 500 with an HTML page); ids are UUIDs rather than \`backup-…\`/\`cluster-…\`;"
    echo "timestamps are ISO strings rather than epoch seconds; no input is validated against the model; errors are"
    echo "named \`ResourceNotFoundException\` rather than \`CloudHsmResourceNotFoundException\`; replies are sent as"
    echo "\`text/html\`; requests it cannot route (no or unknown X-Amz-Target, a body that is not JSON) get HTTP 500"
    echo "or reach another service."
    echo
    echo "moto has no control protocol, so the suite runs as it does against any target that offers only the public"
    echo "API: it reads the READY backups the config names (made by moto's CreateCluster, which creates one READY"
    echo "backup with every cluster), creates clusters itself (an emulator endpoint costs nothing), and makes what"
    echo "a check may change from those. cn-north-1 is not served by moto (CreateCluster answers HTTP 500), so it"
    echo "gets none. Each moto gap is reported once, under the check that owns it (a reply that breaks the spec"
    echo "under its operation's SCHEMA check, CreateHsm's HTTP 500 under the HSM checks); the checks that need a"
    echo "backup they may change are **blocked** at once by the fixture moto cannot make (a new backup needs"
    echo "CreateHsm or CopyBackupToRegion, neither of which moto implements), with that evidence; the checks that"
    echo "need the control protocol are skipped. The failures are listed in the expectations with a one-line reason"
    echo "each and reported as **known**. No check was weakened for moto."
    echo
    echo "The config the script wrote:"
    echo
    echo '```json'
    echo "${seeded_config}"
    echo '```'
    echo
    sed 's/^#/##/' "${REPORT_DIR}/report.md"
  } >docs/conformance/moto-report.md
  rm -f "${REPORT_DIR}/report.md" # its content is the second half of moto-report.md
  # The repository's formatter owns Markdown and JSON layout; apply it so the generated files stay lint-clean.
  npx biome format --write docs/conformance/moto-report.md "${REPORT_DIR}" >/dev/null 2>&1 || true
fi
exit "${status}"
