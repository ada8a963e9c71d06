#!/usr/bin/env bash
# Run bats on test files and end with a totals line (make check).
#
# usage: tests/bats-run.sh LABEL FILE...
#
# The TAP output of bats as it comes, then
#     LABEL: N passed, N failed, N skipped
# Exits with the status of bats.
set -uo pipefail

label=${1:?usage: bats-run.sh LABEL FILE...}
shift
tap=$(mktemp "${TMPDIR:-/tmp}/newsfilters-bats.XXXXXX")
trap 'rm -f "$tap"' EXIT
bats --tap "$@" | tee "$tap"
status=${PIPESTATUS[0]}
awk -v label="$label" '
	/^ok / { if ($0 ~ / # skip/) skipped++; else passed++ }
	/^not ok / { failed++ }
	END { printf "%s: %d passed, %d failed, %d skipped\n", label,
	    passed, failed, skipped }' "$tap"
exit "$status"
