#!/bin/sh
# Score news-split, news-tag and news-extract-quotes on the evaluation sets
# in eval/data/ (what `make eval` runs).
#
# usage: scripts/eval.sh [-v]
#
# Runs bin/news-split (or $NEWS_BIN/news-split) on
#   - the four sample articles, examples/seeds/*.txt, against
#     eval/data/seeds/sentences.tsv: sentences split exactly right;
#   - the 52 Golden Rules, eval/data/golden-rules/: cases split exactly right;
#   - GUM news and interview documents, eval/data/gum-news/: boundary F1;
#   - UD English Web Treebank dev documents, eval/data/ewt-dev/: boundary F1;
# and prints one table, scored by scripts/eval-split.sh (awk).
#
# Then runs bin/news-tag (or $NEWS_BIN/news-tag) with gold tokens
# (--input conllu) on
#   - UD EWT dev, eval/data/ewt-dev/en_ewt-ud-dev.conllu, and the four GUM
#     dev news and interview documents, eval/data/gum-dev/: UPOS, XPOS and
#     lemma accuracy;
#   - Universal NER EWT dev, eval/data/uner-dev/en_ewt-ud-dev.iob2, turned
#     into CoNLL-U: entity precision, recall and F1 for PER, ORG, LOC and all;
# scored by scripts/eval-tag.sh (awk), and prints the token precision,
# recall and F1 of news-tag's tokenizer on the same EWT and GUM sentences,
# from tests/tools/token-eval (built by `make tests/tools/token-eval`; the
# row says so when it is missing); then news-tag --parse on the same EWT
# and GUM files given the words only (scripts/eval-parse.sh -b blanks the
# rest), UAS, LAS and LAS with subtypes scored by scripts/eval-parse.sh,
# with a row for all 18 GUM dev documents when ../shared has them.
# Outputs are kept in build/eval/.
#
# Then runs bin/news-split | bin/news-extract-quotes on the sample articles
# against eval/data/seeds/quotes.tsv, and on the Wikinews articles of
# eval/data/quotes-wikinews/ and quotes-wikinews2/ (docs.tsv through
# news-split --docs) against their quotes.tsv when those sets are there,
# and on PolNeAR dev (2016 US
# election news; ../shared/data/polnear, row marked *) when ../shared holds
# it, and prints quoted-speech F1, indirect-speech F1 and speaker accuracy
# (right among the matched quotes), scored by scripts/eval-quotes.sh
# (awk).
#
# When ../shared (or $NEWSFILTERS_SHARED) holds the official scorers
# (eval/split.py, eval/tagging.py, eval/ner.py, eval/quotes.py) and python3
# is installed, the tables get a column with their figures for the same
# files, and a row for the full GUM news, interview and speech set of
# ../shared.  The awk scorers of news-tag print what tagging.py and ner.py
# print, byte for byte, eval-quotes.sh what quotes.py prints, and the UNER
# input they make is what `ner.py --conllu` makes: any difference stops the
# script with status 1.  Nothing else comes from ../shared but PolNeAR.
#
# -v also lists the Golden Rules cases that are split wrongly, and the
# quotes missed, extra or with a wrong speaker.
#
# Exit status: 0 scored, 1 a program or a scorer failed, or a scorer
# disagreed with the official one, 2 usage.
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

# ---- news-tag ----

tag=$bin/news-tag
tscore=scripts/eval-tag.sh
tokeval=${TOKEN_EVAL:-tests/tools/token-eval}
[ -x "$tag" ] || die "$tag not found; run make first"

# official NAME: the path of ../shared/eval/NAME when it can be run
official() {
	if [ -r "$shared/eval/$1" ] && command -v python3 >/dev/null 2>&1; then
		printf '%s\n' "$shared/eval/$1"
	fi
}
otag=$(official tagging.py)
oner=$(official ner.py)

# tagrun NAME FILE...: news-tag --input conllu FILE... > $out/NAME.conllu
tagrun() {
	name=$1
	shift
	"$tag" --input conllu "$@" >"$out/$name.conllu" 2>"$out/$name.err" ||
		die "news-tag failed on $name (status $?): $(head -n 3 "$out/$name.err")"
}

