#!/bin/sh
# Rebuild data/quotes.model, which reported speech news-extract-quotes
# keeps, from the attributions of PolNeAR's training articles in
# ../shared/data/polnear (or $SHARED/data/polnear): news-split cuts the
# 840 articles into sentence records, each document id the path of its
# text, and build/news-train-quotes runs the stage of news-extract-quotes
# on them with the parse and learns from the annotations beside the texts
# (train/quotes.c, docs/quotes.md).  Needs the programs and
# build/news-train-quotes (make model builds them) and data/tagger.model
# and data/parser.model.  Deterministic: the same data give the same
# bytes.  usage: scripts/train-quotes.sh [OUT]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$top/../shared}
pn=$shared/data/polnear
out=${1:-$top/data/quotes.model}
work=$top/build/quotes
[ -d "$pn/train/text" ] && [ -d "$pn/train/attributions" ] ||
	{ echo "train-quotes: $pn: no PolNeAR training data" >&2; exit 2; }
mkdir -p "$work"
LC_ALL=C
export LC_ALL
"$top/bin/news-split" "$pn"/train/text/*.txt >"$work/train.sents.tsv"
"$top/build/news-train-quotes" --data-dir "$top/data" -o "$out" -e 10 \
	--mincount 3 "$work/train.sents.tsv"
ls -l "$out" >&2
