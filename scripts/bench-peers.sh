#!/bin/sh
# newsfilters beside other NLP tools on the same corpus (what
# `make bench-peers` runs).
#
# usage: scripts/bench-peers.sh [-n RUNS] [-s MIB] [-N]
#
# The corpus is scripts/bench-corpus.sh's, MIB MiB (default 10) of Wikinews
# articles repeated: plain-MIB.txt (plain text, one document) and
# docs-MIB.tsv (one article a line).  Side by side, each RUNS times (default
# 3), median wall time, output to /dev/null:
#   sentences   wc -l, the floor; news-split; NLTK's Punkt sentence
#               tokenizer (scripts/peers/punkt.py), on plain-MIB.txt;
#   tagging     news-split --docs | news-tag (sentences, tokens, lemmas,
#               POS tags, named entities) and wink-nlp with
#               wink-eng-lite-web-model (sentences, tokens, lemmas, POS
#               tags, its entities; scripts/peers/wink.js) on docs-MIB.tsv.
# MB/s are of article text (MB = 10^6 bytes); the ratio is newsfilters'
# MB/s over the peer's, so 20.0 means newsfilters is 20 times as fast; the
# same ratio of CPU time follows in brackets.
# Peak RSS from /usr/bin/time, the 1-minute load average before the runs,
# and the median CPU time (user + system of all the processes: node uses
# more than one thread).
#
# Installs what is missing (unless -N, which leaves a missing peer out):
# Debian's python3-nltk (and nodejs and npm when there is no node) with
# scripts/install-deps.sh, and the npm packages wink-nlp and
# wink-eng-lite-web-model into build/peers/.  NLTK's pretrained Punkt model
# is used when installed; otherwise Punkt is trained, unsupervised, on the
# first 2 MiB of the corpus (not timed) and kept in
# build/peers/punkt-wikinews.pickle: nothing is downloaded for NLTK.
# Python and node are used here only: nothing else in newsfilters needs
# them, and `make test` never installs them.
# Exit status: 0 done, 1 failure, 2 usage.
set -eu

prog=bench-peers
runs=3
mib=10
install=1
usage='usage: scripts/bench-peers.sh [-n RUNS] [-s MIB] [-N]'
while getopts n:s:Nh opt; do
	case $opt in
	n) runs=$OPTARG ;;
	s) mib=$OPTARG ;;
	N) install=0 ;;
	h) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
	*) printf '%s\n' "$usage" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
case $runs$mib in
*[!0-9]* | '') printf '%s: -n and -s take numbers\n' "$prog" >&2; exit 2 ;;
esac
if [ $# -ne 0 ] || [ "$runs" -lt 1 ] || [ "$mib" -lt 1 ]; then
	printf '%s   (RUNS >= 1, MIB >= 1)\n' "$usage" >&2
	exit 2
fi

cd "$(dirname "$0")/.."
bindir=${NEWS_BIN:-bin}
split=$bindir/news-split
tag=$bindir/news-tag
out=build/bench
peers=build/peers
python=/usr/bin/python3

die() {
	printf '%s: %s\n' "$prog" "$*" >&2
	exit 1
}

warn() {
	printf '%s: %s\n' "$prog" "$*" >&2
}

for p in "$split" "$tag"; do
	[ -x "$p" ] || die "$p not found; run make first"
done
if [ ! -x /usr/bin/time ]; then
	scripts/install-deps.sh --build time || die "cannot install time"
fi
export LC_ALL=C
mkdir -p "$out" "$peers"

# the peers, installed when asked for
have_nltk() {
	[ -x "$python" ] && "$python" -c 'import nltk' 2>/dev/null
}
have_wink() {
	command -v node >/dev/null 2>&1 &&
	    [ -f "$peers/node_modules/wink-nlp/package.json" ] &&
	    [ -f "$peers/node_modules/wink-eng-lite-web-model/package.json" ]
}
if [ "$install" = 1 ]; then
	have_nltk || scripts/install-deps.sh --build python3-nltk ||
		die "cannot install python3-nltk"
	if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
		scripts/install-deps.sh --build nodejs npm || die "cannot install nodejs and npm"
	fi
	if ! have_wink; then
		printf '%s: npm install wink-nlp wink-eng-lite-web-model into %s\n' \
		    "$prog" "$peers" >&2
		npm install --prefix "$peers" --no-save --no-audit --no-fund \
		    --loglevel=error wink-nlp@2 wink-eng-lite-web-model@1 >&2 ||
			die "npm install failed"
	fi
fi
nltk=0
wink=0
if have_nltk; then nltk=1; else warn "no python3-nltk: Punkt left out"; fi
if have_wink; then wink=1; else warn "no wink-nlp in $peers: wink left out"; fi

scripts/bench-corpus.sh "$mib" || die "cannot build the corpus"
plain=$out/plain-$mib.txt
docs=$out/docs-$mib.tsv
pbytes=$(wc -c <"$plain")
dbytes=$(cat "$out/docs-$mib.text")

ns=0
case $(date +%N) in
*[!0-9]* | '') ;;
*) ns=1 ;;
esac

