#!/bin/sh
# Time every program and the pipelines on a large body of news text (what
# `make bench` runs).
#
# usage: scripts/bench.sh [-n RUNS] [-s MIB] [-m MIB]
#
# The corpora are built by scripts/bench-corpus.sh in build/bench/ from the
# text column of bench/wikinews.tsv (295 Wikinews articles, CC BY 2.5),
# repeated until each holds at least MIB MiB: docs-MIB.tsv (one article a
# line, ID<TAB>TEXT, for news-split --docs) and plain-MIB.txt (the same
# articles as plain text, one document for news-split).
#
# Each command runs once untimed (its output records counted, the page
# cache warmed), then RUNS times (default 3) with its output sent to
# /dev/null, and a row gives the median wall time, the throughput in MB/s
# (MB = 10^6 bytes), a rate of units, the peak resident set size over the
# runs from /usr/bin/time (%M), the highest 1-minute load average
# (/proc/loadavg) seen before a run, and the median CPU time (user + system,
# all stages): wall times are only as good as the machine was quiet, CPU
# times vary less with the load.
#   1. news-split on the -s corpus (default 100 MiB), as --docs records and
#      as one plain-text file, beside `wc -l`; MB/s of the input file.
#   2. news-tag, news-extract-people, news-extract-quotes and news-summarize
#      on the sentence records of the -m corpus (default 10 MiB: the
#      programs that load news-tag's model run at a few MB/s); MB/s of the
#      article TEXT (docs-MIB.text, the TEXT column unescaped), not of the
#      records, which are about twice as many bytes; tokens/s is the tokens
#      news-tag finds in that text over the time, for every program.
#   3. The pipelines news-split --docs | PROGRAM on docs-MIB.tsv of the -m
#      corpus; MB/s of article text, RSS the sum of the stages' peaks.
#   4. Start-up: the mean wall time of 20 runs on empty input, each program.
#   5. Peak RSS of news-split and news-summarize on a tenth of the -s corpus
#      and on all of it: memory must not grow with the input.
#
# Wall time comes from `date +%s%N` around each run (nanoseconds) where date
# supports it, else from /usr/bin/time's %e (hundredths of a second).
# NEWS_BIN is the directory of the programs [bin].  Installs the `time`
# package with scripts/install-deps.sh if /usr/bin/time is missing.
# Exit status: 0 done, 1 a run failed, 2 usage.
set -eu

prog=bench
runs=3
mib=100
mmib=10
usage='usage: scripts/bench.sh [-n RUNS] [-s MIB] [-m MIB]'
while getopts n:s:m:h opt; do
	case $opt in
	n) runs=$OPTARG ;;
	s) mib=$OPTARG ;;
	m) mmib=$OPTARG ;;
	h) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
	*) printf '%s\n' "$usage" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
case $runs$mib$mmib in
*[!0-9]* | '') printf '%s: -n, -s and -m take numbers\n' "$prog" >&2; exit 2 ;;
esac
if [ $# -ne 0 ] || [ "$runs" -lt 1 ] || [ "$mib" -lt 10 ] || [ "$mmib" -lt 1 ]; then
	printf '%s   (RUNS >= 1, -s MIB >= 10, -m MIB >= 1)\n' "$usage" >&2
	exit 2
fi

cd "$(dirname "$0")/.."
bindir=${NEWS_BIN:-bin}
split=$bindir/news-split
tag=$bindir/news-tag
people=$bindir/news-extract-people
quotes=$bindir/news-extract-quotes
summ=$bindir/news-summarize
out=build/bench

die() {
	printf '%s: %s\n' "$prog" "$*" >&2
	exit 1
}

for p in "$split" "$tag" "$people" "$quotes" "$summ"; do
	[ -x "$p" ] || die "$p not found; run make first"
done
if [ ! -x /usr/bin/time ]; then
	scripts/install-deps.sh --build time || die "cannot install time"
fi
[ -x /usr/bin/time ] || die "/usr/bin/time not found"
export LC_ALL=C
mkdir -p "$out"

ns=0
case $(date +%N) in
*[!0-9]* | '') ;;
*) ns=1 ;;
esac

