#!/bin/sh
# Rebuild data/idf.tsv, the background word statistics of news-summarize.
#
# usage: scripts/make-idf.sh [-o FILE]
#
# Counts in how many documents each word stem occurs, over the raw text of
# the training corpora in ../shared/data (or $NEWSFILTERS_SHARED/data):
#   - UD English EWT train and dev (ud-ewt/*.conllu; documents by
#     "# newdoc", text from "# text =" lines);
#   - GUM train and dev (gum/train, gum/dev; one document a file);
#   - the Wikinews sample (wikinews/wikinews-sample.tsv; title and text).
# The documents go through build/news-idf (train/idf.c), which takes the
# terms as news-summarize does and writes "@docs<TAB>N", then
# "STEM<TAB>DF" for every stem in at least 2 documents, and the end line
# "#end<TAB>N" (scripts/seal-data.sh).  The licence of the result is in
# data/idf.tsv.LICENSE.
#
# scripts/conllu-docs.awk is the CoNLL-U to ID<TAB>TEXT converter used here
# (paragraphs, "# newpar", become blank lines).
#
# Exit status: 0 done, 1 a step failed, 2 usage.
set -eu

prog=make-idf
out=data/idf.tsv
case ${1-} in
-o) out=$2; shift 2 ;;
-h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
esac
if [ $# -ne 0 ]; then
	printf 'usage: scripts/make-idf.sh [-o FILE]\n' >&2
	exit 2
fi
cd "$(dirname "$0")/.."
shared=${NEWSFILTERS_SHARED:-../shared}/data

die() {
	printf '%s: %s\n' "$prog" "$*" >&2
	exit 1
}

for f in "$shared/ud-ewt/en_ewt-ud-train.conllu" "$shared/gum/train" \
    "$shared/wikinews/wikinews-sample.tsv"; do
	[ -e "$f" ] || die "$f not found"
done
make -s build/news-idf || die "cannot build build/news-idf"
mkdir -p build/idf
docs=build/idf/docs.tsv
{
	awk -f scripts/conllu-docs.awk "$shared"/ud-ewt/*.conllu
	awk -f scripts/conllu-docs.awk "$shared"/gum/train/*.conllu \
	    "$shared"/gum/dev/*.conllu
	# doc date title text: the title is the first paragraph
	awk -F '\t' '/^#/ || NF < 4 { next } { print $1 "\t" $3 "\\n\\n" $4 }' \
	    "$shared/wikinews/wikinews-sample.tsv"
} >"$docs" || die "cannot extract the documents"
LC_ALL=C build/news-idf <"$docs" >"$out.tmp" || die "news-idf failed"
{
	printf '# idf.tsv: in how many documents each word stem occurs, for news-summarize\n'
	printf '# made by scripts/make-idf.sh from UD EWT, GUM and Wikinews; licence: idf.tsv.LICENSE\n'
	cat "$out.tmp"
} >"$out"
rm -f "$out.tmp"
# the end line news-summarize checks, so that a file cut short is refused
scripts/seal-data.sh "$out" || die "cannot seal $out"
printf '%s: %s: %s documents, %s stems\n' "$prog" "$out" \
    "$(sed -n 's/^@docs\t//p' "$out")" "$(grep -vc '^[#@]' "$out")" >&2
