#!/bin/sh
# Write the raw text news-clusters learns word clusters from: tokenized
# sentences, one a line, tokens separated by single spaces.
#
# usage: scripts/make-cluster-text.sh [DATA] > clusters.txt
#
# The text is, in this order:
#   - the FORM column of UD English EWT train and of GUM train (CoNLL-U:
#     range lines 1-2 and empty nodes 1.1 skipped), a sentence a line;
#   - the Wikinews sample articles (title, then text), split into sentences
#     by bin/news-split --docs and into tokens by build/news-tokens (news-tag's
#     tokenizer, without a model, so a model can be built from nothing).
#
# The data come from DATA, by default ../shared/data (or
# $NEWSFILTERS_SHARED/data); the programs from bin/ (or $NEWS_BIN).  Words
# are kept as written.
#
# Exit status: 0 written, 1 an input is missing or a step failed, 2 usage.
set -eu

case ${1-} in
-h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
esac
case $# in
0) data=${NEWSFILTERS_SHARED:-$(dirname "$0")/../../shared}/data ;;
1) data=$1 ;;
*) printf 'usage: scripts/make-cluster-text.sh [DATA] > FILE\n' >&2
   exit 2 ;;
esac
case $data in
/*) ;;
*) data=$PWD/$data ;;
esac

cd "$(dirname "$0")/.."
bin=${NEWS_BIN:-bin}
ewt=$data/ud-ewt/en_ewt-ud-train.conllu
wikinews=$data/wikinews/wikinews-sample.tsv

for f in "$ewt" "$wikinews" "$data"/gum/train/*.conllu; do
	if [ ! -r "$f" ]; then
		printf 'make-cluster-text: %s: not found\n' "$f" >&2
		exit 1
	fi
done

# CoNLL-U: the forms of each sentence's word lines.
conllu_text() {
	awk -F'\t' '
	/^#/ { next }
	/^[ \t]*$/ { if (s != "") print s; s = ""; next }
	$1 ~ /[-.]/ { next }
	{ gsub(/ /, "_", $2); s = s == "" ? $2 : s " " $2 }
	END { if (s != "") print s }
	' "$@"
}

# Wikinews TSV (doc_id date title text) to ID<TAB>TEXT for news-split --docs;
# the title becomes the first paragraph.
wikinews_docs() {
	awk -F'\t' '!/^#/ && NF >= 4 { print $1 "\t" $3 "\\n\\n" $4 }' "$wikinews"
}

conllu_text "$ewt" "$data"/gum/train/*.conllu
wikinews_docs | "$bin/news-split" --docs | build/news-tokens
