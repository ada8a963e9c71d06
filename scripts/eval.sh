#!/bin/sh
# Score news-split on the evaluation sets in eval/data/ (what `make eval` runs).
#
# usage: scripts/eval.sh [-v]
#
# Runs bin/news-split (or $NEWS_BIN/news-split) on
#   - the four sample articles, examples/seeds/*.txt, against
#     eval/data/seeds/sentences.tsv: sentences split exactly right;
#   - the 52 Golden Rules, eval/data/golden-rules/: cases split exactly right;
#   - GUM news and interview documents, eval/data/gum-news/: boundary F1;
#   - UD English Web Treebank dev documents, eval/data/ewt-dev/: boundary F1;
# and prints one table, scored by scripts/eval-split.sh (awk).  Outputs are
# kept in build/eval/.
#
# When ../shared (or $NEWSFILTERS_SHARED) holds eval/split.py and python3 is
# installed, the table gets a column with that official scorer's F1 for the
# same files, and a row for the full GUM news, interview and speech set of
# ../shared.  Nothing else comes from ../shared.
#
# -v also lists the Golden Rules cases that are split wrongly.
#
# Exit status: 0 scored, 1 news-split or a scorer failed, 2 usage.
set -eu

prog='eval'
verbose=0
vflag=
case ${1-} in
-v) verbose=1; vflag=-v; shift ;;
-h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
esac
if [ $# -ne 0 ]; then
	printf 'usage: scripts/eval.sh [-v]\n' >&2
	exit 2
fi

cd "$(dirname "$0")/.."
bin=${NEWS_BIN:-bin}
split=$bin/news-split
score=scripts/eval-split.sh
data=eval/data
out=build/eval
shared=${NEWSFILTERS_SHARED:-../shared}

die() {
	printf '%s: %s\n' "$prog" "$*" >&2
	exit 1
}

[ -x "$split" ] || die "$split not found; run make first"
mkdir -p "$out"

official=
if [ -r "$shared/eval/split.py" ] && command -v python3 >/dev/null 2>&1; then
	official=$shared/eval/split.py
fi

# run NAME NEWS-SPLIT-ARGS...: split into $out/NAME.tsv, stop on failure
run() {
	name=$1
	shift
	"$split" "$@" >"$out/$name.tsv" 2>"$out/$name.err" ||
		die "news-split failed on $name (status $?): $(head -n 3 "$out/$name.err")"
}

# field LABEL FILE: the number after LABEL on the scorer's line that has it
field() {
	sed -n "s/.*$1 \([0-9.\/]*\).*/\1/p" "$2" | head -n 1
}

# boundary NAME GOLD: score $out/NAME.tsv, print one row of the table
boundary() {
	name=$1
	label=$2
	gold=$3
	"$score" "$gold" "$out/$name.tsv" >"$out/$name.score" ||
		die "scoring $name failed"
	docs=$(sed -n 's/^docs \([0-9]*\).*/\1/p' "$out/$name.score")
	exact=$(sed -n 's/^sentences exact \([0-9]*\/[0-9]*\).*/\1/p' "$out/$name.score")
	off=
	if [ -n "$official" ]; then
		python3 "$official" "$gold" "$out/$name.tsv" >"$out/$name.official" ||
			die "$official failed on $name"
		off=$(sed -n 's/^F1 //p' "$out/$name.official")
	fi
	printf '%-30s %5s %9s %7s %7s %12s %9s\n' "$label" "$docs" \
	    "$(field precision "$out/$name.score")" \
	    "$(field recall "$out/$name.score")" \
	    "$(sed -n 's/^F1 //p' "$out/$name.score")" "$exact" "$off"
}

run seeds examples/seeds/*.txt
"$score" -d "$data/golden-rules/golden_rules_en_pragmatic.input.tsv" \
    >"$out/golden.docs.tsv"
run golden --docs "$out/golden.docs.tsv"
run gum --docs "$data/gum-news/news-interview.docs.tsv"
run ewt --docs "$data/ewt-dev/dev.docs.tsv"

printf '%-30s %5s %9s %7s %7s %12s %9s\n' set docs precision recall F1 \
    exact "${official:+split.py F1}"
boundary seeds "seeds (sentences)" "$data/seeds/sentences.tsv"
"$score" -c $vflag "$data/golden-rules/golden_rules_en_pragmatic.gold.tsv" \
    "$out/golden.tsv" >"$out/golden.score" || die "scoring golden failed"
cases=$(sed -n 's/^cases \([0-9]*\/[0-9]*\)$/\1/p' "$out/golden.score")
printf '%-30s %5s %9s %7s %7s %12s %9s\n' "Golden Rules (cases)" \
    "${cases#*/}" - - - "$cases" ""
boundary gum "GUM news+interview" "$data/gum-news/news-interview.sentences.tsv"
boundary ewt "UD EWT dev" "$data/ewt-dev/dev.sentences.tsv"

gumall=$shared/data/gum/derived/news-interview-speech
if [ -n "$official" ] && [ -r "$gumall.docs.tsv" ]; then
	run gum-all --docs "$gumall.docs.tsv"
	boundary gum-all "GUM news+interview+speech *" "$gumall.sentences.tsv"
	printf '* from %s, not shipped: GUM states no license for the speeches\n' \
	    "$shared"
fi

if [ "$verbose" = 1 ]; then
	printf '\nGolden Rules cases split wrongly:\n'
	grep -v '^cases' "$out/golden.score" || printf '  none\n'
fi