# agree NAME SCRIPT ARG...: run the official SCRIPT into $out/NAME.official
# and stop unless it printed exactly what ours did, $out/NAME.score
agree() {
	name=$1
	script=$2
	shift 2
	python3 "$script" "$@" >"$out/$name.official" 2>&1 ||
		die "$script failed on $name: $(head -n 3 "$out/$name.official")"
	cmp -s "$out/$name.score" "$out/$name.official" ||
		die "$tscore and $script disagree on $name: compare $out/$name.score and $out/$name.official"
}

# accuracy NAME LABEL GOLD: score $out/NAME.conllu, print one row
accuracy() {
	name=$1
	label=$2
	gold=$3
	"$tscore" "$gold" "$out/$name.conllu" >"$out/$name.score" 2>&1 ||
		die "scoring $name failed: $(head -n 3 "$out/$name.score")"
	off=
	if [ -n "$otag" ]; then
		agree "$name" "$otag" "$gold" "$out/$name.conllu"
		off=$(sed -n 's/^UPOS \([0-9.]*\)  XPOS \([0-9.]*\)  lemma \([0-9.]*\)$/\1 \2 \3/p' \
		    "$out/$name.official")
	fi
	sed -n 's/^UPOS \([0-9.]*\)  XPOS \([0-9.]*\)  lemma \([0-9.]*\)$/\1 \2 \3/p' \
	    "$out/$name.score" | {
		read -r u x l
		printf '%-30s %6s %7s %7s %7s   %s\n' "$label" \
		    "$(sed -n 's/^words //p' "$out/$name.score")" "$u" "$x" "$l" "$off"
	}
}

# entity TYPE: one row of the entity table, from $out/uner.score
entity() {
	awk -v t="$1" -v off="${oner:+$(sed -n "s/^$1 .* F1 \([0-9.]*\).*/\1/p" "$out/uner.official" 2>/dev/null)}" '
	$1 == t { printf "%-30s %6s %9s %7s %7s %10s\n", "  " t, \
	    $8 == "(gold" ? $9 + 0 : gold, $3, $5, $7, off }
	$8 == "(gold" { gold += $9 }' "$out/uner.score"
}

# tokens LABEL FILE...: token-eval's figures on FILE..., one row
tokens() {
	label=$1
	shift
	if [ ! -x "$tokeval" ]; then
		printf '%-30s %s\n' "$label" "(no $tokeval: make $tokeval)"
		return
	fi
	"$tokeval" "$@" >"$out/tokens.score" 2>&1 ||
		die "$tokeval failed: $(head -n 3 "$out/tokens.score")"
	awk -v label="$label" '
	$1 == "sentences" { n = $2; exact = $4 }
	$1 == "tokens" { gold = $3 }
	$1 == "precision" { p = $2; r = $4; f = $6 }
	END { printf "%-30s %6s %9s %7s %7s %10s\n", label, gold, p, r, f, \
	    exact "/" n }' "$out/tokens.score"
}

