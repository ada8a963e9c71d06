#!/usr/bin/env bash
# Run the libFuzzer targets one after the other (`make fuzz`).
#
# usage: tests/fuzz/run.sh SECONDS TARGET...
#
# For each TARGET (build/fuzz/fuzz_TARGET, built by make): replay the
# regression inputs in tests/fuzz/regress/TARGET/, which must all pass;
# then fuzz for SECONDS from the corpus build/fuzz/corpus/TARGET (kept
# between runs) and the seeds made by tests/fuzz/seeds.sh.  Crashes, leaks
# and timeouts are written to build/fuzz/artifacts/; the log of each run is
# build/fuzz/TARGET.log and its final statistics are printed.  Exits 1 when
# a target failed.  FUZZ_JOBS is not used: one fuzzer at a time.
set -uo pipefail

secs=${1:?usage: run.sh SECONDS TARGET...}
shift
dir=build/fuzz
seeds=$dir/seeds
tests/fuzz/seeds.sh "$seeds" || exit 1
mkdir -p "$dir/artifacts"
failed=()
# an input that takes more than this many seconds counts as a hang
timeout=${FUZZ_TIMEOUT:-30}

for t in "$@"; do
	bin=$dir/fuzz_$t
	reg=tests/fuzz/regress/$t
	if [ -d "$reg" ] && [ -n "$(ls -A "$reg")" ]; then
		if ! "$bin" -timeout="$timeout" "$reg"/* > "$dir/$t.regress.log" 2>&1; then
			printf 'fuzz %s: a regression input fails (%s)\n' "$t" "$dir/$t.regress.log" >&2
			failed+=("$t")
			continue
		fi
		printf 'fuzz %s: %d regression inputs pass\n' "$t" "$(ls -A "$reg" | wc -l)"
	fi
	mkdir -p "$dir/corpus/$t"
	"$bin" -max_total_time="$secs" -timeout="$timeout" -print_final_stats=1 \
		-artifact_prefix="$dir/artifacts/$t-" \
		"$dir/corpus/$t" "$seeds/$t" > "$dir/$t.log" 2>&1
	rc=$?
	# the last status line and the final statistics
	execs=$(awk '/stat::number_of_executed_units/ { print $2 }' "$dir/$t.log")
	cov=$(grep -E '^#[0-9]+' "$dir/$t.log" | tail -n 1 |
		sed -E 's/.*(cov: [0-9]+ ft: [0-9]+ corp: [^ ]+).*/\1/')
	printf 'fuzz %s: %ss, %s executions, %s, status %d\n' "$t" "$secs" \
		"${execs:-?}" "${cov:-?}" "$rc"
	if [ "$rc" -ne 0 ]; then
		grep -E 'ERROR|invariant|SUMMARY|Test unit written' "$dir/$t.log" >&2
		failed+=("$t")
	fi
done
if [ ${#failed[@]} -gt 0 ]; then
	printf 'fuzz: failed: %s\n' "${failed[*]}" >&2
	exit 1
fi
