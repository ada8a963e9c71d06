#!/bin/sh
# Rebuild data/tagger.model, news-tag's model, from the training data in
# ../shared/data (or $SHARED/data): UD English EWT and GUM for parts of
# speech and lemmas, Universal NER EWT and GUM's named mentions for
# entities, the gazetteers in data/gazetteers and word clusters learned
# from the training text and the Wikinews articles.  Deterministic: the same
# data give the same bytes.  usage: scripts/train-model.sh [OUT]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$top/../shared}
data=$shared/data
out=${1:-$top/data/tagger.model}
work=$top/build/model
[ -d "$data/ud-ewt" ] || { echo "train-model: $data: no training data" >&2; exit 2; }
mkdir -p "$work"

# word clusters from raw text: the training sentences and Wikinews
"$top/scripts/make-cluster-text.sh" "$data" > "$work/clusters.txt"
"$top/build/news-clusters" -c 256 -m 2 -o "$work/clusters.paths" "$work/clusters.txt"

set --
for f in "$data"/gum/train/*.conllu; do set -- "$@" --ner-conllu "$f"; done
"$top/build/news-train" -o "$out" -e 10 --ner-epochs 10 \
	--clusters "$work/clusters.paths" \
	--gazetteers "$top/data/gazetteers" \
	--ner "$data/uner-ewt/en_ewt-ud-train.iob2" "$@" \
	"$data/ud-ewt/en_ewt-ud-train.conllu" "$data"/gum/train/*.conllu
ls -l "$out" >&2
