#!/bin/sh
# The sample pipeline that `make demo` runs after building: news-split on the
# sample articles in examples/seeds/, and its --docs and --csv input forms.
#
# usage: scripts/demo.sh
#
# Uses bin/news-split, or $NEWS_BIN/news-split.  Exits 1 if a step fails.
set -eu

prog=demo
cd "$(dirname "$0")/.."
split=${NEWS_BIN:-bin}/news-split
tag=${NEWS_BIN:-bin}/news-tag
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

printf '\nSee README.md, docs/format.md, man docs/man/news-split.1 and\n'
printf 'man docs/man/news-tag.1 for more.\n'
