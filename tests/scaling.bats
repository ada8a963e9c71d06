#!/usr/bin/env bats
# Scaling out (docs/scaling.md): a run split over GNU parallel's jobs gives
# the serial run's records, and shard -> map -> merge with
# news-extract-people --corpus gives what one run over everything gives.

load test_helper

# docs N: the first N Wikinews articles of bench/wikinews.tsv as
# ID<TAB>TEXT lines, in docs.tsv
docs() {
	awk -F '\t' -v n="$1" '!/^#/ && NF >= 4 && c++ < n { print $1 "\t" $4 }' \
	    "$ROOT/bench/wikinews.tsv" > docs.tsv
	[ "$(wc -l < docs.tsv)" -eq "$1" ]
}

# sents N: their sentence records, in sents.tsv
sents() {
	docs "$1"
	"$SPLIT" --docs docs.tsv > sents.tsv
	[ -s sents.tsv ]
}

need_parallel() {
	command -v parallel >/dev/null 2>&1 ||
		skip "GNU parallel is not installed (scripts/install-deps.sh parallel)"
}

# same_sorted PROGRAM [OPTION...]: PROGRAM over GNU parallel jobs of whole
# documents (--group-by 1, small blocks so there are several) writes the
# records of the serial run, in some order
same_sorted() {
	local p=$NEWS_BIN/$1

	shift
	run -0 "$p" "$@" sents.tsv
	[ -n "$output" ]
	printf '%s\n' "$output" | sort > serial.tsv
	parallel --pipe --group-by 1 --block 20k -j 2 "$p" "$@" \
	    < sents.tsv > par.tsv
	sort par.tsv > par-sorted.tsv
	run cmp serial.tsv par-sorted.tsv
	assert_success
	# and the jobs were several
	run -0 parallel --pipe --group-by 1 --block 20k -j 2 'wc -l' < sents.tsv
	[ "${#lines[@]}" -ge 3 ]
}

@test "parallel --pipe --group-by 1: news-tag, the serial records" {
	need_parallel
	sents 40
	same_sorted news-tag
	same_sorted news-tag --spans
}

@test "parallel --pipe --group-by 1: news-extract-people, the serial records" {
	need_parallel
	sents 40
	same_sorted news-extract-people
}

@test "parallel --pipe --group-by 1: news-extract-quotes, the serial records" {
	need_parallel
	sents 40
	same_sorted news-extract-quotes
}

@test "parallel --pipe --group-by 1: news-summarize, the serial records" {
	need_parallel
	sents 40
	same_sorted news-summarize
	same_sorted news-summarize -n 1 --scores
}

@test "parallel --pipepart --group-by 1 over a file: the serial records" {
	need_parallel
	sents 40
	"$NEWS_BIN/news-summarize" sents.tsv | sort > serial.tsv
	parallel --pipepart -a sents.tsv --group-by 1 --block 20k -j 2 \
	    "$NEWS_BIN/news-summarize" | sort > par.tsv
	run cmp serial.tsv par.tsv
	assert_success
}

@test "parallel --pipe news-split --docs: the serial records" {
	need_parallel
	docs 40
	"$SPLIT" --docs docs.tsv | sort > serial.tsv
	parallel --pipe --block 20k -j 2 "$SPLIT" --docs < docs.tsv \
	    | sort > par.tsv
	[ -s serial.tsv ]
	run cmp serial.tsv par.tsv
	assert_success
}

@test "parallel news-split ::: files: the serial records" {
	need_parallel
	docs 12
	mkdir corpus
	# one file an article, named by its line number (the id is the path)
	awk -F '\t' '{ f = sprintf("corpus/%02d.txt", NR); print $2 > f; close(f) }' \
	    docs.tsv
	"$SPLIT" corpus/*.txt | sort > serial.tsv
	parallel -j 2 "$SPLIT" ::: corpus/*.txt | sort > par.tsv
	[ "$(cut -f1 serial.tsv | sort -u | wc -l)" -eq 12 ]
	run cmp serial.tsv par.tsv
	assert_success
	# -k keeps the order of the arguments: the serial output itself
	"$SPLIT" corpus/*.txt > serial.tsv
	parallel -k -j 2 "$SPLIT" ::: corpus/*.txt > par.tsv
	run cmp serial.tsv par.tsv
	assert_success
}

@test "shard, map, merge: news-extract-people --corpus over the shards' records = one run" {
	docs 60
	split -n l/3 docs.tsv shard.
	[ -s shard.aa ] && [ -s shard.ab ] && [ -s shard.ac ]
	# map: each shard on its own
	for s in shard.aa shard.ab shard.ac; do
		"$SPLIT" --docs "$s" | "$NEWS_BIN/news-extract-people" > "$s.people"
	done
	# reduce: the shards' records in the order of the shards
	cat shard.aa.people shard.ab.people shard.ac.people |
	    "$NEWS_BIN/news-extract-people" --corpus > merged.tsv
	"$SPLIT" --docs docs.tsv | "$NEWS_BIN/news-extract-people" --corpus > single.tsv
	[ "$(wc -l < single.tsv)" -gt 50 ]
	run cmp single.tsv merged.tsv
	assert_success
}

@test "shard, map, merge: the reducer over map records sorted by doc id (Hadoop) = one run over sorted documents" {
	docs 60
	LC_ALL=C sort -t "$(printf '\t')" -k1,1 docs.tsv > sorted.tsv
	split -n l/3 docs.tsv shard.
	for s in shard.aa shard.ab shard.ac; do
		"$SPLIT" --docs "$s" | "$NEWS_BIN/news-extract-people" > "$s.people"
	done
	# the shuffle: every map record, sorted by its key (the document id)
	cat shard.ac.people shard.aa.people shard.ab.people |
	    LC_ALL=C sort -s -t "$(printf '\t')" -k1,1 |
	    "$NEWS_BIN/news-extract-people" --corpus > merged.tsv
	"$SPLIT" --docs sorted.tsv | "$NEWS_BIN/news-extract-people" --corpus > single.tsv
	run cmp single.tsv merged.tsv
	assert_success
}

@test "parallel -k map, one reducer: news-extract-people --corpus = one run" {
	need_parallel
	sents 60
	"$NEWS_BIN/news-extract-people" --corpus sents.tsv > single.tsv
	parallel -k --pipe --group-by 1 --block 30k -j 2 \
	    "$NEWS_BIN/news-extract-people" < sents.tsv |
	    "$NEWS_BIN/news-extract-people" --corpus > merged.tsv
	run cmp single.tsv merged.tsv
	assert_success
}

@test "news-summarize --cluster-sep: shards by cluster give the one run's summaries" {
	docs 30
	# 30 articles in 6 clusters C0..C5, the cluster the article's number mod 6
	awk -F '\t' '{ print "C" (NR % 6) "/" $0 }' docs.tsv |
	    LC_ALL=C sort -s -t / -k1,1 > clustered.tsv
	"$SPLIT" --docs clustered.tsv | "$NEWS_BIN/news-summarize" --cluster-sep / -w 60 \
	    > single.tsv
	# shard by cluster id: C0-C2 and C3-C5
	: > merged.tsv
	for re in '^C[012]/' '^C[345]/'; do
		grep "$re" clustered.tsv | "$SPLIT" --docs |
		    "$NEWS_BIN/news-summarize" --cluster-sep / -w 60 >> merged.tsv
	done
	[ "$(cut -f1 single.tsv | cut -d/ -f1 | sort -u | wc -l)" -eq 6 ]
	run cmp single.tsv merged.tsv
	assert_success
}
