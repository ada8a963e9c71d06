#!/usr/bin/env bats
# Accuracy floors of news-split on the evaluation sets in eval/data/, scored
# by scripts/eval-split.sh, and checks of that scorer itself.
#
# The floors hold the level reached; raise them when news-split gets better.
# `make eval` prints the full figures.

load test_helper

SCORE=$ROOT/scripts/eval-split.sh
EVAL=$ROOT/eval/data

# split_to FILE ARG...: news-split ARG... > FILE, expecting status 0 and
# nothing on stderr.
split_to() {
	local file=$1 status=0

	shift
	"$SPLIT" "$@" >"$file" 2>err.txt || status=$?
	[ "$status" -eq 0 ] || fail "news-split $*: status $status: $(head -n 5 err.txt)"
	[ ! -s err.txt ] || fail "news-split $*: $(head -n 5 err.txt)"
}

# value LABEL: N or N/M from the scorer's last line "LABEL N" of the last run
value() {
	printf '%s\n' "$output" | sed -n "s/^$1 \([0-9][0-9.\/]*\)$/\1/p" | tail -n 1
}

# at_least WHAT GOT FLOOR: GOT >= FLOOR as decimal numbers
at_least() {
	awk -v got="$2" -v floor="$3" 'BEGIN { exit !(got != "" && got + 0 >= floor + 0) }' ||
		fail "$1 is ${2:-missing}, below the floor $3"
}

@test "scorer: boundary precision, recall, F1 and exact sentences" {
	printf '#doc\tsent\tpara\tsentence\n' >gold.tsv
	printf 'a.txt\t1\t1\tA b.\na.txt\t2\t1\tC d.\na.txt\t3\t2\tE f.\n' >>gold.tsv
	printf 'b.txt\t1\t1\tOnly one.\n' >>gold.tsv
	# a.txt: the first two sentences merged; b.txt is missing
	printf 'dir/a.txt\t1\t1\t0\t9\tA b. C d.\ndir/a.txt\t2\t2\t11\t15\tE f.\n' >pred.tsv
	run -0 "$SCORE" gold.tsv pred.tsv
	assert_output "docs 2 (missing from output: 1)
boundary precision 1.0000 recall 0.5000 F1 0.6667
sentences exact 1/4 = 0.2500
F1 0.6667"
}

@test "scorer: whitespace (ASCII and Unicode) and escapes do not count" {
	# gold and prediction differ only in whitespace: every boundary agrees
	printf '#doc\tsent\tpara\tsentence\n' >gold.tsv
	printf 'd\t1\t1\tT\303\274rkiye  \302\240\\tsaid.\nd\t2\t1\t\342\200\234Yes\\\\no.\342\200\235\n' >>gold.tsv
	printf 'd\t1\t1\t0\t1\tT\303\274rkiye said.\nd\t2\t1\t1\t2\t\342\200\234Yes\\\\no.\342\200\235\n' >pred.tsv
	run -0 "$SCORE" gold.tsv pred.tsv
	assert_line "boundary precision 1.0000 recall 1.0000 F1 1.0000"
	assert_line "sentences exact 2/2 = 1.0000"
	# one boundary moved by one character, the opening quote
	printf 'd\t1\t1\t0\t1\tT\303\274rkiye said. \342\200\234\nd\t2\t1\t1\t2\tYes\\\\no.\342\200\235\n' >pred.tsv
	run -0 "$SCORE" gold.tsv pred.tsv
	assert_line "boundary precision 0.5000 recall 0.5000 F1 0.5000"
	assert_line "sentences exact 0/2 = 0.0000"
}

@test "scorer: cases exactly right, and the --docs form of a cases file" {
	printf 'id\tname\ttext\n1\tOne\tA b. C d.\n2\tTwo\tLine\\none.\n' >in.tsv
	run -0 "$SCORE" -d in.tsv
	assert_output "$(printf '1\tA b. C d.\n2\tLine\\none.')"
	printf 'id\tsent_no\tsentence\n1\t1\tA b.\n1\t2\tC d.\n2\t1\tLine one.\n' >gold.tsv
	printf '1\t1\t1\t0\t4\tA b.\n1\t2\t1\t5\t9\tC d.\n2\t1\t1\t0\t9\tLine\n2\t2\t2\t10\t14\tone.\n' >pred.tsv
	run -0 "$SCORE" -c gold.tsv pred.tsv
	assert_line "cases exact 1/2 = 0.5000"
	assert_line "cases 1/2"
	run -2 "$SCORE" -c gold.tsv
	run -1 "$SCORE" pred.tsv gold.tsv
	assert_output --partial "expected at least 6 fields"
}

@test "seeds: all 86 sentences of the sample articles exactly right" {
	split_to pred.tsv "$ROOT"/examples/seeds/*.txt
	run -0 "$SCORE" "$EVAL/seeds/sentences.tsv" pred.tsv
	assert_line "docs 4 (missing from output: 0)"
	assert_line "sentences exact 86/86 = 1.0000"
}

@test "Golden Rules: at least 51 of 52 cases exactly right" {
	"$SCORE" -d "$EVAL/golden-rules/golden_rules_en_pragmatic.input.tsv" >docs.tsv
	split_to pred.tsv --docs docs.tsv
	run -0 "$SCORE" -c -v "$EVAL/golden-rules/golden_rules_en_pragmatic.gold.tsv" pred.tsv
	local cases
	cases=$(value cases)
	[ "${cases#*/}" = 52 ] || fail "expected 52 cases, got $cases"
	at_least "Golden Rules cases right" "${cases%/*}" 51
}

@test "GUM news and interviews: boundary F1 at least 0.98" {
	split_to pred.tsv --docs "$EVAL/gum-news/news-interview.docs.tsv"
	run -0 "$SCORE" "$EVAL/gum-news/news-interview.sentences.tsv" pred.tsv
	assert_line "docs 39 (missing from output: 0)"
	at_least "GUM boundary F1" "$(value F1)" 0.98
}

@test "UD EWT dev: boundary F1 at least 0.93" {
	split_to pred.tsv --docs "$EVAL/ewt-dev/dev.docs.tsv"
	run -0 "$SCORE" "$EVAL/ewt-dev/dev.sentences.tsv" pred.tsv
	assert_line "docs 318 (missing from output: 0)"
	at_least "EWT boundary F1" "$(value F1)" 0.93
}
