#!/bin/sh
# Build a benchmark corpus of MIB MiB from bench/wikinews.tsv (for
# scripts/bench.sh and scripts/bench-peers.sh).
#
# usage: scripts/bench-corpus.sh MIB
#
# Writes, in build/bench/, unless they are newer than the source and this
# script:
#   docs-MIB.tsv   one article a line, ID<TAB>TEXT (TEXT escaped), for
#                  news-split --docs; the ids carry the repetition number
#                  (Title~7), so each is unique;
#   docs-MIB.text  the number of bytes of article text in docs-MIB.tsv (the
#                  TEXT column unescaped), the measure of MB/s for every
#                  program that reads the articles' records;
#   plain-MIB.txt  the same articles as plain text, a blank line after each,
#                  one document for news-split.
# The 295 Wikinews articles (CC BY 2.5, 1.4 MB) are repeated in whole until
# each file holds at least MIB MiB.  Exit status: 0 done, 1 failure, 2 usage.
set -eu

prog=bench-corpus
case ${1:-} in
'' | *[!0-9]*) printf 'usage: scripts/bench-corpus.sh MIB\n' >&2; exit 2 ;;
esac
if [ $# -ne 1 ] || [ "$1" -lt 1 ]; then
	printf 'usage: scripts/bench-corpus.sh MIB\n' >&2
	exit 2
fi

cd "$(dirname "$0")/.."
src=bench/wikinews.tsv
out=build/bench
docs=$out/docs-$1.tsv
text=$out/docs-$1.text
plain=$out/plain-$1.txt
export LC_ALL=C

die() {
	printf '%s: %s\n' "$prog" "$*" >&2
	exit 1
}

[ -r "$src" ] || die "$src not found"
mkdir -p "$out"
if [ -s "$docs" ] && [ -s "$plain" ] && [ -s "$text" ] &&
    [ -z "$(find "$src" scripts/bench-corpus.sh -newer "$docs" 2>/dev/null)" ]; then
	exit 0
fi
printf '%s: building %s and %s (%s MiB each)\n' "$prog" "$docs" "$plain" \
    "$1" >&2
awk -F '\t' -v want=$(($1 * 1048576)) -v docs="$docs" -v plain="$plain" \
    -v textf="$text" '
# undo the escapes \t \n \r \\ (\001 does not occur in the text)
function unesc(s) {
	gsub(/\\\\/, "\001", s)
	gsub(/\\n/, "\n", s)
	gsub(/\\t/, "\t", s)
	gsub(/\\r/, "\r", s)
	gsub(/\001/, "\\", s)
	return s
}
/^#/ || NF < 4 { next }
{
	n++
	id[n] = $1
	esc[n] = $4
	u = unesc($4)
	tlen[n] = length(u)
	txt[n] = u "\n\n"
	dsize += length($1) + length($4) + 4
	psize += length(txt[n])
}
END {
	if (n == 0)
		exit 1
	# whole repetitions, enough to reach the size
	for (rep = 1; rep <= int(want / dsize) + 1; rep++)
		for (i = 1; i <= n; i++) {
			printf "%s~%d\t%s\n", id[i], rep, esc[i] > docs
			tbytes += tlen[i]
		}
	for (rep = 1; rep <= int(want / psize) + 1; rep++)
		for (i = 1; i <= n; i++)
			printf "%s", txt[i] > plain
	printf "%d\n", tbytes > textf
}' "$src" || die "cannot build the corpus from $src"
