#!/bin/sh
# The sample pipeline that `make demo` runs after building: news-split on the
# sample articles in examples/seeds/, and its --docs and --csv input forms;
# news-tag; and the quote graph of the sample articles (scripts/quote-graph),
# rendered to build/demo/quote-graph.svg when Graphviz's dot is installed.
#
# usage: scripts/demo.sh
#
# Uses the programs in bin/, or in $NEWS_BIN.  Exits 1 if a step fails.
set -eu

prog=demo
cd "$(dirname "$0")/.."
split=${NEWS_BIN:-bin}/news-split
tag=${NEWS_BIN:-bin}/news-tag
people=${NEWS_BIN:-bin}/news-extract-people
quotes=${NEWS_BIN:-bin}/news-extract-quotes
seeds=examples/seeds

die() {
	printf '%s: %s\n' "$prog" "$*" >&2
	exit 1
}

[ -x "$split" ] || die "$split not found; run make first"
set -- "$seeds"/*.txt
[ -r "$1" ] || die "no sample articles in $seeds"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsfilters-demo.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

# show COMMAND: print the command line that the next output comes from
show() {
	printf '$ %s\n' "$1"
}

heading() {
	printf '\n== %s\n' "$1"
}

# ns ARG...: run news-split into $tmp/out.tsv; a failure ends the demo
ns() {
	"$split" "$@" >"$tmp/out.tsv" || die "news-split $*: exit status $?"
}

heading "Sentence records: doc sent para start end text"
printf '$ news-split -H %s/*.txt | head -n 6\n' "$seeds"
ns -H "$@"
head -n 6 "$tmp/out.tsv"
cp "$tmp/out.tsv" "$tmp/all.tsv"

heading "Sentences per article"
printf '$ news-split %s/*.txt | cut -f1 | uniq -c\n' "$seeds"
grep -v '^#' "$tmp/all.tsv" | cut -f1 | uniq -c

heading "The first paragraph of each article"
show "news-split $seeds/*.txt | awk -F'\\t' '\$3 == 1 { print \$1 \": \" \$6 }'"
grep -v '^#' "$tmp/all.tsv" | awk -F '\t' '$3 == 1 { print $1 ": " $6 }'

heading "A headline and a byline are sentences of their own"
doc=$seeds/003_50b5cfec8762dd72.txt
if [ -r "$doc" ]; then
	show "news-split $doc | cut -f2- | sed -n '1p;\$p'"
	ns "$doc"
	cut -f2- "$tmp/out.tsv" | sed -n '1p;$p'
	# the offsets are byte positions in the file
	last=$(tail -n 1 "$tmp/out.tsv")
	start=$(printf '%s\n' "$last" | cut -f4)
	end=$(printf '%s\n' "$last" | cut -f5)
	printf '$ tail -c +%d %s | head -c %d   # bytes [start, end) of the file\n' \
	    $((start + 1)) "$doc" $((end - start))
	tail -c +$((start + 1)) "$doc" | head -c $((end - start))
	printf '\n'
fi

heading "One document a line: --docs (ID<TAB>TEXT, newlines escaped)"
printf 'a1\tFirst paragraph.\\n\\nSecond one? Yes.\na2\tMr. Smith went to Washington. He met U.S. officials.\n' \
    >"$tmp/docs.tsv"
printf '$ cat docs.tsv\n'
cat "$tmp/docs.tsv"
printf '$ news-split --docs docs.tsv\n'
ns --docs "$tmp/docs.tsv"
cat "$tmp/out.tsv"

heading "CSV with a title column: --csv --title-col title"
cat >"$tmp/news.csv" <<'EOF'
id,title,text
d1,Talks in Washington,"Fidan met Rubio on Tuesday. ""The talks were useful,"" an official said.

They will meet again in May."
EOF
printf '$ cat news.csv\n'
cat "$tmp/news.csv"
printf '$ news-split --csv --title-col title news.csv\n'
ns --csv --title-col title "$tmp/news.csv"
cat "$tmp/out.tsv"

heading "Tokens, lemmas, parts of speech, entities: news-split | news-tag"
printf '$ news-split examples/seeds/000_335cacaebf01be3e.txt | news-tag | head -n 8\n'
"$split" examples/seeds/000_335cacaebf01be3e.txt | "$tag" >"$tmp/tok.tsv" ||
	die "news-tag failed"
head -n 8 "$tmp/tok.tsv"

heading "The people, places and organisations of the sample articles: --spans"
printf '$ news-split examples/seeds/*.txt | news-tag --spans | cut -f5,6 | sort | uniq -c | sort -rn | head\n'
"$split" examples/seeds/*.txt | "$tag" --spans | cut -f5,6 |
	sort | uniq -c | sort -rn | head

heading "Who speaks in which article, and whom they mention: scripts/quote-graph"
out=build/demo
mkdir -p "$out"
printf '$ news-split %s/*.txt > sents.tsv\n' "$seeds"
printf '$ news-extract-people sents.tsv > people.tsv\n'
printf '$ news-extract-quotes sents.tsv > quotes.tsv\n'
printf '$ scripts/quote-graph -s sents.tsv people.tsv quotes.tsv > %s/quote-graph.dot\n' "$out"
"$split" "$@" >"$tmp/sents.tsv" || die "news-split failed"
"$people" "$tmp/sents.tsv" >"$tmp/people.tsv" || die "news-extract-people failed"
"$quotes" "$tmp/sents.tsv" >"$tmp/quotes.tsv" || die "news-extract-quotes failed"
scripts/quote-graph -s "$tmp/sents.tsv" "$tmp/people.tsv" "$tmp/quotes.tsv" \
    >"$out/quote-graph.dot" || die "quote-graph failed"
grep -c '" -> "' "$out/quote-graph.dot" | sed 's/$/ edges/'
if command -v dot >/dev/null 2>&1; then
	printf '$ dot -Tsvg %s/quote-graph.dot > %s/quote-graph.svg\n' "$out" "$out"
	dot -Tsvg "$out/quote-graph.dot" >"$out/quote-graph.svg" || die "dot failed"
	printf 'wrote %s/quote-graph.svg\n' "$out"
else
	printf 'Graphviz (dot) is not installed: wrote %s/quote-graph.dot only\n' "$out"
fi

printf '\nSee README.md, docs/cookbook.md, docs/format.md, man docs/man/newsfilters.7\n'
printf 'and the man page of each program for more.\n'
