#!/bin/sh
# Score news-summarize with ROUGE, the LEAD baseline beside it (what
# `make eval` runs after scripts/eval.sh's tables).
#
# usage: scripts/eval-summarize.sh
#
# On data the repository carries:
#   - the 39 GUM news and interview documents, eval/data/gum-news/, against
#     their human one-sentence summaries (summaries.tsv): -n 1 and -n 3
#     (the development side of news highlights, where LEAD-3 is the
#     baseline to beat);
#   - the 295 Wikinews articles of bench/wikinews.tsv against their
#     headlines, written by the reporters (-n 1 and -n 3): a news story's
#     one-line summary, on which LEAD is strong, as it is on news
#     highlights.
# When ../shared (or $NEWSFILTERS_SHARED) holds the development sets, also:
#   - the 100 BBC News articles of bbc-summary-dev/ with -r 0.4, against
#     their extractive references (ROUGE-2 F is the headline figure), and
#     with -n 3 against the same references;
#   - the 30 DUC 2003 clusters of duc2003/ with --cluster --cluster-sep /
#     -w 100, scored with --words 100 --stem --group (ROUGE-1 and ROUGE-2
#     recall are the DUC figures); and each of their articles alone with
#     -n 3 against its cluster's summaries (news wire, short paragraphs);
#   - all GUM documents of gum/train and gum/dev with -n 1 against
#     gum/derived/summaries.tsv.
# LEAD is news-summarize --lead with the same length: the first sentences
# of each document that can be summary sentences (in a cluster, every
# article's first, then every second ...).
#
# Scores come from tests/tools/rouge (C; built by `make
# tests/tools/rouge`), which prints what ../shared/eval/rouge.py prints;
# when that scorer and python3 are there, it runs too, and any difference
# stops the script with status 1.  Outputs are kept in build/eval/.
#
# Exit status: 0 scored, 1 a program or a scorer failed or disagreed, 2 usage.
set -eu