# Punkt's model: NLTK's English one if installed, else trained here
punkt=
if [ "$nltk" = 1 ]; then
	if "$python" -c 'import nltk.data; nltk.data.find("tokenizers/punkt/english.pickle")' \
	    2>/dev/null; then
		punkt=pretrained
		punkt_what="NLTK's pretrained English model"
	else
		punkt=$peers/punkt-wikinews.pickle
		punkt_what="trained unsupervised on the first 2 MiB of the corpus"
		if [ ! -s "$punkt" ] ||
		    [ -n "$(find scripts/peers/punkt.py -newer "$punkt")" ]; then
			printf '%s: training Punkt on 2 MiB of %s\n' "$prog" "$plain" >&2
			head -c 2097152 "$plain" >"$peers/punkt-train.txt"
			"$python" scripts/peers/punkt.py train "$punkt.tmp" \
			    "$peers/punkt-train.txt" || die "Punkt training failed"
			mv "$punkt.tmp" "$punkt"
		fi
	fi
fi

# run CMD: once, the shell command CMD (output to /dev/null inside it, or
# counted); sets secs, rss (KiB, the largest process of CMD) and cpu (user
# + system seconds of all its processes)
run() {
	t0=0
	[ "$ns" = 0 ] || t0=$(date +%s%N)
	/usr/bin/time -f '%e %M %U %S' -o "$out/time.txt" sh -c "$1" ||
		die "$1 failed (status $?)"
	grep -q '^Command' "$out/time.txt" && die "$1 failed"
	if [ "$ns" = 1 ]; then
		secs=$(awk -v a="$t0" -v b="$(date +%s%N)" \
		    'BEGIN { printf "%.3f", (b - a) / 1e9 }')
	else
		secs=$(awk 'END { print $1 }' "$out/time.txt")
	fi
	rss=$(awk 'END { print $2 }' "$out/time.txt")
	cpu=$(awk 'END { printf "%.2f", $3 + $4 }' "$out/time.txt")
}