now() {
	if [ "$ns" = 1 ]; then date +%s%N; else echo 0; fi
}

# the 1-minute load average
load() {
	if [ -r /proc/loadavg ]; then
		cut -d ' ' -f 1 /proc/loadavg
	else
		uptime | sed 's/.*load average[s]*: *//; s/,.*//'
	fi
}

# rss_of FILE: the peak RSS (KiB) that /usr/bin/time -f '%e %U %S %M' wrote
# to FILE; fails when the command failed (time writes "Command exited ..."
# first)
rss_of() {
	if grep -q '^Command' "$1"; then
		return 1
	fi
	awk 'END { print $NF }' "$1"
}

# elapsed T0 [TIMEFILE]: seconds since T0 (from now), or %e of TIMEFILE
elapsed() {
	if [ "$ns" = 1 ]; then
		awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'
	else
		awk 'END { print $(NF - 3) }' "$2"
	fi
}

# cpu_of FILE...: the CPU seconds (user + system) in these time files
cpu_of() {
	awk 'FNR == 1 && NR > 1 { c += u } { u = $(NF - 2) + $(NF - 1) }
	    END { printf "%.2f", c + u }' "$@"
}

# measure OUT CMD...: run CMD once, its output to OUT; sets secs, cpu
# (user + system seconds) and rss (KiB)
measure() {
	mo=$1
	shift
	t0=$(now)
	/usr/bin/time -f '%e %U %S %M' -o "$out/time.txt" "$@" >"$mo" ||
		die "$* failed (status $?)"
	secs=$(elapsed "$t0" "$out/time.txt")
	rss=$(rss_of "$out/time.txt") || die "$* failed"
	cpu=$(cpu_of "$out/time.txt")
}

# pmeasure OUT CMD...: news-split --docs $pdocs | CMD, once; sets secs, cpu
# and rss (the sums over both stages: they run at the same time)
pmeasure() {
	mo=$1
	shift
	t0=$(now)
	/usr/bin/time -f '%e %U %S %M' -o "$out/time1.txt" "$split" --docs "$pdocs" |
	    /usr/bin/time -f '%e %U %S %M' -o "$out/time.txt" "$@" >"$mo" ||
		die "news-split --docs $pdocs | $* failed (status $?)"
	secs=$(elapsed "$t0" "$out/time.txt")
	r1=$(rss_of "$out/time1.txt") || die "news-split --docs $pdocs failed"
	r2=$(rss_of "$out/time.txt") || die "$* failed"
	rss=$((r1 + r2))
	cpu=$(cpu_of "$out/time1.txt" "$out/time.txt")
}

# row HOW NAME BYTES UNITS CMD...: run CMD once untimed, its output counted
# (which also warms the page cache), then RUNS times with HOW (measure or
# pmeasure), and print a table row: BYTES / median seconds is the MB/s,
# UNITS / median seconds the rate (UNITS a number, "recs" for the records
# of the output, or empty) and the number of records of the output.  Sets
# recs.
row() {
	how=$1
	name=$2
	bytes=$3
	units=$4
	shift 4
	: >"$out/times.txt"
	: >"$out/cpus.txt"
	maxrss=0
	maxload=0
	i=0
	$how "$out/first.out" "$@"
	recs=$(wc -l <"$out/first.out")
	rm -f "$out/first.out"
	[ "$units" != recs ] || units=$recs
	while [ "$i" -lt "$runs" ]; do
		l=$(load)
		maxload=$(awk -v a="$l" -v b="$maxload" 'BEGIN { print (a > b ? a : b) }')
		$how /dev/null "$@"
		printf '%s\n' "$secs" >>"$out/times.txt"
		printf '%s\n' "$cpu" >>"$out/cpus.txt"
		[ "$rss" -le "$maxrss" ] || maxrss=$rss
		i=$((i + 1))
	done
	med=$(median "$out/times.txt")
	mcpu=$(median "$out/cpus.txt")
	awk -v name="$name" -v bytes="$bytes" -v t="$med" -v u="$units" \
	    -v recs="$recs" -v rss="$maxrss" -v load="$maxload" -v cpu="$mcpu" 'BEGIN {
		if (t <= 0) t = 0.001
		printf "%-34s %7.1f %8.3f %7.2f %11s %10s %8.1f %5.2f %7.2f\n", name,
		    bytes / 1e6, t, bytes / 1e6 / t,
		    u == "" ? "-" : sprintf("%.0f", u / t),
		    u == "" ? "-" : recs, rss / 1024, load, cpu
	}'
}

