#!/bin/sh
# Score news-extract-people against gold people.  POSIX sh and awk only.
#
# usage: scripts/eval-people.sh [-v] GOLD PRED
#
# Computes what ../shared/eval/people.py computes, and prints it in the
# same form, byte for byte (with -v too):
#   people precision 0.0000 recall 0.0000 F1 0.0000 (N of M gold, K predicted)
#   titles right N/T, affiliations right N/T
#   F1 0.0000
# GOLD is doc<TAB>name<TAB>title<TAB>affiliation<TAB>aliases (the
# affiliation's alternatives separated by |; an empty alternative: leaving
# it empty is right too), PRED news-extract-people output (doc name title
# affiliation mentions first aliases); both need at least two fields, the
# missing ones are empty.  Documents are matched on their file name without
# directories; predictions for documents GOLD lacks are left out.  People
# are matched on their folded full name within a document: a gold person
# given twice keeps its first place and its last fields, a predicted one
# its first record.  Among the people matched, a title is right when the
# words of the two titles overlap with F1 >= 0.5 (both empty counts), an
# affiliation when it names the same country as a gold alternative, after
# people.py's table of aliases (u.s., us, america, washington: united
# states; turkey, turkish, ankara: turkiye; ...).
#
# Text is compared as people.py's fold() and words() compare it, with the
# tables of scripts/unicode-fold.tsv (made by scripts/make-unicode-fold.sh
# for scripts/eval-quotes.sh, whose Unicode and input functions are copied
# here): fold is NFKD, combining marks dropped (ı and İ to i and I first),
# curly quotes and en and em dashes made ASCII, whitespace squeezed to one
# space and trimmed, then str.casefold(); words are the runs of \w in the
# folded text.  Files are read as Python reads text files: CRLF and a lone
# CR end a line as LF does, and a byte sequence that is not UTF-8 becomes
# U+FFFD (one for each maximal invalid subpart); standard input (-) is
# split at LF only, as Python's sys.stdin is.  Blank lines and lines that
# start with # are skipped; fields are unescaped (\t \n \r \\; other
# backslashes stay).
#
# -v also lists, before the figures, the people missed, with a wrong title
# or affiliation (as Python's repr() shows them) and the extra ones, as
# people.py -v does.
#
# Exit status: 0 scored, 1 a line has too few fields (the message is
# people.py's) or the tables are missing, 2 usage, or GOLD or PRED cannot
# be read.
set -eu

prog=eval-people

