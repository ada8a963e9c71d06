#!/usr/bin/env bash
# `make check-valgrind`: the full pipeline on the sample articles under
# Valgrind memcheck, every program in it: news-split piped into news-tag,
# news-extract-people, news-extract-quotes and news-summarize (a few of
# their modes).  Any memory error or leak, of any kind (definite, indirect,
# possible and still reachable), fails the run.  Suppressions: only the
# documented false positives in tests/valgrind/newsfilters.supp.
#
# usage: tests/valgrind/run.sh [BINDIR]     (BINDIR: bin/ by default)
set -uo pipefail

bindir=${1:-bin}
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d "${TMPDIR:-/tmp}/newsfilters-valgrind.XXXXXX")
trap 'rm -rf "$out"' EXIT
arts=(examples/seeds/*.txt)
failed=0 n=0

vg() {	# vg NAME PROG ARG...: PROG under memcheck, its report in NAME.vg
	local name=$1
	shift
	valgrind -q --error-exitcode=99 --leak-check=full \
		--show-leak-kinds=all --errors-for-leak-kinds=all \
		--track-origins=yes --suppressions="$here/newsfilters.supp" \
		--log-file="$out/$name.vg" "$@"
}

# check NAME STATUS...: the statuses of one pipeline; its reports are empty
check() {
	local name=$1 s bad=0
	shift
	n=$((n + 1))
	for s in "$@"; do
		[ "$s" -eq 0 ] || bad=1
	done
	if [ $bad -eq 0 ] && ! cat "$out/$name".*vg 2>/dev/null | grep -q .; then
		printf 'ok %d %s\n' "$n" "$name"
		return
	fi
	printf 'not ok %d %s (exit statuses: %s)\n' "$n" "$name" "$*"
	cat "$out/$name".*vg
	failed=$((failed + 1))
}

printf 'PRODUCT\t\\bF-\\d+\\b\nTITLE\t(?i)foreign minister\nSLOW\t(a+)+$\n' \
	> "$out/rules.txt"
printf 'id,title,text\n"d1","Talks","Fidan met Rubio. ""We agreed,"" he said."\n' \
	> "$out/news.csv"

vg split "$bindir/news-split" -H "${arts[@]}" > "$out/sents.tsv"
check split $?
vg split-csv "$bindir/news-split" --csv --title-col title "$out/news.csv" > /dev/null
check split-csv $?
for p in "tag" "tag --spans" "tag --output conllu" "tag --spans --rules RULES" \
	"extract-people" "extract-people --corpus" "extract-quotes" \
	"summarize" "summarize --scores -r 0.5" "summarize --cluster-sep /"; do
	name=$(printf '%s' "$p" | tr -s -c 'a-zA-Z0-9-' '_')
	p=${p/RULES/$out/rules.txt}
	# shellcheck disable=SC2086 # $p is the program and its options
	vg "$name.1" "$bindir/news-split" "${arts[@]}" |
		vg "$name.2" "$bindir"/news-$p > /dev/null
	check "$name" "${PIPESTATUS[@]}"
done
# CoNLL-U in and out
vg tag-conllu.1 "$bindir/news-tag" --output conllu "$out/sents.tsv" |
	vg tag-conllu.2 "$bindir/news-tag" --input conllu > /dev/null
check tag-conllu "${PIPESTATUS[@]}"

printf '%d passed, %d failed\n' $((n - failed)) "$failed"
[ $failed -eq 0 ]
