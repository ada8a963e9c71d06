# test_helper.bash: shared set-up for the bats tests (load test_helper).
#
# NEWS_BIN is the directory of the programs under test: bin/ by default;
# `make check` runs the suite a second time with NEWS_BIN=build/asan/bin.
# The tests depend only on this repository: nothing here reads ../shared.

bats_require_minimum_version 1.5.0

# Debian's bats-support and bats-assert (dpkg -L bats-support)
if [ -f /usr/lib/bats/bats-support/load.bash ]; then
	load /usr/lib/bats/bats-support/load.bash
	load /usr/lib/bats/bats-assert/load.bash
else
	bats_load_library bats-support
	bats_load_library bats-assert
fi

export LC_ALL=C

ROOT=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
NEWS_BIN=${NEWS_BIN:-$ROOT/bin}
NEWS_BIN=$(cd "$NEWS_BIN" && pwd)	# absolute: tests change directory
SPLIT=$NEWS_BIN/news-split
# the programs: one for each cmd/NAME/main.c, as the Makefile builds them
# (the one list every test, the install, the completion and the docs
# follow: tests/programs.bats)
PROGRAMS=()
for _p in "$ROOT"/cmd/*/main.c; do
	_p=${_p%/main.c}
	PROGRAMS+=("news-${_p##*/}")
done
unset _p
DATA=$BATS_TEST_DIRNAME/data/split
OFFSETS_CHECK=$BATS_TEST_DIRNAME/tools/offsets-check
SHARED=${SHARED:-$BATS_TEST_DIRNAME/../../shared}	# optional, never required

# Under ASan/UBSan a report must not pass for the exit status 1 of bad input.
export ASAN_OPTIONS=${ASAN_OPTIONS:-exitcode=86}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:exitcode=86:print_stacktrace=1}

# Word lists come from beside the program, never from the environment.
unset NEWSFILTERS_DATA

setup() {
	T=$(mktemp -d "${BATS_TMPDIR:-/tmp}/newsfilters-test.XXXXXX")
	cd "$T"
}

teardown() {
	cd /
	[ -z "${T:-}" ] || rm -rf "$T"
}

# check_offsets [--docs | --csv [COLUMN OPTIONS]] DOC SENTS
# Check the invariants of sentence records (docs/format.md) of SENTS, the
# output of news-split on DOC; fail the test with the checker's messages.
check_offsets() {
	local msg

	[ -x "$OFFSETS_CHECK" ] ||
		fail "$OFFSETS_CHECK is missing: run 'make tests/tools/offsets-check'"
	if ! msg=$("$OFFSETS_CHECK" "$@" 2>&1); then
		printf '%s\n' "$msg" | batslib_decorate "offsets-check $*" | fail
		return 1
	fi
}

# save_output FILE: the records of the last `run`, as they were printed.
save_output() {
	if [ -n "$output" ]; then
		printf '%s\n' "$output" > "$1"
	else
		: > "$1"
	fi
}

# split_text TEXT [OPTION...]: write TEXT byte for byte to in.txt, run
# news-split on it, expect status 0 and nothing on stderr, and check the
# offsets of its output.
split_text() {
	local text=$1

	shift
	printf '%s' "$text" > in.txt
	run -0 --separate-stderr "$SPLIT" "$@" in.txt
	assert_stderr ''
	save_output out.tsv
	check_offsets in.txt out.tsv
}

# sentences_are LINE...: the text column of the last run is these lines.
sentences_are() {
	local got want

	got=$(printf '%s\n' "$output" | cut -f6)
	want=$(printf '%s\n' "$@")
	assert_equal "$got" "$want"
}

# assert_stderr TEXT: stderr of the last `run --separate-stderr` is TEXT.
assert_stderr() {
	assert_equal "$stderr" "$1"
}

# assert_stderr_regex REGEX: stderr matches the extended regular expression.
assert_stderr_regex() {
	assert_regex "$stderr" "$1"
}
