#!/usr/bin/env bats
# Typed records and the tag-once pipeline (docs/format.md, "Record kinds";
# docs/design.md): every program reads the kinds it takes, from a header or
# the first record's shape, and says so when given another; people, quotes
# and summaries from news-tag's token records (or CoNLL-U) are those from
# the sentence records.

load test_helper

TAG=$NEWS_BIN/news-tag
PEOPLE=$NEWS_BIN/news-extract-people
QUOTES=$NEWS_BIN/news-extract-quotes
SUMM=$NEWS_BIN/news-summarize
READS='sentence records (news-split), token records (news-tag) or CoNLL-U'

setup_file() {
	local d=$BATS_FILE_TMPDIR

	"$SPLIT" "$ROOT"/examples/seeds/*.txt > "$d/sents.tsv"
	"$TAG" "$d/sents.tsv" > "$d/tokens.tsv"
	"$TAG" --spans "$d/sents.tsv" > "$d/spans.tsv"
	"$PEOPLE" "$d/sents.tsv" > "$d/people.tsv"
	"$PEOPLE" --corpus "$d/sents.tsv" > "$d/corpus.tsv"
	"$QUOTES" "$d/sents.tsv" > "$d/quotes.tsv"
	# the shipped Wikinews articles (make bench's), a hundred of them
	head -n 100 "$ROOT/bench/wikinews.tsv" | cut -f1,4 |
		"$SPLIT" --docs > "$d/wn.tsv"
}

# wrong PROG-PATH FILE KIND-NAME READS: PROG given FILE says what it got
# and what it reads, status 1, and writes nothing
wrong() {
	run -1 --separate-stderr "$1" "$2"
	assert_output ''
	assert_stderr "${1##*/}: $2:1: $3, but ${1##*/} reads $4"
}

@test "a kind of record a program does not read: what it got and what it reads, status 1" {
	local d=$BATS_FILE_TMPDIR p

	cd "$d"
	for p in "$PEOPLE" "$QUOTES" "$SUMM"; do
		wrong "$p" spans.tsv 'entity records (news-tag --spans)' "$READS"
		wrong "$p" people.tsv 'people records (news-extract-people)' "$READS"
		wrong "$p" quotes.tsv 'quote records (news-extract-quotes)' "$READS"
	done
	wrong "$PEOPLE" corpus.tsv \
		'people records (news-extract-people --corpus)' "$READS"
	for f in tokens.tsv spans.tsv people.tsv quotes.tsv; do
		run -1 --separate-stderr "$TAG" "$f"
		assert_stderr_regex "^news-tag: $f:1: .*, but news-tag reads sentence records \(news-split\) or CoNLL-U$"
	done
}

@test "a header names the kind: records read as it says, another kind refused at its line" {
	local d=$BATS_FILE_TMPDIR

	"$TAG" -H "$d/sents.tsv" > tok.tsv
	run -0 --separate-stderr "$PEOPLE" tok.tsv
	assert_stderr ''
	assert_output "$(cat "$d/people.tsv")"
	{ printf '# a comment\n'; "$PEOPLE" -H "$d/sents.tsv"; } > p.tsv
	run -1 --separate-stderr "$QUOTES" p.tsv
	assert_stderr "news-extract-quotes: p.tsv:2: people records (news-extract-people), but news-extract-quotes reads $READS"
}

@test "tag once, fan out: news-tag's records give the people, quotes and summaries of the sentence records" {
	local d=$BATS_FILE_TMPDIR f

	for f in sents.tsv wn.tsv; do
		"$PEOPLE" "$d/$f" > people.want
		"$QUOTES" "$d/$f" > quotes.want
		# --beam 4: the parse news-extract-quotes makes when it parses
		run -0 bash -c '"$1" --parse --beam 4 "$2" | tee >("$3" > people.got) |
		    "$4" > quotes.got; wait' _ "$TAG" "$d/$f" "$PEOPLE" "$QUOTES"
		sleep 0.2
		cmp people.want people.got
		cmp quotes.want quotes.got
		"$TAG" "$d/$f" | "$SUMM" -n 2 | cut -f1-3,6 > summ.got
		"$SUMM" -n 2 "$d/$f" | cut -f1-3,6 > summ.want
		cmp summ.want summ.got
	done
	[ -s "$d/quotes.tsv" ] && [ "$(wc -l < quotes.want)" -gt 50 ]
}