usage() {
	printf 'usage: scripts/eval-people.sh [-v] GOLD PRED\n' >&2
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
# ---- from scripts/eval-quotes.sh: Unicode tables, fold(), words(), repr()

# _common.words(): the \w runs of fold(s) into W[1..n]; returns n
function words(s, W,    n, i, l, c, cur, len, T) {
	s = fold(s)
	n = 0
	if (s !~ /[\200-\377]/) {
		len = split(s, T, /[^a-z0-9_]+/)
		for (i = 1; i <= len; i++)
			if (T[i] != "")
				W[++n] = T[i]
		return n
	}
	cur = ""
	len = length(s)
	for (i = 1; i <= len; i += l) {
		l = clen(substr(s, i, 1))
		c = substr(s, i, l)
		if (isword(c))
			cur = cur c
		else if (cur != "") {
			W[++n] = cur
			cur = ""
		}
	}
	if (cur != "")
		W[++n] = cur
	return n
}

# ---- people.py

# rows(): the records of path with at least min fields, unescaped, into
# record(which, fields, count)
function readrows(which, path, min,    file, rec, rc, n, k, lineno, nf, F, i) {
	file = path == "-" ? "/dev/stdin" : path
	lineno = 0
	while ((rc = (getline rec < file)) > 0) {
		if (path != "-") {
			sub(/\r$/, "", rec)
			n = split(rec, P, "\r")
		}
		if (path == "-" || n == 0) {
			n = 1
			P[1] = rec
		}
		for (k = 1; k <= n; k++) {
			lineno++
			if (P[k] == "" || P[k] ~ /^#/)
				continue
			nf = split(sanitize(P[k]), F, "\t")
			if (nf < min)
				die(path ":" lineno ": expected at least " min \
				    " fields, got " nf)
			for (i = 1; i <= nf; i++)
				F[i] = unescape(F[i])
			record(which, F, nf)
		}
	}
	if (rc < 0)
		die(prog ": " path ": cannot read")
	if (path != "-")
		close(file)	# (mawk dies closing /dev/stdin)
}

# a gold person (a name given again keeps its first place and takes the
# fields of the later record) or a predicted one (the first record of a
# name stands)
function record(which, F, nf,    d, key, i) {
	for (i = nf + 1; i <= 4; i++)
		F[i] = ""
	d = docid(F[1])
	key = fold(F[2])
	if (which == "g") {
		if (!(d in ng)) {
			docs[++ndocs] = d
			ng[d] = np[d] = 0
		}
		if ((d, key) in gat)
			i = gat[d, key]
		else {
			i = gat[d, key] = ++ng[d]
			gkey[d, i] = key
		}
		gname[d, i] = F[2]
		gtitle[d, i] = F[3]
		gaff[d, i] = F[4]
	} else if ((d in ng) && !((d, key) in pat)) {
		i = pat[d, key] = ++np[d]
		pkey[d, i] = key
		pname[d, i] = F[2]
		ptitle[d, i] = F[3]
		paff[d, i] = F[4]
	}
}

# people.py overlap_f1(a, b): the F1 of the overlap of their words
function overlap(a, b,    A, B, na, nb, CA, CB, i, w, common, p, r) {
	na = words(a, A)
	nb = words(b, B)
	if (!na || !nb)
		return na == nb ? 1 : 0
	for (i = 1; i <= na; i++)
		CA[A[i]]++
	for (i = 1; i <= nb; i++)
		CB[B[i]]++
	common = 0
	for (w in CA)
		if (w in CB)
			common += CA[w] < CB[w] ? CA[w] : CB[w]
	if (!common)
		return 0
	p = common / na
	r = common / nb
	return 2 * p * r / (p + r)
}

# people.py country()
function country(s) {
	s = fold(s)
	return s in COUNTRY ? COUNTRY[s] : s
}

# whether affiliation a names the country of one of the alternatives alts
function affiliation_ok(a, alts,    A, n, k) {
	a = country(a)
	n = split(alts, A, "|")
	if (n == 0)
		A[n = 1] = ""	# "".split("|") is [""]
	for (k = 1; k <= n; k++)
		if (a == country(A[k]))
			return 1
	return 0
}

function score(d,    i, j) {
	npred += np[d]
	ngold += ng[d]
	for (i = 1; i <= ng[d]; i++) {
		if (!((d, gkey[d, i]) in pat)) {
			if (verbose)
				printf "  missed  %s  %s\n", d, gname[d, i]
			continue
		}
		j = pat[d, gkey[d, i]]
		tp++
		if (overlap(ptitle[d, j], gtitle[d, i]) >= 0.5)
			titles++
		else if (verbose)
			printf "  title   %s  %s: got %s, want %s\n", d, gname[d, i],
			    repr(ptitle[d, j]), repr(gtitle[d, i])
		if (affiliation_ok(paff[d, j], gaff[d, i]))
			affs++
		else if (verbose)
			printf "  affil   %s  %s: got %s, want %s\n", d, gname[d, i],
			    repr(paff[d, j]), repr(gaff[d, i])
	}
	if (verbose)
		for (j = 1; j <= np[d]; j++)
			if (!((d, pkey[d, j]) in gat))
				printf "  extra   %s  %s\n", d, pname[d, j]
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
	n = split("us:united states|u.s.:united states|usa:united states|" \
	    "u.s.a.:united states|america:united states|" \
	    "american:united states|washington:united states|" \
	    "turkey:turkiye|turkish:turkiye|ankara:turkiye|syrian:syria|" \
	    "saudi:saudi arabia|russian:russia|israeli:israel|" \
	    "british:united kingdom|uk:united kingdom|u.k.:united kingdom",
	    A, "|")
	for (i = 1; i <= n; i++) {
		split(A[i], B, ":")
		COUNTRY[B[1]] = B[2]
	}
	loadtables(ARGV[1])
	readrows("g", ARGV[2], 2)
	readrows("p", ARGV[3], 2)
	for (k = 1; k <= ndocs; k++)
		score(docs[k])
	p = npred ? tp / npred : 0
	r = ngold ? tp / ngold : 0
	f = p + r ? 2 * p * r / (p + r) : 0
	printf "people precision %.4f recall %.4f F1 %.4f (%d of %d gold, %d predicted)\n",
	    p, r, f, tp, ngold, npred
	printf "titles right %d/%d, affiliations right %d/%d\n", titles, tp,
	    affs, tp
	printf "F1 %.4f\n", f
	exit 0
}' "$tables" "$gold" "$pred"
