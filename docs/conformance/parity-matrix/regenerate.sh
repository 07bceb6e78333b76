#!/usr/bin/env bash
# Regenerates the published parity matrix (docs/conformance/parity-matrix/matrix.{html,md}): runs the whole suite
# against the reference emulator (in-process, every check), keeps its results.json beside the matrix, and puts it
# next to the committed moto results (docs/conformance/moto/results.json, made by docs/conformance/moto/run-against-moto.sh).
#
# Usage (from the repository root, after `npm run build`): docs/conformance/parity-matrix/regenerate.sh
# Regenerate the moto results first when the checks have changed (moto-report.test.ts says so).
set -euo pipefail

OUT=docs/conformance/parity-matrix
report_dir="$(mktemp -d)"
trap 'rm -rf "${report_dir}"' EXIT

# The reference emulator passes (exit 0); anything else is worth stopping for.
node conformance/dist/cli.js --report-dir "${report_dir}" >/dev/null
mkdir -p "${OUT}/reference"
cp "${report_dir}/results.json" "${OUT}/reference/results.json"
# The repository's formatter checks every JSON file; give it the layout it wants.
npx biome format --write "${OUT}/reference/results.json" >/dev/null

# The moto version the committed moto results were made with, from the header of its report.
moto_version="$(sed -n '1s/^# moto \([^ ]*\) .*/\1/p' docs/conformance/moto-report.md)"

node conformance/dist/cli.js matrix \
  "reference emulator=${OUT}/reference/results.json" \
  "moto ${moto_version}=docs/conformance/moto/results.json" \
  --title "Parity matrix: the reference emulator and moto ${moto_version}" \
  --out "${OUT}"