# median FILE: the median of the numbers in FILE, one a line
median() {
	sort -n "$1" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'
}

header() {
	printf '%-34s %7s %8s %7s %11s %10s %8s %5s %7s\n' "$1" MB seconds MB/s \
	    "$2" 'out recs' 'RSS MiB' load 'CPU s'
}

small=$((mib / 10))
scripts/bench-corpus.sh "$mib" || die "cannot build the corpus"
scripts/bench-corpus.sh "$small" || die "cannot build the corpus"
scripts/bench-corpus.sh "$mmib" || die "cannot build the corpus"
docs_big=$out/docs-$mib.tsv
plain_big=$out/plain-$mib.txt
docs_small=$out/docs-$small.tsv
plain_small=$out/plain-$small.txt
pdocs=$out/docs-$mmib.tsv
ptext=$(cat "$out/docs-$mmib.text")
sents=$out/sents-$mmib.tsv
"$split" --docs "$pdocs" >"$sents" || die "news-split --docs $pdocs failed"

printf 'newsfilters bench: %s runs each, median wall time; MB = 10^6 bytes; RSS is the peak over the runs;\n' "$runs"
printf 'load is the highest 1-minute load average before a run (%s CPUs; uptime: %s)\n' \
    "$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')" \
    "$(uptime | sed 's/^ *//')"

# 1. news-split and the floor
printf '\n1. news-split on %s MiB; MB/s of the input file\n' "$mib"
header input sentences/s
row measure "news-split --docs" "$(wc -c <"$docs_big")" recs \
    "$split" --docs "$docs_big"
row measure "news-split plain" "$(wc -c <"$plain_big")" recs \
    "$split" "$plain_big"
row measure "wc -l (docs)" "$(wc -c <"$docs_big")" "" wc -l "$docs_big"
row measure "wc -l (plain)" "$(wc -c <"$plain_big")" "" wc -l "$plain_big"

# 2. the record readers on the sentence records of the -m corpus
printf '\n2. on the %s sentence records of %s (%s MiB); MB/s of article TEXT\n' \
    "$(wc -l <"$sents")" "$pdocs" "$mmib"
printf '   (%.1f MB; the records are %.1f MB); tokens/s: news-tag'"'"'s tokens of that text\n' \
    "$(awk -v b="$ptext" 'BEGIN { print b / 1e6 }')" \
    "$(awk -v b="$(wc -c <"$sents")" 'BEGIN { print b / 1e6 }')"
header program tokens/s
# the tokens: news-tag's records
row measure "news-tag" "$ptext" recs "$tag" "$sents"
ntok=$recs
row measure "news-tag --parse" "$ptext" "$ntok" "$tag" --parse "$sents"
row measure "news-extract-people" "$ptext" "$ntok" "$people" "$sents"
row measure "news-extract-quotes" "$ptext" "$ntok" "$quotes" "$sents"
row measure "news-summarize" "$ptext" "$ntok" "$summ" "$sents"
awk -v n="$ntok" 'BEGIN { printf "news-tag wrote %d tokens\n", n }'

# 3. the pipelines from the articles
printf '\n3. pipelines on %s (%s MiB); MB/s of article TEXT; RSS the sum of the stages'"'"' peaks\n' \
    "$pdocs" "$mmib"