ewtgold=$data/ewt-dev/en_ewt-ud-dev.conllu
unergold=$data/uner-dev/en_ewt-ud-dev.iob2
tagrun ewt-tag "$ewtgold"
cat "$data"/gum-dev/*.conllu >"$out/gum-dev.gold.conllu"
tagrun gum-dev-tag "$data"/gum-dev/*.conllu
"$tscore" -c "$unergold" >"$out/uner.input.conllu" ||
	die "converting $unergold failed"
if [ -n "$oner" ]; then
	python3 "$oner" --conllu "$unergold" >"$out/uner.input.official" ||
		die "$oner --conllu failed"
	cmp -s "$out/uner.input.conllu" "$out/uner.input.official" ||
		die "$tscore -c and $oner --conllu disagree: compare $out/uner.input.conllu and $out/uner.input.official"
fi
tagrun uner-tag "$out/uner.input.conllu"

printf '\n%-30s %6s %7s %7s %7s   %s\n' "news-tag, gold tokens" words \
    UPOS XPOS lemma "${otag:+tagging.py (UPOS XPOS lemma)}"
accuracy ewt-tag "UD EWT dev" "$ewtgold"
accuracy gum-dev-tag "GUM dev news+interview" "$out/gum-dev.gold.conllu"

"$tscore" -n "$unergold" "$out/uner-tag.conllu" >"$out/uner.score" 2>&1 ||
	die "scoring entities failed: $(head -n 3 "$out/uner.score")"
[ -z "$oner" ] || agree uner "$oner" "$unergold" "$out/uner-tag.conllu"
printf '\n%-30s %6s %9s %7s %7s %10s\n' "entities (UNER EWT dev)" gold \
    precision recall F1 "${oner:+ner.py F1}"
for t in PER ORG LOC all; do
	entity "$t"
done

printf '\n%-30s %6s %9s %7s %7s %10s\n' "tokenizer (on # text)" tokens \
    precision recall F1 exact
tokens "UD EWT dev" "$ewtgold"
tokens "GUM dev news+interview" "$data"/gum-dev/*.conllu

# ---- news-tag --parse ----

pscore=scripts/eval-parse.sh
oparse=$(official parsing.py)

# parse NAME LABEL GOLD: blank GOLD but its words, parse it, print a row
parse() {
	name=$1
	label=$2
	gold=$3
	"$pscore" -b "$gold" >"$out/$name.input.conllu" ||
		die "blanking $gold failed"
	"$tag" --input conllu --parse "$out/$name.input.conllu" \
	    >"$out/$name.conllu" 2>"$out/$name.err" ||
		die "news-tag --parse failed on $name (status $?): $(head -n 3 "$out/$name.err")"
	"$pscore" "$gold" "$out/$name.conllu" >"$out/$name.score" 2>&1 ||
		die "scoring $name failed: $(head -n 3 "$out/$name.score")"
	off=
	if [ -n "$oparse" ]; then
		tscore=$pscore agree "$name" "$oparse" "$gold" "$out/$name.conllu"
		off=$(sed -n 's/^UAS \([0-9.]*\)  LAS \([0-9.]*\)  .*/\1 \2/p' \
		    "$out/$name.official")
	fi
	sed -n 's/^UAS \([0-9.]*\)  LAS \([0-9.]*\)  LAS-full \([0-9.]*\)$/\1 \2 \3/p' \
	    "$out/$name.score" | {
		read -r u l f
		printf '%-30s %6s %7s %7s %8s   %s\n' "$label" \
		    "$(sed -n 's/^words //p' "$out/$name.score")" "$u" "$l" "$f" "$off"
	}
}

printf '\n%-30s %6s %7s %7s %8s   %s\n' "news-tag --parse, words only" words \
    UAS LAS LAS-full "${oparse:+parsing.py (UAS LAS)}"
parse ewt-parse "UD EWT dev" "$ewtgold"
parse gum-dev-parse "GUM dev news+interview" "$out/gum-dev.gold.conllu"
if [ -d "$shared/data/gum/dev" ]; then
	cat "$shared"/data/gum/dev/*.conllu >"$out/gum-dev-all.gold.conllu"
	parse gum-dev-all-parse "GUM dev, all 18 documents *" \
	    "$out/gum-dev-all.gold.conllu"
fi

if [ "$verbose" = 1 ]; then
	printf '\nGolden Rules cases split wrongly:\n'
	grep -v '^cases' "$out/golden.score" || printf '  none\n'
fi

# ---- news-extract-quotes ----

quotes=$bin/news-extract-quotes
qscore=scripts/eval-quotes.sh
[ -x "$quotes" ] || die "$quotes not found; run make first"
oquotes=$(official quotes.py)

# quoterow NAME LABEL GOLD NEWS-SPLIT-ARGS...: news-split NEWS-SPLIT-ARGS |
# news-extract-quotes into $out/NAME.tsv, scored against GOLD into
# $out/NAME.score (and by quotes.py into $out/NAME.official, which must be
# the same); prints one row
quoterow() {
	name=$1
	label=$2
	gold=$3
	shift 3
	"$split" "$@" >"$out/$name.sentences.tsv" 2>"$out/$name.err" ||
		die "news-split failed on $name (status $?): $(head -n 3 "$out/$name.err")"
	"$quotes" "$out/$name.sentences.tsv" >"$out/$name.tsv" 2>"$out/$name.err" ||
		die "$quotes failed on $name (status $?): $(head -n 3 "$out/$name.err")"
	"$qscore" $vflag "$gold" "$out/$name.tsv" >"$out/$name.score" 2>&1 ||
		die "scoring $name failed: $(head -n 3 "$out/$name.score")"
	off=
	if [ -n "$oquotes" ]; then
		python3 "$oquotes" $vflag "$gold" "$out/$name.tsv" \
		    >"$out/$name.official" 2>&1 ||
			die "$oquotes failed on $name: $(head -n 3 "$out/$name.official")"
		cmp -s "$out/$name.score" "$out/$name.official" ||
			die "$qscore and $oquotes disagree on $name: compare $out/$name.score and $out/$name.official"
		off=$(sed -n 's/^F1 \([0-9.]*\) .*/\1/p' "$out/$name.official")
	fi
	awk -v label="$label" -v off="$off" '
	$1 == "quoted" { q = $7 }
	$1 == "indirect" { i = $7 }
	$1 == "all" { a = $7; s = $10; split(s, n, "/") }
	END { printf "%-30s %5s %9s %11s %7s %17s %12s\n", label, gold, q, \
	    i, a, (n[2] ? sprintf("%.4f", n[1] / n[2]) : "-") " (" s ")", \
	    off }' \
	    gold="$(awk '$0 != "" && !/^#/' "$gold" | wc -l | tr -d ' ')" \
	    "$out/$name.score"
}