@test "CoNLL-U, news-tag's or without entities as other tools write it, into people and quotes" {
	local d=$BATS_FILE_TMPDIR

	"$TAG" --output conllu "$d/sents.tsv" > seeds.conllu
	run -0 --separate-stderr "$PEOPLE" seeds.conllu
	assert_stderr ''
	# its documents and sentences numbered as the records were
	assert_output "$(cat "$d/people.tsv")"
	# a CoNLL-U without NER= (a UD treebank's): entities tagged here
	run -0 --separate-stderr "$PEOPLE" "$ROOT/eval/data/gum-dev/GUM_news_iodine.conllu"
	assert_stderr ''
	[ "${#lines[@]}" -ge 3 ] || fail "too few people: $output"
	run -0 --separate-stderr "$QUOTES" "$ROOT/eval/data/gum-dev/GUM_interview_gaming.conllu"
	assert_stderr ''
}

@test "people and quotes agree on the people of every document: a speaker named by a person's surname is that person, full name" {
	local d=$BATS_FILE_TMPDIR

	"$PEOPLE" "$d/wn.tsv" | cut -f1,2 > names.tsv
	"$QUOTES" "$d/wn.tsv" > q.tsv
	[ "$(wc -l < q.tsv)" -gt 100 ] || fail "too few quotes"
	# a speaker that is a surname alone of a person of the document (of
	# two words or more, and the only one of that surname) is that
	# person's full name, as news-extract-people merges such mentions
	run -0 awk -F'\t' '
	NR == FNR { n = split($2, w, " ")
		if (n > 1) { k = $1 "\t" w[n]; full[k] = $2; count[k]++ }
		next }
	($1 "\t" $6) in full && count[$1 "\t" $6] == 1 {
		print $1 ": " $6 " and " full[$1 "\t" $6] }' names.tsv q.tsv
	assert_output ''
}

@test "older token records, without para or without the parse, are read" {
	local d=$BATS_FILE_TMPDIR

	cut -f1-10 "$d/tokens.tsv" > ten.tsv
	run -0 --separate-stderr "$PEOPLE" ten.tsv
	assert_stderr ''
	assert_output "$(cat "$d/people.tsv")"
}

@test "a document's token records that come back after another's: reported, skipped, status 1" {
	local d=$BATS_FILE_TMPDIR first

	first=$(head -n 1 "$d/tokens.tsv" | cut -f1)
	{ cat "$d/tokens.tsv"; grep "^$first	" "$d/tokens.tsv"; } > again.tsv
	run -1 --separate-stderr "$PEOPLE" again.tsv
	assert_stderr_regex "^news-extract-people: again\.tsv:[0-9]+: document '$first' again after other documents"
	assert_output "$(cat "$d/people.tsv")"
}

@test "CoNLL-U whose '# text' lacks its words: the text made of the words, every word in it" {
	printf '# newdoc id = d1\n# text = Hello there world.\n1\tGoodbye\t_\t_\t_\t_\t_\t_\t_\t_\n2\tworld\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n' > bad.conllu
	run -0 --separate-stderr "$SUMM" -n 1 bad.conllu
	assert_output "$(printf 'd1\t1\t1\t0\t14\tGoodbye world.')"
	# and a '# text' that holds them is kept, with its own spacing
	sed 's/^# text = .*/# text = Goodbye  world./' bad.conllu > good.conllu
	run -0 --separate-stderr "$SUMM" -n 1 good.conllu
	assert_output "$(printf 'd1\t1\t1\t0\t15\tGoodbye  world.')"
	for p in "$PEOPLE" "$QUOTES"; do
		run -0 --separate-stderr "$p" bad.conllu
	done
}

@test "token records whose offsets go back: reported, their sentence skipped, the next read" {
	# token 3 starts before token 2 ends: a sentence from 4 to 2 once
	printf 'd\t1\t1\t4\t8\tJane\tJane\tPROPN\tNNP\tB-PER\t\t\t1\nd\t1\t2\t9\t13\tsaid\tsay\tVERB\tVBD\tO\t\t\t1\nd\t1\t3\t1\t2\t.\t.\tPUNCT\t.\tO\t\t\t1\nd\t2\t1\t15\t18\tBob\tBob\tPROPN\tNNP\tB-PER\t\t\t1\n' > back.tsv
	run -1 --separate-stderr "$SUMM" -n 1 back.tsv
	assert_stderr "news-summarize: back.tsv:3: start is before the end of the token before (sentence 1 of 'd' skipped)"
	assert_output "$(printf 'd\t2\t1\t15\t18\tBob')"
	run -1 --separate-stderr "$PEOPLE" back.tsv
	assert_stderr "news-extract-people: back.tsv:3: start is before the end of the token before (sentence 1 of 'd' skipped)"
}