header pipeline tokens/s
row measure "news-split --docs" "$ptext" "$ntok" "$split" --docs "$pdocs"
row pmeasure "news-split --docs | news-tag" "$ptext" "$ntok" "$tag"
row pmeasure "news-split --docs | news-tag --parse" "$ptext" "$ntok" "$tag" --parse
row pmeasure "  | news-extract-people" "$ptext" "$ntok" "$people"
row pmeasure "  | news-extract-quotes" "$ptext" "$ntok" "$quotes"
row pmeasure "  | news-summarize" "$ptext" "$ntok" "$summ"

# 3b. tag once and fan out (issue 19): people and quotes of the same
# sentence records, each tagging for itself, against news-tag's records
# given to both (with the parse news-extract-quotes makes: --beam 4)
printf '\n3b. people and quotes of %s: each on sentence records, or news-tag once\n' \
    "$pdocs"
printf '   and both on its token records; one after the other, as a script runs them\n'
header commands tokens/s
row measure "people; quotes" "$ptext" "$ntok" sh -c \
    '"$1" "$3" >/dev/null && "$2" "$3"' _ "$people" "$quotes" "$sents"
row measure "tag; people; quotes" "$ptext" "$ntok" sh -c \
    '"$1" "$4" >"$5" && "$2" "$5" >/dev/null && "$3" "$5"' _ "$tag" \
    "$people" "$quotes" "$sents" "$out/tokens.tsv"
row measure "tag --parse; people; quotes" "$ptext" "$ntok" sh -c \
    '"$1" --parse --beam 4 "$4" >"$5" && "$2" "$5" >/dev/null && "$3" "$5"' \
    _ "$tag" "$people" "$quotes" "$sents" "$out/tokens.tsv"
rm -f "$out/tokens.tsv"

# 4. start-up: the model is mapped, not read
printf '\n4. start-up on empty input, mean of 20 runs\n'
printf '%-34s %8s %8s %5s\n' program ms 'RSS MiB' load
for p in "$split" "$tag" "$tag --parse" "$people" "$quotes" "$summ"; do
	l=$(load)
	# shellcheck disable=SC2086 # "$tag --parse" is two words
	/usr/bin/time -f '%M' -o "$out/time.txt" $p </dev/null >/dev/null ||
		die "$p failed on empty input"
	rss=$(rss_of "$out/time.txt")
	t0=$(now)
	i=0
	while [ "$i" -lt 20 ]; do
		# shellcheck disable=SC2086
		$p </dev/null >/dev/null
		i=$((i + 1))
	done
	t1=$(now)
	awk -v p="${p##*/}" -v a="$t0" -v b="$t1" -v rss="$rss" -v l="$l" 'BEGIN {
		printf "%-34s %8.1f %8.1f %5.2f\n", p, (b - a) / 20 / 1e6, rss / 1024, l }'
done

# 5. peak RSS against input size
printf '\n5. peak RSS (MiB) against input size: %s MiB vs %s MiB of articles\n' \
    "$small" "$mib"
printf '%-34s %8s %8s %5s\n' program "$small MiB" "$mib MiB" load
l=$(load)
measure /dev/null "$split" --docs "$docs_small"
a=$rss
measure /dev/null "$split" --docs "$docs_big"
printf '%-34s %8.1f %8.1f %5s\n' "news-split --docs" \
    "$(awk -v k="$a" 'BEGIN { print k / 1024 }')" \
    "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$l"
l=$(load)
measure /dev/null "$split" "$plain_small"
a=$rss
measure /dev/null "$split" "$plain_big"
printf '%-34s %8.1f %8.1f %5s\n' "news-split plain (one document)" \
    "$(awk -v k="$a" 'BEGIN { print k / 1024 }')" \
    "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$l"
l=$(load)
pdocs=$docs_small
pmeasure /dev/null "$summ"
a=$r2
pdocs=$docs_big
pmeasure /dev/null "$summ"
printf '%-34s %8.1f %8.1f %5s\n' "news-summarize (records)" \
    "$(awk -v k="$a" 'BEGIN { print k / 1024 }')" \
    "$(awk -v k="$r2" 'BEGIN { print k / 1024 }')" "$l"
printf '\nload at the end: %s\n' "$(uptime | sed 's/^ *//')"