printf '\n%-30s %5s %9s %11s %7s %17s %12s\n' "news-extract-quotes" gold \
    "quoted F1" "indirect F1" "all F1" "speaker (right)" \
    "${oquotes:+quotes.py F1}"
quoterow quotes-seeds "seeds" "$data/seeds/quotes.tsv" examples/seeds/*.txt
qsets="quotes-seeds"
wn=$data/quotes-wikinews
if [ -r "$wn/docs.tsv" ] && [ -r "$wn/quotes.tsv" ]; then
	quoterow quotes-wikinews "Wikinews (quotes-wikinews)" "$wn/quotes.tsv" \
	    --docs "$wn/docs.tsv"
	qsets="$qsets quotes-wikinews"
fi
wn2=$data/quotes-wikinews2
if [ -r "$wn2/docs.tsv" ] && [ -r "$wn2/quotes.tsv" ]; then
	quoterow quotes-wikinews2 "Wikinews 2 (quotes-wikinews2)" \
	    "$wn2/quotes.tsv" --docs "$wn2/docs.tsv"
	qsets="$qsets quotes-wikinews2"
fi
# PolNeAR dev (2016 US election news), which the repository cannot carry
# (its publishers own the text): scored when ../shared holds it
pn=$shared/data/polnear
if [ -r "$pn/dev.docs.tsv" ] && [ -r "$pn/dev.quotes.tsv" ]; then
	quoterow quotes-polnear "PolNeAR dev *" "$pn/dev.quotes.tsv" \
	    --docs "$pn/dev.docs.tsv"
	qsets="$qsets quotes-polnear"
fi
if [ "$verbose" = 1 ]; then
	for name in $qsets; do
		printf '\n%s: quotes missed, extra or with a wrong speaker:\n' "$name"
		grep '^  ' "$out/$name.score" || printf '  none\n'
	done
fi

# ---- news-summarize (scripts/eval-summarize.sh) ----
printf '\n'
NEWS_BIN=$bin scripts/eval-summarize.sh

# ---- news-extract-people ----
# bin/news-split | bin/news-extract-people on the sample articles against
# eval/data/seeds/people.tsv (with --bylines: its gold lists the author of
# a byline), and on the Wikinews people dev sets, eval/data/people-wikinews
# and people-wikinews2 (38 and 40 articles, hand-made gold, no bylines;
# see their READMEs): people
# precision, recall and F1 (full names within a document), and titles and
# affiliations right among the people found, scored by
# scripts/eval-people.sh (awk); when ../shared holds eval/people.py and
# python3 is installed, it runs too, and any difference from the awk
# scorer's output stops the script with status 1.  Then
# bin/news-extract-people --bylines on the GUM news and interview documents
# as news-split split them above ($out/gum.tsv), against the persons with a
# Wikipedia identity of eval/data/gum-news/person-entities.tsv (made by
# scripts/make-gum-persons.sh, which counts the names of photo credits
# too): recall, a person found when a predicted one of the document has the
# same last name, scored by scripts/eval-people-recall.sh (awk).  -v also
# lists the people missed, extra or with a wrong title or affiliation, and
# the GUM persons missed.

people=$bin/news-extract-people
pscore=scripts/eval-people.sh
[ -x "$people" ] || die "$people not found; run make first"
opeople=$(official people.py)

# peoplerow NAME LABEL GOLD PEOPLE-OPTS NEWS-SPLIT-ARGS...: news-split
# NEWS-SPLIT-ARGS | news-extract-people PEOPLE-OPTS (one word, or empty)
# into $out/NAME.tsv, scored against GOLD into $out/NAME.score (and by
# people.py into $out/NAME.official, which must be the same); prints one
# row
peoplerow() {
	name=$1
	label=$2
	gold=$3
	popts=$4
	shift 4
	"$split" "$@" >"$out/$name.sentences.tsv" 2>"$out/$name.err" ||
		die "news-split failed on $name (status $?): $(head -n 3 "$out/$name.err")"
	# shellcheck disable=SC2086 # one option word, or none
	"$people" $popts "$out/$name.sentences.tsv" >"$out/$name.tsv" 2>"$out/$name.err" ||
		die "$people failed on $name (status $?): $(head -n 3 "$out/$name.err")"
	"$pscore" $vflag "$gold" "$out/$name.tsv" >"$out/$name.score" 2>&1 ||
		die "scoring $name failed: $(head -n 3 "$out/$name.score")"
	off=
	if [ -n "$opeople" ]; then
		python3 "$opeople" $vflag "$gold" "$out/$name.tsv" \
		    >"$out/$name.official" 2>&1 ||
			die "$opeople failed on $name: $(head -n 3 "$out/$name.official")"
		cmp -s "$out/$name.score" "$out/$name.official" ||
			die "$pscore and $opeople disagree on $name: compare $out/$name.score and $out/$name.official"
		off=$(sed -n 's/^F1 //p' "$out/$name.official")
	fi
	awk -v label="$label" -v off="$off" '
	$1 == "people" { p = $3; r = $5; f = $7; gold = $10 }
	$1 == "titles" { t = $3; sub(/,$/, "", t); a = $6 }
	END { printf "%-30s %5s %9s %7s %7s %7s %12s %12s\n", label, gold, \
	    p, r, f, t, a, off }' "$out/$name.score"
}

printf '\n%-30s %5s %9s %7s %7s %7s %12s %12s\n' "news-extract-people" gold \
    precision recall F1 titles affiliations "${opeople:+people.py F1}"
peoplerow people-seeds "seeds (--bylines)" "$data/seeds/people.tsv" \
    --bylines examples/seeds/*.txt
peoplerow people-wikinews "Wikinews people dev" \
    "$data/people-wikinews/people.tsv" "" \
    --docs "$data/people-wikinews/docs.tsv"
peoplerow people-wikinews2 "Wikinews people dev 2" \
    "$data/people-wikinews2/people.tsv" "" \
    --docs "$data/people-wikinews2/docs.tsv"
"$people" --bylines "$out/gum.tsv" >"$out/people-gum.tsv" 2>"$out/people-gum.err" ||
	die "$people failed on people-gum (status $?): $(head -n 3 "$out/people-gum.err")"
scripts/eval-people-recall.sh $vflag "$data/gum-news/person-entities.tsv" \
    "$out/people-gum.tsv" >"$out/people-gum.score" 2>&1 ||
	die "scoring people-gum failed: $(head -n 3 "$out/people-gum.score")"
awk '$1 == "persons" { printf "%-30s %5s %9s %7s %7s %7s %12s\n", \
    "GUM persons recall", $2, "-", $6, "-", "-", "-" }' "$out/people-gum.score"
if [ "$verbose" = 1 ]; then
	printf '\npeople-seeds: people missed, extra or with a wrong title or affiliation:\n'
	grep '^  ' "$out/people-seeds.score" || printf '  none\n'
	for name in people-wikinews people-wikinews2; do
		printf '\n%s: people missed, extra or with a wrong title or affiliation:\n' "$name"
		grep '^  ' "$out/$name.score" || printf '  none\n'
	done
	printf '\npeople-gum: GUM persons missed:\n'
	grep '^  ' "$out/people-gum.score" || printf '  none\n'
fi
