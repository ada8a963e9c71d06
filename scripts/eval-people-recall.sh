#!/bin/sh
# Score the recall of news-extract-people on gold persons, by last name.
# POSIX sh and awk only.
#
# usage: scripts/eval-people-recall.sh [-v] GOLD PRED
#
# GOLD is doc<TAB>name<TAB>..., such as eval/data/gum-news/person-entities.tsv
# (made by scripts/make-gum-persons.sh); PRED is news-extract-people output
# (doc name title affiliation mentions first aliases).  Both need at least
# two fields.  A gold person is found when a predicted person of the same
# document has the same last word: the names are folded (NFKD, combining
# marks dropped, casefold(), whitespace squeezed, with the tables of
# scripts/unicode-fold.tsv, as scripts/eval-people.sh folds them, whose
# functions are copied here) and split at spaces.  Documents are matched on
# their file name without directories; predictions for other documents are
# left out.  Every gold record counts, one given twice counts twice.
# Prints
#   persons N found K recall 0.0000
# and with -v, before it, the gold persons not found ("  missed  DOC  NAME").
# Blank lines and lines that start with # are skipped; CRLF line ends read
# as LF; fields are unescaped (\t \n \r \\).
#
# Exit status: 0 scored, 1 a line has too few fields or the tables are
# missing, 2 usage, or GOLD or PRED cannot be read.
set -eu

prog=eval-people-recall

usage() {
	printf 'usage: scripts/eval-people-recall.sh [-v] GOLD PRED\n' >&2
	exit 2
}

verbose=0
gold=
pred=
n=0
for arg in "$@"; do
	case $arg in
	-v) verbose=1; continue ;;
	-h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
	-?*) printf '%s: unknown option: %s\n' "$prog" "$arg" >&2; usage ;;
	esac
	n=$((n + 1))
	case $n in
	1) gold=$arg ;;
	2) pred=$arg ;;
	esac
done
[ "$n" -eq 2 ] || usage
for f in "$gold" "$pred"; do
	if [ "$f" != - ] && [ ! -r "$f" ]; then
		printf '%s: %s: cannot read\n' "$prog" "$f" >&2
		exit 2
	fi
done
tables=$(dirname "$0")/unicode-fold.tsv
if [ ! -r "$tables" ]; then
	printf '%s: %s: cannot read\n' "$prog" "$tables" >&2
	exit 1
fi

# Bytes, not characters: the UTF-8 is decoded here.
LC_ALL=C
export LC_ALL

# the functions the scorers share, then this one's program
lib=$(cat "$(dirname "$0")/eval-common.awk") || exit 2
exec awk -v verbose="$verbose" -v prog="$prog" "$lib
"'
# ---- from scripts/eval-people.sh: Unicode tables, input, fold()


# ---- recall

# the records of path with at least 2 fields, unescaped, into
# record(which, fields)
function readrows(which, path,    file, rec, rc, nf, lineno, F, i) {
	file = path == "-" ? "/dev/stdin" : path
	lineno = 0
	while ((rc = (getline rec < file)) > 0) {
		lineno++
		sub(/\r$/, "", rec)
		if (rec == "" || rec ~ /^#/)
			continue
		nf = split(sanitize(rec), F, "\t")
		if (nf < 2)
			die(path ":" lineno ": expected at least 2 fields, got " nf)
		for (i = 1; i <= 2; i++)
			F[i] = unescape(F[i])
		record(which, F)
	}
	if (rc < 0)
		die(prog ": " path ": cannot read")
	if (path != "-")
		close(file)
}

# the last word of fold(s), "" when it has none
function lastword(s,    W, n) {
	n = split(fold(s), W, " ")
	return n ? W[n] : ""
}

function record(which, F,    d, w) {
	d = docid(F[1])
	w = lastword(F[2])
	if (which == "g") {
		ng++
		gdoc[ng] = d
		gname[ng] = F[2]
		glast[ng] = w
	} else if (w != "")
		plast[d, w]
}

BEGIN {
	for (i = 1; i < 256; i++)
		ord[sprintf("%c", i)] = i
	REPL = "\357\277\275"
	NUL = sprintf("%c", 0)
	VALID = "^([\001-\177]|[\302-\337][\200-\277]|\340[\240-\277][\200-\277]|" \
	    "[\341-\354\356\357][\200-\277][\200-\277]|\355[\200-\237][\200-\277]|" \
	    "\360[\220-\277][\200-\277][\200-\277]|" \
	    "[\361-\363][\200-\277][\200-\277][\200-\277]|" \
	    "\364[\200-\217][\200-\277][\200-\277])*$"
	loadtables(ARGV[1])
	readrows("g", ARGV[2])
	readrows("p", ARGV[3])
	found = 0
	for (i = 1; i <= ng; i++) {
		if (glast[i] != "" && (gdoc[i], glast[i]) in plast)
			found++
		else if (verbose)
			printf "  missed  %s  %s\n", gdoc[i], gname[i]
	}
	printf "persons %d found %d recall %.4f\n", ng, found,
	    ng ? found / ng : 0
	exit 0
}' "$tables" "$gold" "$pred"
