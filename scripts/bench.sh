#!/bin/sh
# Time news-split on a large body of news text (what `make bench` runs),
# and news-tag and news-summarize on its sentence records.
#
# usage: scripts/bench.sh [-n RUNS] [-s MIB]
#
# Builds two corpora in build/bench/ from the text column of
# bench/wikinews.tsv (295 Wikinews articles, CC BY 2.5), repeated until each
# holds at least MIB MiB (default 100):
#   docs.tsv   one article a line, ID<TAB>TEXT, for news-split --docs; the ids
#              carry the repetition number (Title~7), so each is unique;
#   plain.txt  the same articles as plain text, a blank line after each, one
#              document for news-split.
# Each program runs RUNS times (default 3) with its output sent to /dev/null,
# and the table gives the median wall time, the throughput in MB/s
# (MB = 10^6 bytes) and sentences/s, and the peak resident set size, measured
# with /usr/bin/time (%M).  `wc -l` on the same files is there as a floor.
# Then the peak RSS on a corpus of a tenth of the size, to see whether memory
# grows with the input.
#
# Wall time comes from `date +%s%N` around each run (nanoseconds) where date
# supports it, else from /usr/bin/time's %e (hundredths of a second).
# Installs the `time` package with scripts/install-deps.sh if /usr/bin/time is
# missing.  Exit status: 0 done, 1 a run failed, 2 usage.
set -eu

prog=bench
runs=3
mib=100
while getopts n:s:h opt; do
	case $opt in
	n) runs=$OPTARG ;;
	s) mib=$OPTARG ;;
	h) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
	*) printf 'usage: scripts/bench.sh [-n RUNS] [-s MIB]\n' >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
case $runs$mib in
*[!0-9]* | '') printf '%s: -n and -s take numbers\n' "$prog" >&2; exit 2 ;;
esac
if [ $# -ne 0 ] || [ "$runs" -lt 1 ] || [ "$mib" -lt 10 ]; then
	printf 'usage: scripts/bench.sh [-n RUNS] [-s MIB]   (RUNS >= 1, MIB >= 10)\n' >&2
	exit 2
fi

cd "$(dirname "$0")/.."
split=${NEWS_BIN:-bin}/news-split
src=bench/wikinews.tsv
out=build/bench

die() {
	printf '%s: %s\n' "$prog" "$*" >&2
	exit 1
}

[ -x "$split" ] || die "$split not found; run make first"
[ -r "$src" ] || die "$src not found"
if [ ! -x /usr/bin/time ]; then
	scripts/install-deps.sh time || die "cannot install time"
fi
[ -x /usr/bin/time ] || die "/usr/bin/time not found"
export LC_ALL=C
mkdir -p "$out"

ns=0
case $(date +%N) in
*[!0-9]* | '') ;;
*) ns=1 ;;
esac

# corpus MIB: build $out/docs-MIB.tsv and $out/plain-MIB.txt unless they are
# newer than the source and this script
corpus() {
	docs=$out/docs-$1.tsv
	plain=$out/plain-$1.txt
	if [ -s "$docs" ] && [ -s "$plain" ] &&
	    [ -z "$(find "$src" scripts/bench.sh -newer "$docs" 2>/dev/null)" ]; then
		return
	fi
	printf '%s: building %s and %s (%s MiB each)\n' "$prog" "$docs" \
	    "$plain" "$1" >&2
	awk -F '\t' -v want=$(($1 * 1048576)) -v docs="$docs" -v plain="$plain" '
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
		txt[n] = unesc($4) "\n\n"
		dsize += length($1) + length($4) + 4
		psize += length(txt[n])
	}
	END {
		if (n == 0)
			exit 1
		# whole repetitions, enough to reach the size
		for (rep = 1; rep <= int(want / dsize) + 1; rep++)
			for (i = 1; i <= n; i++)
				printf "%s~%d\t%s\n", id[i], rep, esc[i] > docs
		for (rep = 1; rep <= int(want / psize) + 1; rep++)
			for (i = 1; i <= n; i++)
				printf "%s", txt[i] > plain
	}' "$src" || die "cannot build the corpus from $src"
}

# measure CMD...: run once, output to /dev/null; sets secs and rss (KiB)
measure() {
	t0=0
	[ "$ns" = 0 ] || t0=$(date +%s%N)
	/usr/bin/time -f '%e %M' -o "$out/time.txt" "$@" >/dev/null ||
		die "$* failed (status $?)"
	if [ "$ns" = 1 ]; then
		t1=$(date +%s%N)
		secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
	else
		secs=$(awk '{ print $1 }' "$out/time.txt")
	fi
	rss=$(awk '{ print $2 }' "$out/time.txt")
}