prog=eval-summarize
case ${1-} in
-h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
esac
if [ $# -ne 0 ]; then
	printf 'usage: scripts/eval-summarize.sh\n' >&2
	exit 2
fi

cd "$(dirname "$0")/.."
bin=${NEWS_BIN:-bin}
split=$bin/news-split
sum=$bin/news-summarize
rouge=${ROUGE:-tests/tools/rouge}
out=build/eval
shared=${NEWSFILTERS_SHARED:-../shared}

die() {
	printf '%s: %s\n' "$prog" "$*" >&2
	exit 1
}

[ -x "$sum" ] || die "$sum not found; run make first"
[ -x "$rouge" ] || die "$rouge not found; run make $rouge"
mkdir -p "$out"
official=
if [ -r "$shared/eval/rouge.py" ] && command -v python3 >/dev/null 2>&1; then
	official=$shared/eval/rouge.py
fi

# score NAME REFS ROUGE-ARGS...: score $out/NAME.tsv into $out/NAME.score,
# checked against the official scorer when there is one
score() {
	sn=$1
	sr=$2
	shift 2
	"$rouge" "$@" "$sr" "$out/$sn.tsv" >"$out/$sn.score" 2>&1 ||
		die "scoring $sn failed: $(head -n 3 "$out/$sn.score")"
	if [ -n "$official" ]; then
		python3 "$official" "$@" "$sr" "$out/$sn.tsv" \
		    >"$out/$sn.official" 2>&1 ||
			die "$official failed on $sn"
		cmp -s "$out/$sn.score" "$out/$sn.official" ||
			die "$rouge and $official disagree on $sn: compare $out/$sn.score and $out/$sn.official"
	fi
}

# figures NAME: R1-F R1-R R2-F R2-R RL-F RL-R of $out/NAME.score
figures() {
	sed -n 's/^ROUGE-1 F \([0-9.]*\) R \([0-9.]*\) | ROUGE-2 F \([0-9.]*\) R \([0-9.]*\) | ROUGE-L F \([0-9.]*\) R \([0-9.]*\)$/\1 \2 \3 \4 \5 \6/p' \
	    "$out/$1.score"
}

# row LABEL SENTS REFS "SUMMARIZE-ARGS" ROUGE-ARGS...: summarize SENTS with
# and without --lead, print two rows
row() {
	label=$1
	sents=$2
	refs=$3
	sargs=$4
	shift 4
	name=$(printf '%s %s' "$label" "$sargs" | tr -cs 'A-Za-z0-9' '-' | sed 's/-*$//')
	for m in summarize lead; do
		lflag=
		[ "$m" = lead ] && lflag=--lead
		# shellcheck disable=SC2086
		"$sum" $sargs $lflag "$sents" >"$out/$name.$m.tsv" \
		    2>"$out/$name.$m.err" ||
			die "news-summarize failed on $label: $(head -n 3 "$out/$name.$m.err")"
		score "$name.$m" "$refs" "$@"
		figures "$name.$m" | {
			read -r r1f r1r r2f r2r rlf rlr
			printf '%-20s %-33s %-9s %7s %7s %7s %7s %7s %7s\n' \
			    "$label" "$sargs" "$m" "$r1f" "$r1r" "$r2f" "$r2r" \
			    "$rlf" "$rlr"
		}
		label=
	done
}

printf '%-20s %-33s %-9s %7s %7s %7s %7s %7s %7s\n' "set (ROUGE)" options \
    method R1-F R1-R R2-F R2-R RL-F RL-R
"$split" --docs eval/data/gum-news/news-interview.docs.tsv \
    >"$out/gum-news.sents.tsv" || die "news-split failed on gum-news"
row "GUM news+interview" "$out/gum-news.sents.tsv" \
    eval/data/gum-news/summaries.tsv "-n 1"
row "GUM news+interview" "$out/gum-news.sents.tsv" \
    eval/data/gum-news/summaries.tsv "-n 3"

# bench/wikinews.tsv: doc date title text; the title is not in the text
awk -F'\t' '!/^#/ { print $1 "\t" $4 }' bench/wikinews.tsv >"$out/wikinews.docs.tsv"
awk -F'\t' '!/^#/ { print $1 "\t" $3 }' bench/wikinews.tsv >"$out/wikinews.titles.tsv"
"$split" --docs "$out/wikinews.docs.tsv" >"$out/wikinews.sents.tsv" ||
	die "news-split failed on bench/wikinews.tsv"
row "Wikinews headlines" "$out/wikinews.sents.tsv" "$out/wikinews.titles.tsv" \
    "-n 1"
row "Wikinews headlines" "$out/wikinews.sents.tsv" "$out/wikinews.titles.tsv" \
    "-n 3"

d=$shared/data
if [ -r "$d/bbc-summary-dev/docs.tsv" ]; then
	"$split" --docs "$d/bbc-summary-dev/docs.tsv" >"$out/bbc.sents.tsv" ||
		die "news-split failed on bbc-summary-dev"
	row "BBC dev *" "$out/bbc.sents.tsv" "$d/bbc-summary-dev/refs.tsv" \
	    "-r 0.4"
	row "BBC dev *" "$out/bbc.sents.tsv" "$d/bbc-summary-dev/refs.tsv" \
	    "-n 3"
fi
if [ -r "$d/duc2003/docs.tsv" ]; then
	"$split" --docs "$d/duc2003/docs.tsv" >"$out/duc.sents.tsv" ||
		die "news-split failed on duc2003"
	row "DUC 2003 clusters *" "$out/duc.sents.tsv" "$d/duc2003/refs.tsv" \
	    "--cluster --cluster-sep / -w 100" --words 100 --stem --group
	# each article alone against its cluster's summaries: news wire with
	# short paragraphs and human summaries, single documents
	awk -F'\t' 'NR == FNR { if (FNR > 1) r[$1] = r[$1] "\n" $2 "\t" $3; next }
	FNR > 1 { split($1, a, "/"); n = split(substr(r[a[1]], 2), l, "\n")
		for (i = 1; i <= n; i++) print a[2] "\t" l[i] }' \
	    "$d/duc2003/refs.tsv" "$d/duc2003/docs.tsv" >"$out/duc-articles.refs.tsv"
	row "DUC 2003 articles *" "$out/duc.sents.tsv" "$out/duc-articles.refs.tsv" \
	    "-n 3"
fi
if [ -d "$d/gum/train" ] && [ -r "$d/gum/derived/summaries.tsv" ]; then
	awk -f scripts/conllu-docs.awk "$d"/gum/train/*.conllu \
	    "$d"/gum/dev/*.conllu >"$out/gum-all.docs.tsv" ||
		die "cannot rebuild the GUM documents"
	"$split" --docs "$out/gum-all.docs.tsv" >"$out/gum-all.sents.tsv" ||
		die "news-split failed on GUM"
	row "GUM all genres *" "$out/gum-all.sents.tsv" \
	    "$d/gum/derived/summaries.tsv" "-n 1"
fi
if [ -r "$d/bbc-summary-dev/docs.tsv" ]; then
	printf '* from %s, not shipped (BBC and DUC text stay outside the project)\n' "$shared"
fi
