#!/usr/bin/env bats
# Output formats beside TSV, from one writer (common/recout.h): CSV (RFC
# 4180) and JSON Lines, in every program; -H headers in TSV and CSV.

load test_helper

setup_file() {
	export FMT_T=$(mktemp -d "${BATS_TMPDIR:-/tmp}/newsfilters-fmt.XXXXXX")
	printf 'Talks resume\n\n"We said no, twice," the minister, Ann Lee, told reporters in Ankara on Monday. A back\\slash stays.\n' > "$FMT_T/in.txt"
	"$NEWS_BIN/news-split" "$FMT_T/in.txt" > "$FMT_T/s.tsv"
}

teardown_file() {
	rm -rf "$FMT_T"
}

@test "news-split --format csv: a header of column names, text fields quoted with their quotes doubled" {
	run -0 "$SPLIT" --format csv -H "$FMT_T/in.txt"
	assert_line -n 0 'doc,sent,para,start,end,text'
	assert_line -n 2 --partial ',2,2,14,'
	assert_line -n 2 --partial ',2,2,14,93,"""We said no, twice,"" the minister, Ann Lee, told reporters in Ankara on Monday."'
	assert_line -n 3 --partial '"A back\slash stays."'
}

@test "news-split --format json: one object a record, the column names as keys, strings escaped" {
	run -0 "$SPLIT" --format json "$FMT_T/in.txt"
	assert_line -n 0 --regexp '^\{"doc":"[^"]*in.txt","sent":1,"para":1,"start":0,"end":12,"text":"Talks resume"\}$'
	assert_line -n 1 --partial '"text":"\"We said no, twice,\" the minister, Ann Lee,'
	assert_line -n 2 --partial '"text":"A back\\slash stays."}'
	run -0 "$SPLIT" --format json -H "$FMT_T/in.txt"
	refute_line --partial '#doc'
}

@test "--format: an unknown format is a usage error" {
	run -2 --separate-stderr "$SPLIT" --format xml "$FMT_T/in.txt"
	assert_stderr "news-split: --format 'xml': tsv, csv or json"
	run -2 --separate-stderr "$NEWS_BIN/news-tag" --format xml "$FMT_T/s.tsv"
	assert_stderr "news-tag: --format 'xml': tsv, csv or json"
}

@test "news-tag --json and --csv: token records with numbers bare; --spans too; not with CoNLL-U" {
	run -0 "$NEWS_BIN/news-tag" --json "$FMT_T/s.tsv"
	assert_line -n 0 --regexp '^\{"doc":"[^"]*","sent":1,"tok":1,"start":0,"end":5,"form":"Talks","lemma":"[^"]*","upos":"[A-Z]+","xpos":"[A-Z$]+","ner":"[A-Z-]+","head":null,"rel":null,"para":1\}$'
	run -0 "$NEWS_BIN/news-tag" --csv -H --spans "$FMT_T/s.tsv"
	assert_line -n 0 'doc,sent,start,end,type,text'
	assert_line --partial ',"PER","Ann Lee"'
	run -2 "$NEWS_BIN/news-tag" --json --output conllu "$FMT_T/s.tsv"
}

@test "news-extract-quotes --json: the quotation with its speaker, escaped" {
	run -0 "$NEWS_BIN/news-extract-quotes" --json "$FMT_T/s.tsv"
	assert_output --regexp '^\{"doc":"[^"]*","sent":2,"start":[0-9]+,"end":[0-9]+,"kind":"direct","speaker":"Ann Lee","mention":"the minister, Ann Lee,","cue":"tell","quote":"We said no, twice","mstart":[0-9]+,"mend":[0-9]+,"event":1\}$'
}

@test "news-extract-people --csv and --json, per document and --corpus" {
	run -0 "$NEWS_BIN/news-extract-people" --csv -H "$FMT_T/s.tsv"
	assert_line -n 0 'doc,name,title,affiliation,mentions,first,aliases'
	assert_line -n 1 --regexp '^"[^"]*in.txt","Ann Lee","minister",,1,2,$'
	run -0 "$NEWS_BIN/news-extract-people" --corpus --json "$FMT_T/s.tsv"
	assert_output '{"name":"Ann Lee","title":"minister","affiliation":"","docs":1,"mentions":1,"aliases":""}'
}

@test "news-summarize --json --scores: the six columns and a numeric score" {
	run -0 "$NEWS_BIN/news-summarize" --json --scores -n 1 "$FMT_T/s.tsv"
	assert_output --regexp '^\{"doc":"[^"]*","sent":2,"para":2,"start":14,"end":[0-9]+,"text":"\\"We said no, twice,\\" the minister, Ann Lee, told reporters in Ankara on Monday.","score":[0-9]+\.[0-9]{4}\}$'
}

@test "CSV and JSON give as many records as TSV, in every program" {
	cd "$ROOT"
	"$SPLIT" examples/seeds/*.txt > "$T/s.tsv"
	for p in news-tag news-extract-people news-extract-quotes news-summarize; do
		n=$("$NEWS_BIN/$p" "$T/s.tsv" | wc -l)
		[ "$n" -gt 0 ]
		[ "$("$NEWS_BIN/$p" --json "$T/s.tsv" | grep -c '^{.*}$')" -eq "$n" ]
		# a CSV record may hold no newline here (squeezed text): one a line
		[ "$("$NEWS_BIN/$p" --csv "$T/s.tsv" | wc -l)" -eq "$n" ]
	done
}