# row NAME FILE SENTS CMD...: run CMD RUNS times, print one table row
row() {
	name=$1
	file=$2
	sents=$3
	shift 3
	: >"$out/times.txt"
	maxrss=0
	i=0
	while [ "$i" -lt "$runs" ]; do
		measure "$@"
		printf '%s\n' "$secs" >>"$out/times.txt"
		[ "$rss" -le "$maxrss" ] || maxrss=$rss
		i=$((i + 1))
	done
	med=$(sort -n "$out/times.txt" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
	bytes=$(wc -c <"$file")
	awk -v name="$name" -v bytes="$bytes" -v t="$med" -v s="$sents" \
	    -v rss="$maxrss" 'BEGIN {
		if (t <= 0) t = 0.001
		printf "%-22s %8.1f %9.3f %9.1f %11s %11s %9.1f\n", name,
		    bytes / 1e6, t, bytes / 1e6 / t,
		    s == "" ? "-" : s, s == "" ? "-" : sprintf("%.0f", s / t),
		    rss / 1024
	}'
}

# sentences ARG...: the number of records news-split writes
sentences() {
	n=$("$split" "$@" | wc -l) || die "news-split $* failed"
	printf '%s\n' "$n"
}

corpus "$mib"
docs_big=$docs
plain_big=$plain
small=$((mib / 10))
corpus "$small"
docs_small=$docs
plain_small=$plain

nd=$(sentences --docs "$docs_big")
np=$(sentences "$plain_big")

printf '%s runs each, median wall time; MB = 10^6 bytes; RSS is the peak over the runs\n' "$runs"
printf '%-22s %8s %9s %9s %11s %11s %9s\n' input MB seconds MB/s \
    sentences sentences/s 'RSS MiB'
row "news-split --docs" "$docs_big" "$nd" "$split" --docs "$docs_big"
row "news-split plain" "$plain_big" "$np" "$split" "$plain_big"
row "wc -l (docs)" "$docs_big" "" wc -l "$docs_big"
row "wc -l (plain)" "$plain_big" "" wc -l "$plain_big"

# peak RSS against input size
measure "$split" --docs "$docs_small"
rd=$rss
measure "$split" "$plain_small"
rp=$rss
measure "$split" --docs "$docs_big"
rd2=$rss
measure "$split" "$plain_big"
rp2=$rss
awk -v a="$small" -v b="$mib" -v rd="$rd" -v rd2="$rd2" -v rp="$rp" \
    -v rp2="$rp2" 'BEGIN {
	printf "\npeak RSS, %d MiB vs %d MiB input: --docs %.1f vs %.1f MiB; plain text (one document) %.1f vs %.1f MiB\n",
	    a, b, rd / 1024, rd2 / 1024, rp / 1024, rp2 / 1024
}'

# news-tag: tokens, lemmas, parts of speech and entities of the small
# corpus's sentence records (the rate does not depend on the size)
tag=${NEWS_BIN:-bin}/news-tag
if [ -x "$tag" ]; then
	"$split" --docs "$docs_small" >"$out/sents.tsv"
	ntok=$("$tag" "$out/sents.tsv" | wc -l) || die "news-tag failed"
	printf '\n%-22s %8s %9s %9s %11s %11s %9s\n' input MB seconds MB/s \
	    tokens tokens/s 'RSS MiB'
	row "news-tag" "$out/sents.tsv" "$ntok" "$tag" "$out/sents.tsv"
	# start-up: the model is mapped, not read
	t0=$(date +%s%N)
	i=0
	while [ "$i" -lt 20 ]; do
		"$tag" </dev/null >/dev/null
		i=$((i + 1))
	done
	t1=$(date +%s%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN {
		printf "news-tag start-up: %.1f ms (mean of 20 runs on empty input)\n",
		    (b - a) / 20 / 1e6 }'
fi

# news-summarize: summaries (-n 3) of the small corpus's sentence records;
# MB/s of record input
summ=${NEWS_BIN:-bin}/news-summarize
if [ -x "$summ" ]; then
	[ -s "$out/sents.tsv" ] || "$split" --docs "$docs_small" >"$out/sents.tsv"
	nsum=$("$summ" "$out/sents.tsv" | wc -l) || die "news-summarize failed"
	printf '\n%-22s %8s %9s %9s %11s %11s %9s\n' input MB seconds MB/s \
	    chosen chosen/s 'RSS MiB'
	row "news-summarize" "$out/sents.tsv" "$nsum" "$summ" "$out/sents.tsv"
fi