# row NAME BYTES CMD [-]: count CMD's output lines once (unless -), then
# time CMD RUNS times (output to /dev/null); print the row and set rate
# (MB/s)
row() {
	load=$(cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || echo '?')
	if [ "${4:-}" = - ]; then
		units=-
	else
		run "$3 | wc -l >$out/count.txt"
		units=$(cat "$out/count.txt")
	fi
	: >"$out/times.txt"
	: >"$out/cpus.txt"
	maxrss=0
	i=0
	while [ "$i" -lt "$runs" ]; do
		run "$3 >/dev/null"
		printf '%s\n' "$secs" >>"$out/times.txt"
		printf '%s\n' "$cpu" >>"$out/cpus.txt"
		[ "$rss" -le "$maxrss" ] || maxrss=$rss
		i=$((i + 1))
	done
	med=$(sort -n "$out/times.txt" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
	mcpu=$(sort -n "$out/cpus.txt" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
	rate=$(awk -v b="$2" -v t="$med" 'BEGIN { if (t <= 0) t = 0.001; printf "%.3f", b / 1e6 / t }')
	crate=$(awk -v b="$2" -v t="$mcpu" 'BEGIN { if (t <= 0) t = 0.01; printf "%.3f", b / 1e6 / t }')
	awk -v name="$1" -v bytes="$2" -v t="$med" -v u="$units" \
	    -v rss="$maxrss" -v load="$load" -v cpu="$mcpu" 'BEGIN {
		if (t <= 0) t = 0.001
		printf "%-40s %7.1f %8.3f %8.2f %10s %10s %8.1f %5s %7.2f\n", name,
		    bytes / 1e6, t, bytes / 1e6 / t, u,
		    u == "-" ? "-" : sprintf("%.0f", u / t), rss / 1024, load, cpu
	}'
}

header() {
	printf '%-40s %7s %8s %8s %10s %10s %8s %5s %7s\n' "$1" MB seconds MB/s \
	    "$2" "$2/s" 'RSS MiB' load 'CPU s'
}

# ratio US PEER NAME [US_CPU PEER_CPU]: newsfilters' MB/s over the peer's,
# of wall time and of CPU time
ratio() {
	awk -v a="$1" -v b="$2" -v n="$3" -v c="${4:-}" -v d="${5:-}" 'BEGIN {
		printf "  newsfilters/%s: %.1f", n, (b > 0 ? a / b : 0)
		if (c != "" && d > 0)
			printf " (on CPU time: %.1f)", c / d
		printf "\n" }'
}

sq() {
	printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"
}

printf 'newsfilters beside its peers: %s runs each, median wall time; MB = 10^6 bytes of article text;\n' "$runs"
printf 'RSS the peak of the largest process; load the 1-minute load average before the runs\n'
printf '(%s CPUs; uptime: %s)\n' "$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')" \
    "$(uptime | sed 's/^ *//')"

printf '\nsentence splitting, %s (%s MiB, one document)\n' "$plain" "$mib"
header splitter sents
row "wc -l (the floor)" "$pbytes" "wc -l $(sq "$plain")" -
floor=$rate
row "news-split" "$pbytes" "$(sq "$split") $(sq "$plain")"
ours=$rate
ourc=$crate
if [ "$nltk" = 1 ]; then
	row "NLTK $("$python" -c 'import nltk; print(nltk.__version__)') Punkt" \
	    "$pbytes" "$(sq "$python") scripts/peers/punkt.py split $(sq "$punkt") $(sq "$plain")"
	printf '  Punkt: %s\n' "$punkt_what"
	ratio "$ours" "$rate" Punkt "$ourc" "$crate"
fi
ratio "$ours" "$floor" "wc -l"

printf '\ntokens, lemmas, POS tags and entities from the articles, %s (%s MiB)\n' \
    "$docs" "$mib"
header tagger tokens
row "news-split --docs | news-tag" "$dbytes" \
    "$(sq "$split") --docs $(sq "$docs") | $(sq "$tag")"
ours=$rate
ourc=$crate
if [ "$wink" = 1 ]; then
	wv=$(sed -n 's/^ *"version": *"\(.*\)".*/\1/p' \
	    "$peers/node_modules/wink-nlp/package.json")
	mv=$(sed -n 's/^ *"version": *"\(.*\)".*/\1/p' \
	    "$peers/node_modules/wink-eng-lite-web-model/package.json")
	row "wink-nlp $wv, eng-lite-web-model $mv" "$dbytes" \
	    "NODE_PATH=$(sq "$PWD/$peers/node_modules") node scripts/peers/wink.js $(sq "$docs")"
	ratio "$ours" "$rate" wink-nlp "$ourc" "$crate"
fi
printf '\nload at the end: %s\n' "$(uptime | sed 's/^ *//')"
