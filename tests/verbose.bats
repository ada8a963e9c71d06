#!/usr/bin/env bats
# -v and --progress in every program (common/progress.h): counts and MB/s
# on standard error, never on standard output.

load test_helper

@test "-v: one line on stderr with documents, sentences, records and MB/s; stdout unchanged" {
	cd "$ROOT"
	"$SPLIT" examples/seeds/*.txt > "$T/s.tsv"
	run -0 --separate-stderr "$SPLIT" -v examples/seeds/*.txt
	assert_stderr_regex '^news-split: 4 documents, 86 sentences, 86 records out; 0\.01 MB of text in [0-9.]+ s, [0-9.]+ MB/s$'
	cmp <(printf '%s\n' "$output") "$T/s.tsv"
	for p in news-tag news-extract-people news-extract-quotes news-summarize; do
		run -0 --separate-stderr "$NEWS_BIN/$p" -v "$T/s.tsv"
		assert_stderr_regex "^$p: 4 documents, 86 sentences, [1-9][0-9]* records out; 0\.01 MB of text in [0-9.]+ s, [0-9.]+ MB/s\$"
		n=$(printf '%s\n' "$output" | grep -c .)
		[[ $stderr == *", $n records out;"* ]]
	done
}

@test "-v counts no header line as a record" {
	cd "$ROOT"
	"$SPLIT" examples/seeds/003*.txt > "$T/s.tsv"
	run -0 --separate-stderr "$NEWS_BIN/news-extract-quotes" -v -H "$T/s.tsv"
	n=$(printf '%s\n' "$output" | grep -vc '^#')
	[[ $stderr == *", $n records out;"* ]]
}

@test "--progress writes nothing when stderr is no terminal" {
	cd "$ROOT"
	run -0 --separate-stderr "$SPLIT" --progress examples/seeds/*.txt
	assert_stderr ''
	run -0 --separate-stderr "$NEWS_BIN/news-tag" --progress /dev/null
	assert_stderr ''
}
