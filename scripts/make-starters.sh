#!/bin/sh
# Derive sentence-starter words from CoNLL-U training data (UD EWT, GUM):
# capitalised words that begin sentences and, inside sentences, are mostly
# written in lower case (so "The" and "However" qualify, "Trump" does not).
# usage: scripts/make-starters.sh FILE.conllu ... > starters.txt
# data/sentence-starters.txt is this list pruned by hand, with the end line
# the programs check (`make seal`, scripts/seal-data.sh).
set -eu
awk -F'\t' '
/^#/ { next }
NF < 10 { first = 1; next }
$1 ~ /-|\./ { next }
{
	w = $2
	if (first) { if (w ~ /^[A-Z][a-z]*$/) start[w]++; first = 0; next }
	if (w ~ /^[a-z]+$/) low[w]++
	else if (w ~ /^[A-Z][a-z]*$/) cap[w]++
}
END {
	for (w in start) {
		l = tolower(w)
		if (start[w] >= 3 && low[l] >= 5 && low[l] > 4 * cap[w]) print w
	}
}' "$@" | LC_ALL=C sort
